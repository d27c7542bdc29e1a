// Representative peers for exposure (as netpol-analyzer's exposure analysis does): pods that the
// manifests do not have but a cluster can get at any time, added to both revisions so that a
// diff also says what they can reach and what reaches them.
// - in every namespace that both revisions have, "a new pod" with no labels: it stands for
//   every pod whose labels no policy uses (selectors see no label of it);
// - in a namespace that no manifest has, a pod with no labels, in a namespace whose name and
//   labels no selector names;
// - for each peer namespace selector by labels or names (`team: x`, `name In [monitoring]`), a
//   namespace not in the manifests for each value it admits and each it leaves out (NotIn,
//   DoesNotExist), each with a pod that its pod selector admits.
// Their names hold parentheses, which no Kubernetes object name can, so they never collide.
import type { ClusterModel } from '../model/cluster.js';
import type { LabelRequirement, LabelSelector, Labels } from '../model/labels.js';
import type { PodSelection } from '../model/rule.js';
import type { Namespace, Workload } from '../model/workload.js';
import { matchesSelector } from '../engine/selector.js';
import { NAMESPACE_NAME_LABEL } from '../policies/build-cluster.js';
import { NAMESPACE_KEY, NAMESPACE_LABEL_PREFIX } from '../policies/cilium-selector.js';

export type RepresentativeScope = 'unlisted-pods' | 'unlisted-namespaces';

export interface Representative {
  readonly scope: RepresentativeScope;
  /** The listed namespace of an `unlisted-pods` representative. */
  readonly namespace?: string;
  /** How sentences name it: `a new pod in team-one`, `a pod in a new namespace labelled team=x`. */
  readonly description: string;
  /** True for the one pod of a namespace not in the manifests that no label selector picks. */
  readonly plain?: true;
}

/** By endpoint id (the workload's `namespace/name`). */
export type Representatives = ReadonlyMap<string, Representative>;

/** How many label-derived namespaces at most: beyond it, a cluster of thousands of selectors
 * would grow by thousands of endpoints for a section that names a few. */
const MAX_SELECTOR_REPRESENTATIVES = 100;
const UNLISTED = '(namespace not in the manifests)';
/** The pod of a namespace no manifest has, with a name and labels that no selector names: it
 * stands for every such namespace, and only for those. */
export const PLAIN_DESCRIPTION = 'a pod in a new namespace whose name and labels no policy names';
const NEW_POD = '(new pod)';

/** The representative pods of a diff, to add to each of its revisions with `withRepresentatives`. */
export interface RepresentativePlan {
  readonly representatives: Representatives;
  readonly pods: readonly { readonly workload: Workload; readonly namespace?: Namespace }[];
}

export function planRepresentatives(models: readonly ClusterModel[]): RepresentativePlan {
  const representatives = new Map<string, Representative>();
  const pods: { workload: Workload; namespace?: Namespace }[] = [];
  const listed = [...(models[0]?.namespaces.keys() ?? [])].filter((name) =>
    models.every((m) => m.namespaces.has(name)),
  );
  for (const name of listed.sort()) {
    pods.push({ workload: pod(name, NEW_POD, {}) });
    representatives.set(`${name}/${NEW_POD}`, {
      scope: 'unlisted-pods',
      namespace: name,
      description: `a new pod in ${name}`,
    });
  }
  const plain = namespace(UNLISTED, {});
  pods.push({ workload: pod(UNLISTED, '(any pod)', {}), namespace: plain });
  representatives.set(`${UNLISTED}/(any pod)`, {
    scope: 'unlisted-namespaces',
    description: PLAIN_DESCRIPTION,
    plain: true,
  });
  const known = new Set(models.flatMap((m) => [...m.namespaces.keys()]));
  const seen = new Set<string>();
  for (const selection of peerSelections(models)) {
    for (const labels of selection.labels === 'cilium' ? ciliumLabels(selection.pods) : kubernetesLabels(selection)) {
      if (seen.size >= MAX_SELECTOR_REPRESENTATIVES) break;
      if (Object.keys(labels.namespace).length === 0) continue;
      const name = labels.namespace[NAMESPACE_NAME_LABEL] ?? `(namespace ${seen.size + 1} not in the manifests)`;
      const key = JSON.stringify(labels);
      if (known.has(name) || seen.has(key)) continue;
      seen.add(key);
      known.add(name);
      pods.push({ workload: pod(name, '(any pod)', labels.pod), namespace: namespace(name, labels.namespace) });
      representatives.set(`${name}/(any pod)`, { scope: 'unlisted-namespaces', description: describe(labels) });
    }
  }
  return { representatives, pods };
}

export function withRepresentatives(model: ClusterModel, plan: RepresentativePlan): ClusterModel {
  const { pods } = plan;
  const namespaces = new Map(model.namespaces);
  for (const p of pods)
    if (p.namespace !== undefined && !namespaces.has(p.namespace.name)) namespaces.set(p.namespace.name, p.namespace);
  return { ...model, namespaces, workloads: [...model.workloads, ...pods.map((p) => p.workload)] };
}

