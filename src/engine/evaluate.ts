// Evaluates one revision's policies over a universe of endpoints (DESIGN §4), in named steps:
// what exists, each peer's endpoints (peer-sets.ts), each rule compiled once and filed under the
// endpoints its policy selects (compile-rules.ts), the destinations of named ports, and rows on
// demand (rows.ts). A pair's verdict is then bit tests on two rows.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Workload } from '../model/workload.js';
import { createBitset, hasBit, setBit, type Bitset } from './bitset.js';
import { compileRules, sparse } from './compile-rules.js';
import type { Connectivity } from './connectivity.js';
import type { EvaluationOptions } from './options.js';
import { createPeerSets } from './peer-sets.js';
import { createPodsByAddress } from './pods-by-address.js';
import { createRows, NO_RULES } from './rows.js';
import { createPodSelector } from './select-pods.js';
import { workloadKey, type Universe } from './universe.js';

// The types of an evaluation, for those who import them from here.
export type { ClassSets, CompiledRule, Connectivity, Row, RowRules } from './connectivity.js';

export function evaluate(universe: Universe, model: ClusterModel, options: EvaluationOptions): Connectivity {
  const size = universe.endpoints.length;
  const diagnostics: Diagnostic[] = [];
  const { present, workloads } = presence(universe, model);
  const pods = createPodSelector(universe, model);
  const podsByAddress = createPodsByAddress(universe, model, options, diagnostics);
  const peerSets = createPeerSets(universe, model, options, present, pods, podsByAddress, diagnostics);
  const compiled = compileRules(size, model, present, pods.members, peerSets, universe.portClasses);
  const namedTargets = namedPortTargets(universe, workloads);
  const row = createRows(universe, present, workloads, compiled, namedTargets);
  return {
    universe,
    model,
    present,
    diagnostics,
    namedTargets,
    row,
    isIsolated: (direction, endpoint) => hasBit(compiled.isolated[direction], endpoint),
    rulesFor: (direction, endpoint) => compiled.rulesBy[direction][endpoint] ?? NO_RULES,
    isolatingPolicies: (direction, endpoint) => compiled.isolatingBy[direction][endpoint] ?? [],
    workloadAt: (endpoint) => workloads[endpoint],
  };
}

/** Which endpoints exist in this revision: its workloads, and every endpoint that is not one. */
function presence(universe: Universe, model: ClusterModel): { present: Bitset; workloads: (Workload | undefined)[] } {
  const size = universe.endpoints.length;
  const present = createBitset(size);
  const workloads = sparse<Workload>(size);
  for (const w of model.workloads) {
    const index = universe.indexByWorkload.get(workloadKey(w)) as number;
    setBit(present, index);
    workloads[index] = w;
  }
  for (let i = universe.firstNonWorkload; i < size; i++) setBit(present, i);
  return { present, workloads };
}

/** Destinations per named port (`PROTOCOL/name`) and port class (SEMANTICS §2.8). */
function namedPortTargets(
  universe: Universe,
  workloads: readonly (Workload | undefined)[],
): Map<string, Map<number, Bitset>> {
  const targets = new Map<string, Map<number, Bitset>>();
  workloads.forEach((w, index) => {
    if (w === undefined) return;
    for (const port of w.ports) {
      if (port.name === undefined) continue;
      const key = `${port.protocol}/${port.name}`;
      let byClass = targets.get(key);
      if (byClass === undefined) targets.set(key, (byClass = new Map<number, Bitset>()));
      const c = universe.portClasses.classOf(port.protocol, port.port);
      let set = byClass.get(c);
      if (set === undefined) byClass.set(c, (set = createBitset(universe.endpoints.length)));
      setBit(set, index);
    }
  });
  return targets;
}
