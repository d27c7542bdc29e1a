// One endpoint's row in one direction: which peers each port class allows, after every tier of
// DESIGN §4 — admin rules by priority (first match decides; Pass skips to the next tier; two
// policies of one priority that disagree make the verdict uncertain), then namespaced isolation
// and allows, then baseline rules (first match decides), then allow.
import type { Direction } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { and, andInto, andNotInto, createBitset, isEmptyBitset, orInto, type Bitset } from './bitset.js';
import type { CompiledRule, Row, RowRules } from './connectivity.js';
import type { PortClasses } from './port-classes.js';
import { applyCalicoTiers } from './calico-tiers.js';

export interface RowContext {
  readonly size: number;
  readonly present: Bitset;
  readonly portClasses: PortClasses;
  readonly namedTargets: ReadonlyMap<string, ReadonlyMap<number, Bitset>>;
  /** Where to keep each egress rule's peers per class, shared by every row of one evaluation. */
  readonly egressPeers?: Map<CompiledRule, ReadonlyMap<number, Bitset>>;
  /** An empty set that rows may share (never written). */
  readonly empty?: Bitset;
}

/**
 * The peers a rule matches on each port class it names ('all' for a rule without ports). The
 * sets may be shared (with the rule, or between rows): callers never write them.
 */
function rulePeersByClass(
  ctx: RowContext,
  direction: Direction,
  self: Workload | undefined,
  r: CompiledRule,
): 'all' | ReadonlyMap<number, Bitset> {
  if (r.allPorts) return 'all';
  // An egress rule reads nothing of its own endpoint: resolved once for every row.
  const cached = direction === 'egress' ? ctx.egressPeers?.get(r) : undefined;
  if (cached !== undefined) return cached;
  const out = new Map<number, Bitset>();
  const owned = new Set<Bitset>();
  const add = (c: number, peers: Bitset) => {
    const set = out.get(c);
    if (set === undefined) out.set(c, peers);
    else if (owned.has(set)) orInto(set, peers);
    else {
      const copy = set.slice();
      orInto(copy, peers);
      owned.add(copy);
      out.set(c, copy);
    }
  };
  for (const c of r.classes) add(c, r.peers);
  for (const n of r.named) {
    if (direction === 'egress') {
      // Resolved on each destination's container ports (SEMANTICS §2.8).
      for (const [c, targets] of ctx.namedTargets.get(`${n.protocol}/${n.name}`) ?? []) {
        const both = and(r.peers, targets);
        owned.add(both);
        add(c, both);
      }
    } else {
      // Resolved on this destination's own container ports.
      for (const port of self?.ports ?? [])
        if (port.name === n.name && port.protocol === n.protocol)
          add(ctx.portClasses.classOf(port.protocol, port.port), r.peers);
    }
  }
  if (direction === 'egress') ctx.egressPeers?.set(r, out);
  return out;
}

interface Slot {
  readonly decided: Bitset;
  /** Allowed only for some requests (L7 rules, DNS names). */
  readonly restricted: Bitset;
  readonly allowed: Bitset;
  /** Peers a Pass sent on to the next tier. */
  readonly passed: Bitset;
  readonly uncertain: Bitset;
}

type Verdicts = Record<'allow' | 'deny' | 'pass', Bitset>;

/**
 * Ordered tiers (admin, baseline): one priority at a time, each policy's first matching rule
 * decides for a peer not decided (or passed) before. Where two policies of one priority decide
 * differently the API leaves the order undefined: the verdict is marked uncertain and the
 * strictest is assumed (deny, then pass, then allow).
 */
function applyLevels(
  ctx: RowContext,
  rules: readonly CompiledRule[],
  slots: readonly Slot[],
  matches: (r: CompiledRule, slot: number) => Bitset | undefined,
  apply: (slot: Slot, verdicts: Verdicts) => void,
): void {
  for (let i = 0; i < rules.length;) {
    const priority = rules[i]?.policy.priority;
    let j = i;
    while (j < rules.length && rules[j]?.policy.priority === priority) j++;
    const level = rules.slice(i, j);
    i = j;
    slots.forEach((slot, s) => {
      const done = slot.decided.slice();
      orInto(done, slot.passed);
      const verdicts: Verdicts = {
        allow: createBitset(ctx.size),
        deny: createBitset(ctx.size),
        pass: createBitset(ctx.size),
      };
      const conflict = createBitset(ctx.size);
      for (const policy of new Set(level.map((r) => r.policy))) {
        const mine: Verdicts = {
          allow: createBitset(ctx.size),
          deny: createBitset(ctx.size),
          pass: createBitset(ctx.size),
        };
        const taken = done.slice();
        for (const r of level) {
          if (r.policy !== policy) continue;
          const peers = matches(r, s);
          if (peers === undefined) continue;
          const m = peers.slice();
          andNotInto(m, taken);
          orInto(taken, m);
          orInto(mine[r.rule.action], m);
        }
        for (const a of ['allow', 'deny', 'pass'] as const) {
          for (const b of ['allow', 'deny', 'pass'] as const) if (a !== b) orInto(conflict, and(mine[a], verdicts[b]));
        }
        for (const a of ['allow', 'deny', 'pass'] as const) orInto(verdicts[a], mine[a]);
      }
      andNotInto(verdicts.pass, verdicts.deny);
      andNotInto(verdicts.allow, verdicts.deny);
      andNotInto(verdicts.allow, verdicts.pass);
      orInto(slot.uncertain, conflict);
      apply(slot, verdicts);
    });
  }
}

