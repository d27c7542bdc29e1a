// Calico's ordered tiers (docs/semantics-calico.md §2–§3): for one endpoint and direction, the
// rules of every tier that has a policy selecting it, tiers by order then name, policies by
// order then name, rules in order, each tier closed by its default action (Deny, or Pass). The
// first rule that matches decides; Pass skips the rest of its tier; past the last tier the
// namespace profile allows.
import type { CalicoTier } from '../model/calico.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import { andNotInto, createBitset, orInto, type Bitset } from './bitset.js';
import type { CompiledRule } from './evaluate.js';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Calico policies in evaluation order: tier order, tier name, policy order, policy name. */
export function calicoOrder(a: Policy, b: Policy): number {
  const x = a.calico;
  const y = b.calico;
  if (x === undefined || y === undefined) return 0;
  return (
    compareOrder(x.tierOrder, y.tierOrder) ||
    byName(x.tier, y.tier) ||
    compareOrder(x.order, y.order) ||
    byName(a.origin.name, b.origin.name)
  );
}

function compareOrder(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The rule that closes a tier for the endpoints some policy of it selects: its default action
 * for every peer and port no rule of the tier decided. One per tier and direction. */
export function endOfTierRule(
  tier: CalicoTier,
  direction: Direction,
  present: Bitset,
  fallback: { file: string; line: number },
): CompiledRule {
  const source = tier.source ?? fallback;
  const policy: Policy = {
    origin: { kind: 'Tier', name: tier.name, file: source.file, line: source.line },
    tier: 'calico',
    calico: {
      tier: tier.name,
      tierOrder: tier.order,
      order: Infinity,
      types: [direction],
      endOfTier: tier.defaultAction,
    },
    subject: { namespaces: { kind: 'selector', selector: { requirements: [] } }, pods: { requirements: [] } },
    isolates: [],
    rules: [],
  };
  const rule: Rule = {
    origin: {
      policy: policy.origin,
      direction,
      index: 0,
      file: source.file,
      line: source.line,
      section: 'defaultAction',
    },
    direction,
    action: tier.defaultAction,
    peers: 'all',
    ports: 'all',
  };
  return { rule, policy, peers: present, allPorts: true, classes: [], named: [] };
}

export interface CalicoSlot {
  readonly decided: Bitset;
  readonly allowed: Bitset;
  readonly restricted: Bitset;
}

/** Applies the tiers to one port class of a row: first match decides, Pass leaves the tier. */
export function applyCalicoTiers(
  size: number,
  rules: readonly CompiledRule[],
  slot: CalicoSlot,
  matches: (r: CompiledRule) => Bitset | undefined,
): void {
  let tier: string | undefined;
  let passed = createBitset(size);
  for (const r of rules) {
    const name = r.policy.calico?.tier;
    if (name !== tier) {
      tier = name;
      passed = createBitset(size);
    }
    const peers = matches(r);
    if (peers === undefined) continue;
    const m = peers.slice();
    andNotInto(m, slot.decided);
    andNotInto(m, passed);
    switch (r.rule.action) {
      case 'allow':
        orInto(slot.allowed, m);
        if (r.rule.restriction !== undefined) orInto(slot.restricted, m);
        orInto(slot.decided, m);
        break;
      case 'deny':
        orInto(slot.decided, m);
        break;
      case 'pass':
        orInto(passed, m);
        break;
    }
  }
}

/** For one peer and port class: the rule that decides, or undefined when every tier passed it on. */
export function decidingCalicoRule(
  rules: readonly CompiledRule[],
  matches: (r: CompiledRule) => boolean,
): CompiledRule | undefined {
  let skipping: string | undefined;
  for (const r of rules) {
    const tier = r.policy.calico?.tier;
    if (skipping !== undefined && tier === skipping) continue;
    skipping = undefined;
    if (!matches(r)) continue;
    if (r.rule.action === 'pass') skipping = tier;
    else return r;
  }
  return undefined;
}
