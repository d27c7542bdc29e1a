// Evaluates pod selections (a namespace by name or selector, plus a pod selector) to bitsets
// over the universe, through an index of label values, so a selector costs a few word
// operations instead of a pass over every workload. hostNetwork workloads are never selected
// (SEMANTICS §2.13).
import type { ClusterModel } from '../model/cluster.js';
import type { LabelRequirement } from '../model/labels.js';
import type { PodSelection } from '../model/rule.js';
import { andInto, andNotInto, createBitset, orInto, setBit, type Bitset } from './bitset.js';
import { matchesSelector } from './selector.js';
import { workloadKey, type Universe } from './universe.js';

export type SelectPods = (selection: PodSelection) => Bitset;

export function createPodSelector(universe: Universe, model: ClusterModel): SelectPods {
  const size = universe.endpoints.length;
  const selectable = createBitset(size);
  const byNamespace = new Map<string, Bitset>();
  const byKey = new Map<string, Bitset>();
  const byKeyValue = new Map<string, Bitset>();
  const bitsetIn = (map: Map<string, Bitset>, key: string): Bitset => {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = createBitset(size)));
    return set;
  };
  for (const w of model.workloads) {
    if (w.hostNetwork) continue;
    const index = universe.indexByWorkload.get(workloadKey(w)) as number;
    setBit(selectable, index);
    setBit(bitsetIn(byNamespace, w.namespace), index);
    for (const [key, value] of Object.entries(w.labels)) {
      setBit(bitsetIn(byKey, key), index);
      setBit(bitsetIn(byKeyValue, `${key}\u0000${value}`), index);
    }
  }
  const empty = createBitset(size);
  const requirementSet = (r: LabelRequirement): Bitset => {
    const out = createBitset(size);
    switch (r.operator) {
      case 'In':
      case 'NotIn':
        for (const v of r.values) orInto(out, byKeyValue.get(`${r.key}\u0000${v}`) ?? empty);
        if (r.operator === 'NotIn') return complement(out);
        return out;
      case 'Exists':
        return (byKey.get(r.key) ?? empty).slice();
      case 'DoesNotExist':
        return complement(byKey.get(r.key) ?? empty);
    }
  };
  const complement = (set: Bitset): Bitset => {
    const out = selectable.slice();
    andNotInto(out, set);
    return out;
  };
  const cache = new Map<string, Bitset>();
  return (selection) => {
    const key = JSON.stringify(selection);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = createBitset(size);
    if (selection.namespaces.kind === 'name') {
      orInto(result, byNamespace.get(selection.namespaces.name) ?? empty);
    } else {
      for (const ns of model.namespaces.values()) {
        if (matchesSelector(selection.namespaces.selector, ns.labels)) orInto(result, byNamespace.get(ns.name) ?? empty);
      }
    }
    for (const r of selection.pods.requirements) andInto(result, requirementSet(r));
    cache.set(key, result);
    return result;
  };
}