export function computeRow(
  ctx: RowContext,
  direction: Direction,
  self: Workload | undefined,
  rules: RowRules,
  isIsolated: boolean,
): Row {
  const resolved = new Map<CompiledRule, 'all' | ReadonlyMap<number, Bitset>>();
  const peersOf = (r: CompiledRule) => {
    let p = resolved.get(r);
    if (p === undefined) resolved.set(r, (p = rulePeersByClass(ctx, direction, self, r)));
    return p;
  };
  const every = [...rules.admin, ...rules.calico, ...rules.namespaced, ...rules.baseline];
  const denies = rules.namespaced.filter((r) => r.rule.action === 'deny');
  const allows = rules.namespaced.filter((r) => r.rule.action === 'allow');
  if (rules.admin.length === 0 && rules.baseline.length === 0 && rules.calico.length === 0 && denies.length === 0)
    return unionRow(ctx, allows, peersOf);
  // Calico's tiers end with their own default action: NetworkPolicy isolation is theirs then.
  const isolatedHere = isIsolated && rules.calico.length === 0;

  // Slot 0 stands for every class that no rule names; each named class gets its own slot.
  const classes = new Set<number>();
  for (const r of every) {
    const p = peersOf(r);
    if (p !== 'all') for (const c of p.keys()) classes.add(c);
  }
  const keys = [-1, ...classes];
  const slots: Slot[] = keys.map(() => ({
    decided: createBitset(ctx.size),
    allowed: createBitset(ctx.size),
    passed: createBitset(ctx.size),
    uncertain: createBitset(ctx.size),
    restricted: createBitset(ctx.size),
  }));
  const peersIn = (p: 'all' | ReadonlyMap<number, Bitset>, slot: number): Bitset | undefined =>
    p === 'all' ? undefined : slot === 0 ? undefined : p.get(keys[slot] as number);
  const matches = (r: CompiledRule, slot: number): Bitset | undefined => {
    const p = peersOf(r);
    return p === 'all' ? r.peers : peersIn(p, slot);
  };

  // Admin tier: Allow and Deny decide; Pass leaves the rest of the tier out.
  applyLevels(ctx, rules.admin, slots, matches, (slot, v) => {
    orInto(slot.allowed, v.allow);
    orInto(slot.decided, v.allow);
    orInto(slot.decided, v.deny);
    orInto(slot.passed, v.pass);
  });
  // Calico tiers (docs/semantics-calico.md §3): first match decides, Pass leaves the tier.
  if (rules.calico.length > 0) {
    const passed = createBitset(ctx.size);
    slots.forEach((slot, s) => applyCalicoTiers(ctx.size, rules.calico, slot, (r) => matches(r, s), passed));
  }
  // Namespaced tier: Cilium deny rules beat every allow (SEMANTICS §5.5); then isolation
  // decides everything left, allowing what some rule allows.
  slots.forEach((slot, s) => {
    for (const r of denies) {
      const peers = matches(r, s);
      if (peers !== undefined) orInto(slot.decided, peers);
    }
    if (!isolatedHere) return;
    const plain = createBitset(ctx.size);
    const restricted = createBitset(ctx.size);
    for (const r of allows) {
      const peers = matches(r, s);
      if (peers !== undefined) orInto(r.rule.restriction === undefined ? plain : restricted, peers);
    }
    andNotInto(plain, slot.decided);
    andNotInto(restricted, slot.decided);
    andNotInto(restricted, plain);
    orInto(slot.allowed, plain);
    orInto(slot.allowed, restricted);
    orInto(slot.restricted, restricted);
    orInto(slot.decided, ctx.present);
  });
  // Baseline tier: Allow and Deny decide; Pass goes on to the default, which allows.
  for (const slot of slots) slot.passed.fill(0);
  applyLevels(ctx, rules.baseline, slots, matches, (slot, v) => {
    orInto(slot.allowed, v.allow);
    orInto(slot.allowed, v.pass);
    orInto(slot.decided, v.allow);
    orInto(slot.decided, v.deny);
    orInto(slot.decided, v.pass);
  });
  // Nothing decided: allowed.
  for (const slot of slots) {
    const rest = ctx.present.slice();
    andNotInto(rest, slot.decided);
    orInto(slot.allowed, rest);
    andInto(slot.allowed, ctx.present);
  }

  const layer = (pick: (slot: Slot) => Bitset) => {
    const [first, ...others] = slots as [Slot, ...Slot[]];
    const byClass = new Map<number, Bitset>();
    others.forEach((slot, k) => byClass.set(keys[k + 1] as number, pick(slot)));
    return { all: pick(first), byClass };
  };
  return {
    ...layer((slot) => slot.allowed),
    ...(slots.every((slot) => isEmptyBitset(slot.uncertain)) ? {} : { uncertain: layer((slot) => slot.uncertain) }),
    ...(slots.every((slot) => isEmptyBitset(slot.restricted)) ? {} : { restricted: layer((slot) => slot.restricted) }),
  };
}

