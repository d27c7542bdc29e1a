// Evaluates one revision's policies over a universe of endpoints (DESIGN §4): each rule's
// peers become a bitset once; each endpoint gets, per direction, a row of the peers allowed
// on every port class. A pair's verdict is then bit tests on two rows.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Protocol } from '../model/ports.js';
import type { Direction, Peer, Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { andInto, andNotInto, createBitset, hasBit, orInto, setBit, type Bitset } from './bitset.js';
import { ipSetKey } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import { createPodsByAddress } from './pods-by-address.js';
import { computeRow, type RowRules } from './row.js';
import { calicoOrder, endOfTierRule } from './calico-tiers.js';
import { DEFAULT_TIER } from '../policies/calico-inputs.js';
import { rowSignature } from './row-signature.js';
import { createPodSelector } from './select-pods.js';
import { matchesSelector } from './selector.js';
import { workloadKey, type Universe } from './universe.js';

/**
 * Peers allowed for one endpoint in one direction, per port class: `byClass` holds the full
 * set for the classes some rule singles out, `all` the set for every other class.
 */
export interface Row {
  readonly all: Bitset;
  readonly byClass: ReadonlyMap<number, Bitset>;
  /** Peers (per class, like the verdicts) whose verdict is uncertain; undefined for none. */
  readonly uncertain?: ClassSets;
  /** Allowed peers (per class) that only some requests may use (L7 rules, DNS names). */
  readonly restricted?: ClassSets;
}

/** Peer sets per port class: `byClass` for the classes singled out, `all` for the others. */
export interface ClassSets {
  readonly all: Bitset;
  readonly byClass: ReadonlyMap<number, Bitset>;
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly policy: Policy;
  readonly peers: Bitset;
  readonly allPorts: boolean;
  readonly classes: readonly number[];
  readonly named: readonly { readonly protocol: Protocol; readonly name: string }[];
}

export interface Connectivity {
  readonly universe: Universe;
  readonly model: ClusterModel;
  /** Endpoints that exist in this revision (its workloads and every external part). */
  readonly present: Bitset;
  /** Problems found while evaluating (assumptions about pod IPs, conflicting priorities). */
  readonly diagnostics: readonly Diagnostic[];
  /** Egress: destinations the endpoint may send to. Ingress: sources it may receive from. */
  row(direction: Direction, endpoint: number): Row;
  isIsolated(direction: Direction, endpoint: number): boolean;
  /** The rules of every tier whose policy selects the endpoint, in this direction; admin rules in
   * evaluation order (priority, then policy name, then rule order). */
  rulesFor(direction: Direction, endpoint: number): RowRules;
  /** The namespaced policies that isolate the endpoint in this direction. */
  isolatingPolicies(direction: Direction, endpoint: number): readonly Policy[];
  workloadAt(endpoint: number): Workload | undefined;
  /** Destinations per named port (`PROTOCOL/name`) and port class. */
  readonly namedTargets: ReadonlyMap<string, ReadonlyMap<number, Bitset>>;
}

/** An array of `n` holes, typed by where it goes. */
const sparse = <T>(n: number): (T | undefined)[] => new Array<T | undefined>(n);

const NO_RULES: RowRules = { admin: [], namespaced: [], baseline: [], calico: [] };

export function evaluate(universe: Universe, model: ClusterModel, options: EvaluationOptions): Connectivity {
  const size = universe.endpoints.length;
  const diagnostics: Diagnostic[] = [];
  const present = createBitset(size);
  const workloads: (Workload | undefined)[] = sparse(size);
  for (const w of model.workloads) {
    const index = universe.indexByWorkload.get(workloadKey(w)) as number;
    setBit(present, index);
    workloads[index] = w;
  }
  for (let i = universe.firstNonWorkload; i < size; i++) setBit(present, i);

  const { select: selectPods, members: selectMembers } = createPodSelector(universe, model);
  const podsByAddress = createPodsByAddress(universe, model, options, diagnostics);
  const { portClasses } = universe;

  const isolated: Record<Direction, Bitset> = { ingress: createBitset(size), egress: createBitset(size) };
  const rulesBy: Record<
    Direction,
    (
      | { admin: CompiledRule[]; namespaced: CompiledRule[]; baseline: CompiledRule[]; calico: CompiledRule[] }
      | undefined
    )[]
  > = {
    ingress: sparse(size),
    egress: sparse(size),
  };
  const isolatingBy: Record<Direction, (Policy[] | undefined)[]> = {
    ingress: sparse(size),
    egress: sparse(size),
  };
  const rulesOf = (direction: Direction, e: number) => {
    let r = rulesBy[direction][e];
    if (r === undefined) rulesBy[direction][e] = r = { admin: [], namespaced: [], baseline: [], calico: [] };
    return r;
  };

  // Tiered policies in evaluation order: priority, then name (the API leaves ties undefined).
  const tiered = model.policies
    .filter((p) => p.tier !== 'namespaced' && p.tier !== 'calico')
    .sort(
      (a, b) =>
        (a.priority ?? 0) - (b.priority ?? 0) ||
        (a.origin.name < b.origin.name ? -1 : a.origin.name > b.origin.name ? 1 : 0),
    );
  // Calico policies in the order of their tiers (calico-tiers.ts).
  const calico = model.policies.filter((p) => p.tier === 'calico').sort(calicoOrder);
  const policies = [...model.policies.filter((p) => p.tier === 'namespaced'), ...tiered, ...calico];
  // Per endpoint, the Calico tiers that select it, each with its rules for the endpoint.
  const calicoBy: Record<Direction, (Map<string, { first: Policy; rules: CompiledRule[] }> | undefined)[]> = {
    ingress: sparse(size),
    egress: sparse(size),
  };
  const calicoTier = (direction: Direction, e: number, policy: Policy) => {
    const tier = (policy.calico as NonNullable<Policy['calico']>).tier;
    let tiers = calicoBy[direction][e];
    if (tiers === undefined)
      calicoBy[direction][e] = tiers = new Map<string, { first: Policy; rules: CompiledRule[] }>();
    let entry = tiers.get(tier);
    if (entry === undefined) tiers.set(tier, (entry = { first: policy, rules: [] }));
    return entry.rules;
  };
  const workloadSet = createBitset(size);
  for (let i = 0; i < universe.firstNonWorkload; i++) if (hasBit(present, i)) setBit(workloadSet, i);
  const peerSet = (peer: Peer, rule: Rule): Bitset => {
    if (peer.kind === 'pods') return selectPods(peer);
    const out = createBitset(size);
    switch (peer.kind) {
      case 'ipBlock':
      case 'network':
      case 'cidr':
        for (const e of universe.externalsCovering.get(ipSetKey(peer.ips)) ?? []) setBit(out, e);
        // Only AdminNetworkPolicy networks (and ipBlocks with the switch) match pods by IP; Cilium
        // CIDR rules never do (SEMANTICS §2.10, §4.4, §5.3).
        if (peer.kind === 'network' || (peer.kind === 'ipBlock' && options.ipBlockSelectsPods))
          orInto(out, podsByAddress(peer.ips, rule.origin));
        return out;
      case 'entities':
        for (const name of peer.names) {
          if (name === 'all') orInto(out, present);
          else if (name === 'world') for (const e of universe.world) setBit(out, e);
          else if (name === 'cluster') {
            orInto(out, workloadSet);
            for (const e of universe.entityIndex.values()) setBit(out, e);
          } else {
            const e = universe.entityIndex.get(name);
            if (e !== undefined) setBit(out, e);
          }
        }
        return out;
      case 'fqdn': {
        const e = universe.dnsIndex.get(peer.pattern);
        if (e !== undefined) setBit(out, e);
        return out;
      }
      case 'service':
        for (const service of model.services) {
          if (service.namespace !== peer.namespace) continue;
          if (
            peer.name !== undefined
              ? service.name !== peer.name
              : !matchesSelector(peer.selector ?? { requirements: [] }, service.labels)
          )
            continue;
          if (service.selector === undefined) {
            diagnostics.push({
              code: 'UNDECIDABLE_PEER',
              severity: 'warning',
              ...service.source,
              message: `Service ${service.namespace}/${service.name} has no selector, so the toServices rule at ${rule.origin.file}:${rule.origin.line} cannot tell which endpoints it means; it matches nothing here`,
              fix: 'give the Service a selector, or use toCIDRSet for its external endpoints',
            });
            continue;
          }
          const requirements = Object.entries(service.selector).map(([key, value]) => ({
            key,
            operator: 'In' as const,
            values: [value],
          }));
          orInto(out, selectPods({ namespaces: { kind: 'name', name: service.namespace }, pods: { requirements } }));
        }
        return out;
      case 'calico': {
        for (const e of universe.externalsCovering.get(ipSetKey(peer.external)) ?? []) setBit(out, e);
        if (peer.pods === undefined) return out;
        // Calico nets match pods by IP too (docs/semantics-calico.md §6.2).
        const pods = selectPods(peer.pods).slice();
        if (peer.nets !== undefined) andInto(pods, podsByAddress(peer.nets, rule.origin));
        if (peer.notNets !== undefined) andNotInto(pods, podsByAddress(peer.notNets, rule.origin));
        orInto(out, pods);
        return out;
      }
      case 'undecidable':
        return out;
    }
  };

  const ruleIds = new Map<CompiledRule, number>();
  for (const policy of policies) {
    const members = selectMembers(policy.subject);
    if (policy.calico !== undefined)
      for (const direction of policy.calico.types) for (const m of members) calicoTier(direction, m, policy);
    for (const direction of policy.isolates) {
      for (const m of members) {
        setBit(isolated[direction], m);
        const list = isolatingBy[direction][m];
        if (list === undefined) isolatingBy[direction][m] = [policy];
        else list.push(policy);
      }
    }
    for (const rule of policy.rules) {
      // Peer sets are never written once made, so a rule with one peer keeps that peer's set
      // (often shared: the same selector appears in many policies).
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
      const compiled: CompiledRule = {
        rule,
        policy,
        peers,
        allPorts: rule.ports === 'all',
        classes: [...new Set(classes)],
        named,
      };
      ruleIds.set(compiled, ruleIds.size);
      if (policy.calico !== undefined) {
        for (const m of members) calicoTier(rule.direction, m, policy).push(compiled);
      } else
        for (const m of members)
          rulesOf(rule.direction, m)[policy.tier as 'admin' | 'namespaced' | 'baseline'].push(compiled);
    }
  }
  // Each tier that selects an endpoint ends with the tier's default action.
  const tierInfo = model.calicoTiers ?? new Map([[DEFAULT_TIER.name, DEFAULT_TIER]]);
  const ends = new Map<string, CompiledRule>();
  for (const direction of ['ingress', 'egress'] as const) {
    calicoBy[direction].forEach((tiers, e) => {
      if (tiers === undefined) return;
      const list = rulesOf(direction, e).calico;
      for (const [tier, { first, rules }] of tiers) {
        for (const r of rules) list.push(r);
        // Cited at the Tier, or (the default tier has no manifest) at the endpoint's first policy there.
        const key = `${direction}/${tier}/${first.origin.file}:${first.origin.line}`;
        let end = ends.get(key);
        if (end === undefined) {
          end = endOfTierRule(tierInfo.get(tier) ?? DEFAULT_TIER, direction, present, first.origin);
          ends.set(key, end);
          ruleIds.set(end, ruleIds.size);
        }
        list.push(end);
      }
    });
  }

  const namedTargets = new Map<string, Map<number, Bitset>>();
  for (const [index, w] of workloads.entries()) {
    if (w === undefined) continue;
    for (const port of w.ports) {
      if (port.name === undefined) continue;
      const key = `${port.protocol}/${port.name}`;
      let byClass = namedTargets.get(key);
      if (byClass === undefined) namedTargets.set(key, (byClass = new Map<number, Bitset>()));
      const c = portClasses.classOf(port.protocol, port.port);
      let set = byClass.get(c);
      if (set === undefined) byClass.set(c, (set = createBitset(size)));
      setBit(set, index);
    }
  }

  const empty: Row = { all: createBitset(size), byClass: new Map() };
  const open: Row = { all: present, byClass: new Map() };
  const cache: Record<Direction, (Row | undefined)[]> = { ingress: sparse(size), egress: sparse(size) };
  // Endpoints with the same row inputs share one row (row-signature.ts).
  const shared: Record<Direction, Map<string, Row>> = { ingress: new Map(), egress: new Map() };
  const ruleId = (r: CompiledRule) => ruleIds.get(r) as number;
  const context = {
    size,
    present,
    portClasses,
    namedTargets,
    egressPeers: new Map<CompiledRule, ReadonlyMap<number, Bitset>>(),
    empty: createBitset(size),
  };
  const host = universe.entityIndex.get('host');
  const computeShared = (direction: Direction, endpoint: number): Row => {
    if (!hasBit(present, endpoint)) return empty;
    const rules = rulesBy[direction][endpoint] ?? NO_RULES;
    const isIsolated = hasBit(isolated[direction], endpoint);
    if (
      !isIsolated &&
      rules.admin.length === 0 &&
      rules.baseline.length === 0 &&
      rules.namespaced.length === 0 &&
      rules.calico.length === 0
    )
      return open;
    const key = rowSignature(direction, rules, isIsolated, workloads[endpoint], portClasses, ruleId);
    let row = shared[direction].get(key);
    if (row === undefined) {
      row = computeRow(context, direction, workloads[endpoint], rules, isIsolated);
      // The local node may always reach its pods (SEMANTICS §2.13; Cilium's allow-localhost).
      // A row may share its sets (with rules, other rows), hence copies.
      if (direction === 'ingress' && host !== undefined) {
        const withHost = (set: Bitset) => {
          const out = set.slice();
          setBit(out, host);
          return out;
        };
        row = {
          ...row,
          all: withHost(row.all),
          byClass: new Map([...row.byClass].map(([c, set]) => [c, withHost(set)])),
        };
      }
      shared[direction].set(key, row);
    }
    return row;
  };

  return {
    universe,
    model,
    present,
    diagnostics,
    namedTargets,
    row(direction, endpoint) {
      let row = cache[direction][endpoint];
      if (row === undefined) cache[direction][endpoint] = row = computeShared(direction, endpoint);
      return row;
    },
    isIsolated: (direction, endpoint) => hasBit(isolated[direction], endpoint),
    rulesFor: (direction, endpoint) => rulesBy[direction][endpoint] ?? NO_RULES,
    isolatingPolicies: (direction, endpoint) => isolatingBy[direction][endpoint] ?? [],
    workloadAt: (endpoint) => workloads[endpoint],
  };
}
