// Calico's ordered tiers (docs/semantics-calico.md §2–§3): for one endpoint and direction, the
// rules of every tier that has a policy selecting it, tiers by order then name, policies by
// order then name, rules in order, each tier closed by its default action (Deny, or Pass). The
// first rule that matches decides; Pass skips the rest of its tier; past the last tier the
// namespace profile allows.
import type { CalicoTier } from '../model/calico.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import { createBitset, type Bitset } from './bitset.js';
import type { CompiledRule } from './connectivity.js';

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

/** Applies the tiers to one port class of a row: first match decides, Pass leaves the tier.
 * Word by word, without copying any rule's set: rows at scale run this for every endpoint. */
export function applyCalicoTiers(
  size: number,
  rules: readonly CompiledRule[],
  slot: CalicoSlot,
  matches: (r: CompiledRule) => Bitset | undefined,
  passed: Bitset = createBitset(size),
): void {
  const { decided, allowed, restricted } = slot;
  const words = decided.length;
  let tier: string | undefined;
  passed.fill(0);
  for (const r of rules) {
    const name = r.policy.calico?.tier;
    if (name !== tier) {
      if (tier !== undefined) passed.fill(0);
      tier = name;
    }
    const peers = matches(r);
    if (peers === undefined) continue;
    const action = r.rule.action;
    const limited = r.rule.restriction !== undefined;
    for (let w = 0; w < words; w++) {
      const m = (peers[w] as number) & ~(decided[w] as number) & ~(passed[w] as number);
      if (m === 0) continue;
      if (action === 'pass') {
        passed[w] = (passed[w] as number) | m;
        continue;
      }
      decided[w] = (decided[w] as number) | m;
      if (action === 'allow') {
        allowed[w] = (allowed[w] as number) | m;
        if (limited) restricted[w] = (restricted[w] as number) | m;
      }
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