/** Namespaced allows only (the common case): the union of the allow rules of an isolated
 * endpoint, with the peers allowed only by restricted rules (L7, DNS names) kept apart. */
function unionRow(
  ctx: RowContext,
  rules: readonly CompiledRule[],
  peersOf: (r: CompiledRule) => 'all' | ReadonlyMap<number, Bitset>,
): Row {
  const union = (subset: readonly CompiledRule[]) => {
    const all = createBitset(ctx.size);
    const byClass = new Map<number, Bitset>();
    for (const r of subset) {
      const p = peersOf(r);
      if (p === 'all') {
        orInto(all, r.peers);
        continue;
      }
      for (const [c, peers] of p) {
        const set = byClass.get(c);
        if (set === undefined) byClass.set(c, peers.slice());
        else orInto(set, peers);
      }
    }
    return { all, byClass };
  };
  const limited = rules.filter((r) => r.rule.restriction !== undefined);
  if (limited.length === 0) return sharedUnionRow(ctx, rules, peersOf);
  const plain = union(rules.filter((r) => r.rule.restriction === undefined));
  // Full sets per class: every class either layer singles out gets its own entry.
  const restricted = union(limited);
  const classes = new Set([...plain.byClass.keys(), ...restricted.byClass.keys()]);
  const allowed = { all: plain.all.slice(), byClass: new Map<number, Bitset>() };
  const only = { all: restricted.all.slice(), byClass: new Map<number, Bitset>() };
  orInto(allowed.all, restricted.all);
  andNotInto(only.all, plain.all);
  for (const c of classes) {
    const p = plain.byClass.get(c)?.slice() ?? createBitset(ctx.size);
    orInto(p, plain.all);
    const r = restricted.byClass.get(c)?.slice() ?? createBitset(ctx.size);
    orInto(r, restricted.all);
    const a = p.slice();
    orInto(a, r);
    andNotInto(r, p);
    allowed.byClass.set(c, a);
    only.byClass.set(c, r);
  }
  return { ...allowed, restricted: only };
}

/**
 * The union of plain allow rules, copying only where two sets meet: a class that one rule alone
 * allows keeps that rule's set, and a row without port-less rules shares one empty `all`. Most
 * rows are such unions, and at scale their N-bit sets are most of the memory. Rows are never
 * written once made, so sharing is safe.
 */
function sharedUnionRow(
  ctx: RowContext,
  rules: readonly CompiledRule[],
  peersOf: (r: CompiledRule) => 'all' | ReadonlyMap<number, Bitset>,
): Row {
  const allSets: Bitset[] = [];
  const classSets = new Map<number, Bitset[]>();
  for (const r of rules) {
    const p = peersOf(r);
    if (p === 'all') {
      allSets.push(r.peers);
      continue;
    }
    for (const [c, peers] of p) {
      const list = classSets.get(c);
      if (list === undefined) classSets.set(c, [peers]);
      else list.push(peers);
    }
  }
  const all = unionOf(ctx, allSets);
  const byClass = new Map<number, Bitset>();
  for (const [c, sets] of classSets) byClass.set(c, unionOf(ctx, allSets.length === 0 ? sets : [...sets, all]));
  return { all, byClass };
}

function unionOf(ctx: RowContext, sets: readonly Bitset[]): Bitset {
  const [first, ...others] = sets;
  if (first === undefined) return ctx.empty ?? createBitset(ctx.size);
  if (others.length === 0) return first;
  const out = first.slice();
  for (const set of others) orInto(out, set);
  return out;
}
