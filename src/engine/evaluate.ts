// Evaluates one revision's policies over a universe of endpoints (DESIGN §4): each rule's
// peers become a bitset once; each endpoint gets, per direction, a row of peers allowed on
// every port ("all") and per port class. A pair's verdict is then bit tests on two rows.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IpSet } from '../model/ip.js';
import type { Protocol } from '../model/ports.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { parseAddress } from '../net/parse-address.js';
import { intersectIpSets, ipSetCovers, ipSetHas } from '../net/ip-set.js';
import { and, createBitset, isEmptyBitset, orInto, setBit, hasBit, type Bitset } from './bitset.js';
import { ipSetKey } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import { createPodSelector } from './select-pods.js';
import { workloadKey, type Universe } from './universe.js';

/** Peers allowed for one endpoint in one direction: on every port (`all`), and per port class. */
export interface Row {
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
  /** Problems found while evaluating (assumptions about pod IPs). */
  readonly diagnostics: readonly Diagnostic[];
  /** Egress: destinations the endpoint may send to. Ingress: sources it may receive from. */
  row(direction: Direction, endpoint: number): Row;
  isIsolated(direction: Direction, endpoint: number): boolean;
  /** The rules whose policy selects the endpoint, in this direction. */
  rulesFor(direction: Direction, endpoint: number): readonly CompiledRule[];
  /** The policies that isolate the endpoint in this direction. */
  isolatingPolicies(direction: Direction, endpoint: number): readonly Policy[];
  workloadAt(endpoint: number): Workload | undefined;
}

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
  const ipBlockPods = createIpBlockPodMatcher(universe, model, options, diagnostics);
  const { portClasses } = universe;

  const isolated: Record<Direction, Bitset> = { ingress: createBitset(size), egress: createBitset(size) };
  const rulesBy: Record<Direction, (CompiledRule[] | undefined)[]> = { ingress: new Array(size), egress: new Array(size) };
  const isolatingBy: Record<Direction, (Policy[] | undefined)[]> = { ingress: new Array(size), egress: new Array(size) };
  const push = <T>(lists: (T[] | undefined)[], index: number, item: T) => {
    const list = lists[index];
    if (list === undefined) lists[index] = [item];
    else list.push(item);
  };

  for (const policy of model.policies) {
    const subjects = selectPods(policy.subject);
    const members: number[] = [];
    for (let w = 0; w < subjects.length; w++) {
      let word = subjects[w] as number;
      while (word !== 0) {
        const low = word & -word;
        members.push((w << 5) + (31 - Math.clz32(low)));
        word ^= low;
      }
    }
    for (const direction of policy.isolates) {
      orInto(isolated[direction], subjects);
      for (const m of members) push(isolatingBy[direction], m, policy);
    }
    for (const rule of policy.rules) {
      const peers = createBitset(size);
      if (rule.peers === 'all') {
        orInto(peers, present);
      } else {
        for (const peer of rule.peers) {
          if (peer.kind === 'pods') {
            orInto(peers, selectPods(peer));
          } else {
            for (const e of universe.externalsCovering.get(ipSetKey(peer.ips)) ?? []) setBit(peers, e);
            if (options.ipBlockSelectsPods) orInto(peers, ipBlockPods(peer.ips, rule));
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
      for (const m of members) push(rulesBy[rule.direction], m, compiled);
    }
  }

  // Destinations per named port and port class, for egress rules with named ports.
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

  const computeRow = (direction: Direction, endpoint: number): Row => {
    if (!hasBit(present, endpoint)) return empty;
    if (!hasBit(isolated[direction], endpoint)) return open;
    const all = createBitset(size);
    const byClass = new Map<number, Bitset>();
    const classSet = (c: number) => {
      let set = byClass.get(c);
      if (set === undefined) byClass.set(c, (set = createBitset(size)));
      return set;
    };
    const self = workloads[endpoint];
    for (const r of rulesBy[direction][endpoint] ?? []) {
      if (r.allPorts) {
        orInto(all, r.peers);
        continue;
      }
      for (const c of r.classes) orInto(classSet(c), r.peers);
      for (const n of r.named) {
        if (direction === 'egress') {
          // Resolved on each destination's container ports (SEMANTICS §2.8).
          for (const [c, targets] of namedTargets.get(`${n.protocol}/${n.name}`) ?? []) orInto(classSet(c), and(r.peers, targets));
        } else {
          // Resolved on this destination's own container ports.
          for (const port of self?.ports ?? []) {
            if (port.name === n.name && port.protocol === n.protocol) orInto(classSet(portClasses.classOf(port.protocol, port.port)), r.peers);
          }
        }
      }
    }
    for (const [c, set] of byClass) if (isEmptyBitset(set)) byClass.delete(c);
    return { all, byClass };
  };

  return {
    universe,
    model,
    present,
    diagnostics,
    row(direction, endpoint) {
      let row = cache[direction][endpoint];
      if (row === undefined) cache[direction][endpoint] = row = computeRow(direction, endpoint);
      return row;
    },
    isIsolated: (direction, endpoint) => hasBit(isolated[direction], endpoint),
    rulesFor: (direction, endpoint) => rulesBy[direction][endpoint] ?? [],
    isolatingPolicies: (direction, endpoint) => isolatingBy[direction][endpoint] ?? [],
    workloadAt: (endpoint) => workloads[endpoint],
  };
}

/**
 * With `ipBlockSelectsPods` (SEMANTICS, decisions table): pods with known IPs match by IP; a
 * workload without one matches when the ipBlock covers every configured pod CIDR, and is
 * flagged when the ipBlock covers only part of them.
 */
function createIpBlockPodMatcher(universe: Universe, model: ClusterModel, options: EvaluationOptions, diagnostics: Diagnostic[]) {
  const size = universe.endpoints.length;
  const reported = new Set<string>();
  return (ips: IpSet, rule: Rule): Bitset => {
    const out = createBitset(size);
    const coversAll = options.podCidrs.length > 0 && ipSetCovers(ips, options.podCidrs);
    const coversSome = intersectIpSets(ips, options.podCidrs).length > 0;
    for (const w of model.workloads) {
      if (w.hostNetwork) continue;
      const index = universe.indexByWorkload.get(workloadKey(w)) as number;
      if (w.ips.length > 0) {
        if (w.ips.some((text) => {
          const a = parseAddress(text);
          return a !== undefined && ipSetHas(ips, a.family, a.value);
        })) setBit(out, index);
        continue;
      }
      if (coversAll) {
        setBit(out, index);
      } else if (coversSome || options.podCidrs.length === 0) {
        // Without pod CIDRs every ipBlock is in doubt: say so once, not per rule.
        const key = options.podCidrs.length === 0 ? '' : `${rule.origin.file}:${rule.origin.line}`;
        if (reported.has(key)) continue;
        reported.add(key);
        diagnostics.push({
          code: 'POD_IP_UNKNOWN',
          severity: 'warning',
          file: rule.origin.file,
          line: rule.origin.line,
          message:
            options.podCidrs.length === 0
              ? 'with ipBlocks selecting pods, this ipBlock cannot be matched against workloads without known pod IPs, because no pod CIDR is configured; they are treated as not matched'
              : 'this ipBlock covers only part of the pod CIDRs, so whether it matches workloads without known pod IPs depends on the IPs they get; they are treated as not matched',
          fix: 'pass the cluster pod range(s) with --pod-cidr (pod-cidrs in the action), or give Pod manifests with status.podIP',
        });
      }
    }
    return out;
  };
}
