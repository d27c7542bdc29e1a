// Evaluates one revision's policies over a universe of endpoints (DESIGN §4): each rule's
// peers become a bitset once; each endpoint gets, per direction, a row of the peers allowed
// on every port class. A pair's verdict is then bit tests on two rows.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Protocol } from '../model/ports.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { createBitset, forEachBit, hasBit, orInto, setBit, type Bitset } from './bitset.js';
import { ipSetKey } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import { createPodsByAddress } from './pods-by-address.js';
import { computeRow, type RowRules } from './row.js';
import { createPodSelector } from './select-pods.js';
import { workloadKey, type Universe } from './universe.js';

/**
 * Peers allowed for one endpoint in one direction, per port class: `byClass` holds the full
 * set for the classes some rule singles out, `all` the set for every other class.
 */
export interface Row {
  readonly all: Bitset;
  readonly byClass: ReadonlyMap<number, Bitset>;
  /** Peers (per class, like the verdicts) whose verdict is uncertain; undefined for none. */
  readonly uncertain?: { readonly all: Bitset; readonly byClass: ReadonlyMap<number, Bitset> };
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

const NO_RULES: RowRules = { admin: [], namespaced: [], baseline: [] };

export function evaluate(universe: Universe, model: ClusterModel, options: EvaluationOptions): Connectivity {
  const size = universe.endpoints.length;
  const diagnostics: Diagnostic[] = [];
  const present = createBitset(size);
  const workloads: (Workload | undefined)[] = new Array(size);
  for (const w of model.workloads) {
    const index = universe.indexByWorkload.get(workloadKey(w)) as number;
    setBit(present, index);
    workloads[index] = w;
  }
  for (let i = universe.firstExternal; i < size; i++) setBit(present, i);

  const selectPods = createPodSelector(universe, model);
  const podsByAddress = createPodsByAddress(universe, model, options, diagnostics);
  const { portClasses } = universe;

  const isolated: Record<Direction, Bitset> = { ingress: createBitset(size), egress: createBitset(size) };
  const rulesBy: Record<Direction, ({ admin: CompiledRule[]; namespaced: CompiledRule[]; baseline: CompiledRule[] } | undefined)[]> = {
    ingress: new Array(size),
    egress: new Array(size),
  };
  const isolatingBy: Record<Direction, (Policy[] | undefined)[]> = { ingress: new Array(size), egress: new Array(size) };
  const rulesOf = (direction: Direction, e: number) => {
    let r = rulesBy[direction][e];
    if (r === undefined) rulesBy[direction][e] = r = { admin: [], namespaced: [], baseline: [] };
    return r;
  };

  // Tiered policies in evaluation order: priority, then name (the API leaves ties undefined).
  const tiered = model.policies
    .filter((p) => p.tier !== 'namespaced')
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || (a.origin.name < b.origin.name ? -1 : a.origin.name > b.origin.name ? 1 : 0));
  const policies = [...model.policies.filter((p) => p.tier === 'namespaced'), ...tiered];
  for (const policy of policies) {
    const subjects = selectPods(policy.subject);
    const members: number[] = [];
    forEachBit(subjects, (m) => members.push(m));
    for (const direction of policy.isolates) {
      orInto(isolated[direction], subjects);
      for (const m of members) {
        const list = isolatingBy[direction][m];
        if (list === undefined) isolatingBy[direction][m] = [policy];
        else list.push(policy);
      }
    }
    for (const rule of policy.rules) {
      const peers = createBitset(size);
      if (rule.peers === 'all') {
        orInto(peers, present);
      } else {
        for (const peer of rule.peers) {
          if (peer.kind === 'pods') orInto(peers, selectPods(peer));
          else if (peer.kind === 'ipBlock' || peer.kind === 'network') {
            for (const e of universe.externalsCovering.get(ipSetKey(peer.ips)) ?? []) setBit(peers, e);
            if (peer.kind === 'network' || options.ipBlockSelectsPods) orInto(peers, podsByAddress(peer.ips, rule.origin));
          }
        }
      }
      const classes: number[] = [];
      const named: { protocol: Protocol; name: string }[] = [];
      if (rule.ports !== 'all') {
        for (const port of rule.ports) {
          if (port.kind === 'range') classes.push(...portClasses.classesIn(port.protocol, port.first, port.last));
          else named.push({ protocol: port.protocol, name: port.name });
        }
      }
      const compiled: CompiledRule = { rule, policy, peers, allPorts: rule.ports === 'all', classes: [...new Set(classes)], named };
      for (const m of members) rulesOf(rule.direction, m)[policy.tier].push(compiled);
    }
  }

  const namedTargets = new Map<string, Map<number, Bitset>>();
  for (const [index, w] of workloads.entries()) {
    if (w === undefined) continue;
    for (const port of w.ports) {
      if (port.name === undefined) continue;
      const key = `${port.protocol}/${port.name}`;
      let byClass = namedTargets.get(key);
      if (byClass === undefined) namedTargets.set(key, (byClass = new Map()));
      const c = portClasses.classOf(port.protocol, port.port);
      let set = byClass.get(c);
      if (set === undefined) byClass.set(c, (set = createBitset(size)));
      setBit(set, index);
    }
  }

  const empty: Row = { all: createBitset(size), byClass: new Map() };
  const open: Row = { all: present, byClass: new Map() };
  const cache: Record<Direction, (Row | undefined)[]> = { ingress: new Array(size), egress: new Array(size) };
  const context = { size, present, portClasses, namedTargets };

  return {
    universe,
    model,
    present,
    diagnostics,
    namedTargets,
    row(direction, endpoint) {
      let row = cache[direction][endpoint];
      if (row === undefined) {
        if (!hasBit(present, endpoint)) row = empty;
        else {
          const rules = rulesBy[direction][endpoint] ?? NO_RULES;
          const isIsolated = hasBit(isolated[direction], endpoint);
          row = !isIsolated && rules.admin.length === 0 && rules.baseline.length === 0 ? open : computeRow(context, direction, workloads[endpoint], rules, isIsolated);
        }
        cache[direction][endpoint] = row;
      }
      return row;
    },
    isIsolated: (direction, endpoint) => hasBit(isolated[direction], endpoint),
    rulesFor: (direction, endpoint) => rulesBy[direction][endpoint] ?? NO_RULES,
    isolatingPolicies: (direction, endpoint) => isolatingBy[direction][endpoint] ?? [],
    workloadAt: (endpoint) => workloads[endpoint],
  };
}
