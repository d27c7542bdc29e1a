// Evaluates pod selections (a namespace by name or selector, plus a pod selector) to bitsets
// over the universe, through an index of label values, so a selector costs a few word
// operations instead of a pass over every workload. hostNetwork workloads are never selected
// (SEMANTICS §2.13).
import type { ClusterModel } from '../model/cluster.js';
import type { LabelRequirement } from '../model/labels.js';
import type { PodSelection } from '../model/rule.js';
import { createBitset, forEachBit, orInto, setBit, type Bitset } from './bitset.js';
import { NAMESPACE_KEY, NAMESPACE_LABEL_PREFIX } from '../policies/cilium-selector.js';
import { matchesSelector } from './selector.js';
import type { Labels } from '../model/labels.js';
import type { CalicoSelection } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { calicoEndpointLabels, matchesCalicoSelection } from '../policies/calico-match.js';
import { workloadKey, type Universe } from './universe.js';

export interface PodSelector {
  /** The selected workloads (and, for Cilium, entities), cached per selection: never written. */
  readonly select: (selection: PodSelection) => Bitset;
  /** The same, as indexes in increasing order, without a cluster-wide set for a selection
   * within one namespace (a NetworkPolicy's subject): thousands of policies would otherwise
   * each cost N bits. */
  readonly members: (selection: PodSelection) => readonly number[];
}

/** Labels Cilium derives for every pod (SEMANTICS §5.1). */
const SERVICE_ACCOUNT_KEY = 'io.cilium.k8s.policy.serviceaccount';
const CLUSTER_KEY = 'io.cilium.k8s.policy.cluster';

