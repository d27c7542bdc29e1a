// Compiles one revision's policies for the rows (DESIGN §4): every rule once (its peers a bitset,
// its ports classes), filed under each endpoint its policy selects, per direction and tier, in
// evaluation order; NetworkPolicy isolation per endpoint; Calico tiers closed by their default
// action (calico-tiers.ts).
import type { CalicoTier } from '../model/calico.js';
import type { ClusterModel } from '../model/cluster.js';
import type { Protocol } from '../model/ports.js';
import type { Direction, Peer, PodSelection, Policy, Rule } from '../model/rule.js';
import { DEFAULT_TIER } from '../policies/calico-inputs.js';
import { createBitset, orInto, setBit, type Bitset } from './bitset.js';
import { calicoOrder, endOfTierRule } from './calico-tiers.js';
import type { CompiledRule, RowRules } from './connectivity.js';
import type { PeerSets } from './peer-sets.js';
import type { PortClasses } from './port-classes.js';

type MutableRules = { [K in keyof RowRules]: CompiledRule[] };

export interface CompiledRules {
  readonly isolated: Record<Direction, Bitset>;
  readonly rulesBy: Record<Direction, readonly (RowRules | undefined)[]>;
  readonly isolatingBy: Record<Direction, readonly (readonly Policy[] | undefined)[]>;
  /** A number per compiled rule, for row signatures. */
  readonly ruleIds: ReadonlyMap<CompiledRule, number>;
}

/** An array of `n` holes, typed by where it goes. */
export const sparse = <T>(n: number): (T | undefined)[] => new Array<T | undefined>(n);

const byName = (a: Policy, b: Policy) => (a.origin.name < b.origin.name ? -1 : a.origin.name > b.origin.name ? 1 : 0);

/** Namespaced policies, then admin and baseline by priority then name (the API leaves ties
 * undefined), then Calico policies in the order of their tiers. */
function evaluationOrder(policies: readonly Policy[]): Policy[] {
  const tiered = policies
    .filter((p) => p.tier !== 'namespaced' && p.tier !== 'calico')
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || byName(a, b));
  const calico = policies.filter((p) => p.tier === 'calico').sort(calicoOrder);
  return [...policies.filter((p) => p.tier === 'namespaced'), ...tiered, ...calico];
}

/** A rule's peers and port classes. A rule with one peer keeps that peer's set (often shared:
 * the same selector appears in many policies). */
function compileRule(
  rule: Rule,
  policy: Policy,
  peerSet: PeerSets,
  present: Bitset,
  portClasses: PortClasses,
  size: number,
): CompiledRule {
  const only = rule.peers === 'all' || rule.peers.length !== 1 ? undefined : (rule.peers[0] as Peer);
  const peers = only === undefined ? createBitset(size) : peerSet(only, rule);
  if (rule.peers === 'all') orInto(peers, present);
  else if (only === undefined) for (const peer of rule.peers) orInto(peers, peerSet(peer, rule));
  const classes: number[] = [];
  const named: { protocol: Protocol; name: string }[] = [];
  if (rule.ports !== 'all') {
    for (const port of rule.ports) {
      if (port.kind === 'range')
        for (const item of portClasses.classesIn(port.protocol, port.first, port.last)) classes.push(item);
      else named.push({ protocol: port.protocol, name: port.name });
    }
  }
  return { rule, policy, peers, allPorts: rule.ports === 'all', classes: [...new Set(classes)], named };
}

type TiersOf = Map<string, { first: Policy; rules: CompiledRule[] }>;

export function compileRules(
  size: number,
  model: ClusterModel,
  present: Bitset,
  members: (selection: PodSelection) => readonly number[],
  peerSet: PeerSets,
  portClasses: PortClasses,
): CompiledRules {
  const isolated: Record<Direction, Bitset> = { ingress: createBitset(size), egress: createBitset(size) };
  const rulesBy: Record<Direction, (MutableRules | undefined)[]> = { ingress: sparse(size), egress: sparse(size) };
  const isolatingBy: Record<Direction, (Policy[] | undefined)[]> = { ingress: sparse(size), egress: sparse(size) };
  // Per endpoint, the Calico tiers that select it, each with its first policy and its rules there.
  const calicoBy: Record<Direction, (TiersOf | undefined)[]> = { ingress: sparse(size), egress: sparse(size) };
  const rulesOf = (direction: Direction, e: number): MutableRules =>
    (rulesBy[direction][e] ??= { admin: [], namespaced: [], baseline: [], calico: [] });
  const calicoTier = (direction: Direction, e: number, policy: Policy): CompiledRule[] => {
    const tiers = (calicoBy[direction][e] ??= new Map() as TiersOf);
    const tier = (policy.calico as NonNullable<Policy['calico']>).tier;
    let entry = tiers.get(tier);
    if (entry === undefined) tiers.set(tier, (entry = { first: policy, rules: [] }));
    return entry.rules;
  };
  const ruleIds = new Map<CompiledRule, number>();
  for (const policy of evaluationOrder(model.policies)) {
    const selected = members(policy.subject);
    if (policy.calico !== undefined)
      for (const direction of policy.calico.types) for (const m of selected) calicoTier(direction, m, policy);
    for (const direction of policy.isolates) {
      for (const m of selected) {
        setBit(isolated[direction], m);
        (isolatingBy[direction][m] ??= []).push(policy);
      }
    }
    for (const rule of policy.rules) {
      const compiled = compileRule(rule, policy, peerSet, present, portClasses, size);
      ruleIds.set(compiled, ruleIds.size);
      if (policy.calico !== undefined) for (const m of selected) calicoTier(rule.direction, m, policy).push(compiled);
      else
        for (const m of selected)
          rulesOf(rule.direction, m)[policy.tier as 'admin' | 'namespaced' | 'baseline'].push(compiled);
    }
  }
  closeCalicoTiers(calicoBy, rulesOf, model.calicoTiers, present, ruleIds);
  return { isolated, rulesBy, isolatingBy, ruleIds };
}

/** Each Calico tier that selects an endpoint ends with the tier's default action, cited at the
 * Tier or (the default tier has no manifest) at the endpoint's first policy there. */
function closeCalicoTiers(
  calicoBy: Record<Direction, readonly (TiersOf | undefined)[]>,
  rulesOf: (direction: Direction, e: number) => MutableRules,
  tiers: ReadonlyMap<string, CalicoTier> | undefined,
  present: Bitset,
  ruleIds: Map<CompiledRule, number>,
): void {
  const ends = new Map<string, CompiledRule>();
  for (const direction of ['ingress', 'egress'] as const) {
    calicoBy[direction].forEach((byTier, e) => {
      if (byTier === undefined) return;
      const list = rulesOf(direction, e).calico;
      for (const [tier, { first, rules }] of byTier) {
        for (const r of rules) list.push(r);
        const key = `${direction}/${tier}/${first.origin.file}:${first.origin.line}`;
        let end = ends.get(key);
        if (end === undefined) {
          end = endOfTierRule(tiers?.get(tier) ?? DEFAULT_TIER, direction, present, first.origin);
          ends.set(key, end);
          ruleIds.set(end, ruleIds.size);
        }
        list.push(end);
      }
    });
  }
}