function pod(namespace: string, name: string, labels: Labels): Workload {
  return {
    namespace,
    name,
    kind: 'Pod',
    labels,
    ports: [],
    hostNetwork: false,
    serviceAccount: 'default',
    ips: [],
    source: { file: '', line: 0 },
  };
}

function namespace(name: string, labels: Labels): Namespace {
  return { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, declared: false };
}

/** Every pod peer of every rule, in both revisions. */
function* peerSelections(models: readonly ClusterModel[]): Generator<PodSelection> {
  for (const model of models) {
    for (const policy of model.policies) {
      for (const rule of policy.rules) {
        if (rule.peers === 'all') continue;
        for (const peer of rule.peers) if (peer.kind === 'pods') yield peer;
      }
    }
  }
}

interface SynthesizedLabels {
  readonly namespace: Labels;
  readonly pod: Labels;
}

/** A Kubernetes peer that selects namespaces by labels: namespaces it admits (one per value of
 * each `In`) and namespaces it leaves out (one per value of each `NotIn`, one per
 * `DoesNotExist`), each with a pod its pod selector admits. Those left out keep "every namespace"
 * honest: a workload that they cannot reach is not reachable from every namespace. */
function kubernetesLabels(selection: PodSelection): SynthesizedLabels[] {
  if (selection.namespaces.kind !== 'selector' || selection.namespaces.selector.requirements.length === 0) return [];
  const pods = satisfying(selection.pods);
  if (pods === undefined) return [];
  return variants(selection.namespaces.selector).map((namespace) => ({ namespace, pod: pods }));
}

/** A Cilium endpoint selector that names namespace labels (not only the namespace's name). */
function ciliumLabels(selector: LabelSelector): SynthesizedLabels[] {
  const nsRequirements: LabelRequirement[] = [];
  const podRequirements: LabelRequirement[] = [];
  for (const r of selector.requirements) {
    if (r.key === NAMESPACE_KEY) nsRequirements.push({ ...r, key: NAMESPACE_NAME_LABEL });
    else if (r.key.startsWith(NAMESPACE_LABEL_PREFIX))
      nsRequirements.push({ ...r, key: r.key.slice(NAMESPACE_LABEL_PREFIX.length) });
    else if (r.key.startsWith('io.cilium.') || r.key.startsWith('reserved:')) return [];
    else podRequirements.push(r);
  }
  if (!nsRequirements.some((r) => r.key !== NAMESPACE_NAME_LABEL)) return [];
  const pods = satisfying({ requirements: podRequirements });
  if (pods === undefined) return [];
  return variants({ requirements: nsRequirements }).map((namespace) => ({ namespace, pod: pods }));
}

/** Label sets the selector admits (each value of each `In`) and some it refuses (each value of
 * each `NotIn`, each `DoesNotExist` key set), as the namespaces a cluster could get. */
function variants(selector: LabelSelector): Labels[] {
  const base = satisfying(selector);
  if (base === undefined) return [];
  const out: Labels[] = [base];
  for (const r of selector.requirements) {
    const values = r.operator === 'In' || r.operator === 'NotIn' ? r.values : r.operator === 'DoesNotExist' ? [''] : [];
    for (const value of values) if (base[r.key] !== value) out.push({ ...base, [r.key]: value });
  }
  return out;
}

/** Labels that satisfy a selector and have no key it does not need, or undefined when none can. */
function satisfying(selector: LabelSelector): Labels | undefined {
  const labels: Record<string, string> = {};
  for (const r of selector.requirements) {
    if (r.operator === 'In') {
      const excluded = selector.requirements
        .filter((q) => q.key === r.key && q.operator === 'NotIn')
        .flatMap((q) => q.values);
      const value = r.values.find((v) => !excluded.includes(v) && (labels[r.key] === undefined || labels[r.key] === v));
      if (value === undefined) return undefined;
      labels[r.key] = value;
    }
  }
  for (const r of selector.requirements) if (r.operator === 'Exists' && labels[r.key] === undefined) labels[r.key] = '';
  return matchesSelector(selector, labels) ? labels : undefined;
}

/** `a pod labelled app=web in a new namespace labelled team=x`, `a pod in namespace
 * monitoring (not in the manifests)`. A label with an empty value stands for "has the label". */
function describe(labels: SynthesizedLabels): string {
  const text = (l: Labels) => {
    const entries = Object.entries(l).filter(([k]) => k !== NAMESPACE_NAME_LABEL);
    const valued = entries.filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`);
    const present = entries.filter(([, v]) => v === '').map(([k]) => k);
    const parts = [
      ...(valued.length > 0 ? [`labelled ${valued.join(', ')}`] : []),
      ...(present.length > 0 ? [`with the label ${present.join(', ')}`] : []),
    ];
    return parts.join(' and ');
  };
  const podLabels = text(labels.pod);
  const podPart = podLabels === '' ? 'a pod' : `a pod ${podLabels}`;
  const named = labels.namespace[NAMESPACE_NAME_LABEL];
  const nsLabels = text(labels.namespace);
  if (named !== undefined)
    return `${podPart} in namespace ${named} (not in the manifests)${nsLabels === '' ? '' : `, ${nsLabels}`}`;
  return `${podPart} in a new namespace ${nsLabels}`;
}