export function createPodSelector(universe: Universe, model: ClusterModel): PodSelector {
  const size = universe.endpoints.length;
  const byNamespace = new Map<string, Bitset>();
  const byKey = new Map<string, Bitset>();
  // Workload indexes per label value, cluster-wide and per namespace (a selection within one
  // namespace reads only that namespace's): lists, not bitsets, since values like `app` are
  // often unique to one workload, and a bitset per value would cost N² bits.
  const byKeyValue = new Map<string, number[]>();
  const byNsKeyValue = new Map<string, number[]>();
  const bitsetIn = (map: Map<string, Bitset>, key: string): Bitset => {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = createBitset(size)));
    return set;
  };
  for (const w of model.workloads) {
    if (w.hostNetwork) continue;
    const index = universe.indexByWorkload.get(workloadKey(w)) as number;
    setBit(bitsetIn(byNamespace, w.namespace), index);
    for (const [key, value] of Object.entries(w.labels)) {
      setBit(bitsetIn(byKey, key), index);
      for (const [map, pair] of [
        [byKeyValue, `${key}\u0000${value}`],
        [byNsKeyValue, `${w.namespace}\u0000${key}\u0000${value}`],
      ] as const) {
        const list = map.get(pair);
        if (list === undefined) map.set(pair, [index]);
        else list.push(index);
      }
    }
  }
  const empty = createBitset(size);
  /** Cilium's derived labels: the pod's namespace, its namespace's labels, its service account. */
  const derived = (r: LabelRequirement): Bitset | undefined => {
    let valueOf: ((w: { namespace: string; serviceAccount: string }) => string | undefined) | undefined;
    if (r.key === NAMESPACE_KEY) valueOf = (w) => w.namespace;
    else if (r.key === SERVICE_ACCOUNT_KEY) valueOf = (w) => w.serviceAccount;
    else if (r.key === CLUSTER_KEY) valueOf = () => 'default';
    else if (r.key.startsWith(NAMESPACE_LABEL_PREFIX)) {
      const key = r.key.slice(NAMESPACE_LABEL_PREFIX.length);
      valueOf = (w) => model.namespaces.get(w.namespace)?.labels[key];
    } else return undefined;
    const has = (value: string | undefined): boolean => {
      switch (r.operator) {
        case 'In':
          return value !== undefined && r.values.includes(value);
        case 'NotIn':
          return value === undefined || !r.values.includes(value);
        case 'Exists':
          return value !== undefined;
        case 'DoesNotExist':
          return value === undefined;
      }
    };
    const out = createBitset(size);
    for (const w of model.workloads) {
      if (w.hostNetwork) continue;
      if (has(valueOf(w))) setBit(out, universe.indexByWorkload.get(workloadKey(w)) as number);
    }
    return out;
  };
  const words = (size + 31) >>> 5;
  // Workloads are indexed by namespace first (universe.ts), so a namespace's workloads fill a
  // few words: a selection within one namespace costs those words, not the whole cluster.
  const nsWords = new Map<string, [number, number]>();
  for (const [name, set] of byNamespace) {
    let lo = 0;
    while (lo < words && set[lo] === 0) lo++;
    let hi = words;
    while (hi > lo && set[hi - 1] === 0) hi--;
    nsWords.set(name, [lo, hi]);
  }
  const scratch = createBitset(size);
  // Calico selectors are expressions: matched workload by workload over the labels Calico gives
  // each endpoint (docs/semantics-calico.md §5.2).
  const workloadAt = new Array<Workload | undefined>(size);
  for (const w of model.workloads) workloadAt[universe.indexByWorkload.get(workloadKey(w)) as number] = w;
  const calicoLabels = new Map<number, Labels>();
  const labelsOf = (index: number, w: Workload): Labels => {
    let labels = calicoLabels.get(index);
    if (labels === undefined)
      calicoLabels.set(index, (labels = calicoEndpointLabels(w, model.namespaces.get(w.namespace)?.labels ?? {})));
    return labels;
  };
  const keepCalicoMatches = (result: Bitset, c: CalicoSelection, lo: number, hi: number) => {
    for (let word = lo; word < hi; word++) {
      let bits = result[word] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        const index = (word << 5) + (31 - Math.clz32(low));
        bits ^= low;
        const w = workloadAt[index];
        if (
          w === undefined ||
          !matchesCalicoSelection(c, labelsOf(index, w), w, model.namespaces.get(w.namespace)?.labels ?? {})
        )
          result[word] = (result[word] as number) & ~low;
      }
    }
  };
  /** `result &= the workloads meeting r`, over words lo..hi-1 (result is 0 elsewhere). */
  const applyRequirement = (
    result: Bitset,
    r: LabelRequirement,
    cilium: boolean,
    lo: number,
    hi: number,
    namespace: string | undefined,
  ): void => {
    const special = cilium ? derived(r) : undefined;
    if (special !== undefined) {
      for (let w = lo; w < hi; w++) result[w] = (result[w] as number) & (special[w] as number);
      return;
    }
    switch (r.operator) {
      case 'In':
      case 'NotIn': {
        scratch.fill(0, lo, hi);
        for (const v of r.values) {
          for (const index of (namespace === undefined
            ? byKeyValue.get(`${r.key}\u0000${v}`)
            : byNsKeyValue.get(`${namespace}\u0000${r.key}\u0000${v}`)) ?? []) {
            const w = index >>> 5;
            if (w >= lo && w < hi) scratch[w] = (scratch[w] as number) | (1 << (index & 31));
          }
        }
        // The result holds selectable workloads only, so NotIn is "and not".
        if (r.operator === 'In')
          for (let w = lo; w < hi; w++) result[w] = (result[w] as number) & (scratch[w] as number);
        else for (let w = lo; w < hi; w++) result[w] = (result[w] as number) & ~(scratch[w] as number);
        return;
      }
      case 'Exists':
      case 'DoesNotExist': {
        const has = byKey.get(r.key) ?? empty;
        if (r.operator === 'Exists')
          for (let w = lo; w < hi; w++) result[w] = (result[w] as number) & (has[w] as number);
        else for (let w = lo; w < hi; w++) result[w] = (result[w] as number) & ~(has[w] as number);
        return;
      }
    }
  };
  const cache = new Map<string, Bitset>();
  const select = (selection: PodSelection): Bitset => {
    const key = JSON.stringify(selection);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = createBitset(size);
    let [lo, hi] = [0, words];
    if (selection.namespaces.kind === 'name') {
      const set = byNamespace.get(selection.namespaces.name);
      [lo, hi] = nsWords.get(selection.namespaces.name) ?? [0, 0];
      for (let w = lo; w < hi; w++) result[w] = (set as Bitset)[w] as number;
    } else {
      for (const ns of model.namespaces.values()) {
        if (matchesSelector(selection.namespaces.selector, ns.labels))
          orInto(result, byNamespace.get(ns.name) ?? empty);
      }
    }
    const cilium = selection.labels === 'cilium';
    const namespace = selection.namespaces.kind === 'name' ? selection.namespaces.name : undefined;
    for (const r of selection.pods.requirements) applyRequirement(result, r, cilium, lo, hi, namespace);
    // A Cilium selector on `reserved:` labels selects entities (which carry only that label).
    if (
      cilium &&
      selection.pods.requirements.some(
        (r) => r.key.startsWith('reserved:') && (r.operator === 'In' || r.operator === 'Exists'),
      )
    ) {
      for (const [name, index] of universe.entityIndex)
        if (matchesSelector(selection.pods, { [`reserved:${name}`]: '' })) setBit(result, index);
    }
    if (selection.calico !== undefined) keepCalicoMatches(result, selection.calico, lo, hi);
    cache.set(key, result);
    return result;
  };
  const within = createBitset(size);
  const members = (selection: PodSelection): number[] => {
    const cached = cache.get(JSON.stringify(selection));
    const out: number[] = [];
    if (
      cached !== undefined ||
      selection.namespaces.kind !== 'name' ||
      selection.labels === 'cilium' ||
      selection.labels === 'calico'
    ) {
      forEachBit(cached ?? select(selection), (m) => out.push(m));
      return out;
    }
    // One namespace, plain labels: worked out in that namespace's words of a scratch set.
    const set = byNamespace.get(selection.namespaces.name);
    const [lo, hi] = nsWords.get(selection.namespaces.name) ?? [0, 0];
    for (let w = lo; w < hi; w++) within[w] = (set as Bitset)[w] as number;
    for (const r of selection.pods.requirements) applyRequirement(within, r, false, lo, hi, selection.namespaces.name);
    for (let w = lo; w < hi; w++) {
      let word = within[w] as number;
      while (word !== 0) {
        const low = word & -word;
        out.push((w << 5) + (31 - Math.clz32(low)));
        word ^= low;
      }
      within[w] = 0;
    }
    return out;
  };
  return { select, members };
}
