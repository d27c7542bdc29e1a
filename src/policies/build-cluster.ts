// Turns the manifest files of one revision into its ClusterModel: namespaces (declared or only
// used), workloads and compiled policies, with every problem found on the way.
import type { ClusterModel, ReadObject } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import type { PodSelection, Policy } from '../model/rule.js';
import type { Namespace } from '../model/workload.js';
import { setAsideTemplates } from '../manifests/helm-charts.js';
import { collectObjects, type KubeObject } from '../manifests/kubernetes-objects.js';
import type { ParsedFile } from '../manifests/parse-documents.js';
import { readLabels } from '../manifests/read-labels.js';
import { readServices } from '../manifests/services.js';
import { isSameSource, readWorkloads } from '../manifests/workloads.js';
import { compileAdminPolicy } from './admin-network-policy.js';
import { CALICO_POLICY_KINDS, compileCalicoPolicy, KUBERNETES_POLICY_ORDER, type CalicoContext } from './calico.js';
import { DEFAULT_TIER, isCalicoObject, readCalicoInputs } from './calico-inputs.js';
import type { CalicoTier } from '../model/calico.js';
import { compileCiliumPolicy } from './cilium.js';
import { NAMESPACE_LABEL_PREFIX } from './cilium-selector.js';
import { compileNetworkPolicy } from './network-policy.js';

const ADMIN_KINDS = new Set(['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy']);

export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export interface BuildOptions {
  /** Parses one file (shared between revisions so that each distinct text is parsed once). */
  readonly parse: (file: ManifestFile) => ParsedFile;
  /** Namespace of manifests without metadata.namespace. */
  readonly defaultNamespace: string;
  /** Documents parsed elsewhere (objects rendered by Kustomize, with their provenance). */
  readonly documents?: readonly ManifestDocument[];
}

export function buildCluster(files: readonly ManifestFile[], options: BuildOptions): ClusterModel {
  // Helm charts and Go templates are not manifests until rendered: one diagnostic each.
  const manifests = setAsideTemplates(files);
  const diagnostics: Diagnostic[] = [...manifests.diagnostics];
  const documents = manifests.files.flatMap((file) => {
    const parsed = options.parse(file);
    for (const item of parsed.diagnostics) diagnostics.push(item);
    return parsed.documents;
  });
  for (const item of options.documents ?? []) documents.push(item);
  const collected = collectObjects(documents);
  for (const item of collected.diagnostics) diagnostics.push(item);

  const namespaces = new Map<string, Namespace>();
  const renderedAgain: { what: string; file: string; line: number }[] = [];
  for (const object of collected.objects) {
    if (object.kind !== 'Namespace') continue;
    const metadata = object.value.metadata as Record<string, unknown>;
    const labels = readLabels(metadata.labels);
    const source = { file: object.document.file, line: object.line };
    if (typeof labels === 'string') {
      diagnostics.push({
        code: 'INVALID_FIELD',
        severity: 'error',
        ...source,
        message: `Namespace ${object.name}: ${labels}; its labels were ignored`,
        fix: 'quote label values',
      });
    }
    const earlier = namespaces.get(object.name);
    if (earlier?.source !== undefined && isSameSource(earlier.source, source))
      renderedAgain.push({ what: `Namespace ${object.name}`, ...source });
    else if (earlier?.source !== undefined)
      diagnostics.push(duplicate(`Namespace ${object.name}`, source, earlier.source));
    namespaces.set(object.name, {
      name: object.name,
      labels: { ...(typeof labels === 'string' ? {} : labels), [NAMESPACE_NAME_LABEL]: object.name },
      declared: true,
      source,
    });
  }

  const workloads = readWorkloads(collected.objects, options.defaultNamespace);
  for (const item of workloads.diagnostics) diagnostics.push(item);
  renderedAgain.push(...workloads.renderedAgain);
  const services = readServices(collected.objects, options.defaultNamespace);
  for (const item of services.diagnostics) diagnostics.push(item);
  // Workloads and Services are refused at their object's line; policies, below.
  const refused = new Set<KubeObject>();
  const refusedAt = new Set(
    [...workloads.diagnostics, ...services.diagnostics]
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}`),
  );
  for (const object of collected.objects)
    if (refusedAt.has(`${object.document.file}:${object.line}`)) refused.add(object);

  // Calico's tiers and network sets, which its policies read.
  const calicoInputs = readCalicoInputs(collected.objects, options.defaultNamespace);
  for (const item of calicoInputs.diagnostics) diagnostics.push(item);
  const calico: CalicoContext = {
    tiers: calicoInputs.tiers,
    networkSets: calicoInputs.networkSets,
    namespaceLabels: (name) => namespaces.get(name)?.labels,
  };

  // Policies by kind and name: a later definition replaces an earlier one, as kubectl apply would.
  const policies = new Map<string, readonly Policy[]>();
  for (const object of collected.objects) {
    const compiled = compilePolicy(object, options.defaultNamespace, calico);
    if (compiled === undefined) continue;
    for (const item of compiled.diagnostics) diagnostics.push(item);
    if (compiled.policies.length === 0 && compiled.diagnostics.some((d) => d.severity === 'error')) refused.add(object);
    if (compiled.policies.length === 0) continue;
    const origin = (compiled.policies[0] as Policy).origin;
    const name = origin.namespace === undefined ? object.name : `${origin.namespace}/${object.name}`;
    const key = `${isCalicoObject(object) ? 'projectcalico.org/' : ''}${object.kind}/${name}`;
    const earlier = policies.get(key)?.[0];
    if (earlier !== undefined && isSameSource(earlier.origin, origin))
      renderedAgain.push({ what: `${object.kind} ${name}`, file: origin.file, line: origin.line });
    else if (earlier !== undefined) diagnostics.push(duplicate(`${object.kind} ${name}`, origin, earlier.origin));
    // What Kustomize did to a rendered policy, for the because-lines (PolicyOrigin.transformedBy).
    const transformedBy = object.document.transformedBy;
    policies.set(
      key,
      transformedBy === undefined
        ? compiled.policies
        : compiled.policies.map((p) => ({ ...p, origin: { ...p.origin, transformedBy } })),
    );
  }
  // Staged policies are not enforced: kept apart, for the preview of what enforcing them does.
  const compiledPolicies = [...policies.values()].flat();
  const staged = compiledPolicies.filter((p) => p.calico?.staged === true);
  const allPolicies = placeInCalicoTiers(compiledPolicies.filter((p) => p.calico?.staged !== true));
  for (const item of samePriorityWarnings(allPolicies)) diagnostics.push(item);
  for (const item of tiersBeforeAdmin(allPolicies, calicoInputs.tiers)) diagnostics.push(item);
  if (renderedAgain.length > 0) diagnostics.push(renderedTwice(renderedAgain));

  // Namespaces that workloads and policies use but no manifest declares (SEMANTICS §2.7). They
  // have only the name label; that can change a verdict only where a selector reads another
  // namespace label, so one warning in all, at the first such selector.
  const used = new Set([
    ...workloads.workloads.map((w) => w.namespace),
    ...allPolicies.flatMap((p) => (p.origin.namespace === undefined ? [] : [p.origin.namespace])),
  ]);
  const undeclared = [...used].filter((name) => !namespaces.has(name));
  for (const name of undeclared)
    namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name }, declared: false });
  const labelReader = firstNamespaceLabelReader(allPolicies);
  if (undeclared.length > 0 && labelReader !== undefined)
    diagnostics.push(undeclaredNamespaces(undeclared, labelReader));

  for (const w of workloads.workloads) {
    if (!w.hostNetwork) continue;
    diagnostics.push({
      code: 'HOST_NETWORK',
      severity: 'warning',
      ...w.source,
      message: `${w.kind} ${w.namespace}/${w.name} uses hostNetwork: pod and namespace selectors do not select it, and its traffic is the node's (NetworkPolicy leaves host-network pods to the network plugin)`,
      fix: 'nothing to fix; read its verdicts as those of node traffic',
    });
  }

  const objects = collected.objects.filter((o) => !refused.has(o)).map((o) => readObject(o, options.defaultNamespace));
  return {
    namespaces,
    workloads: workloads.workloads,
    services: services.services,
    policies: allPolicies,
    diagnostics,
    objects,
    ...(allPolicies.some((p) => p.tier === 'calico') || staged.length > 0 ? { calicoTiers: calicoInputs.tiers } : {}),
    ...(staged.length > 0 ? { stagedPolicies: staged } : {}),
  };
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
]);

const CALICO_CLUSTER_SCOPED = new Set(['GlobalNetworkPolicy', 'StagedGlobalNetworkPolicy', 'GlobalNetworkSet', 'Tier']);

function readObject(o: KubeObject, defaultNamespace: string): ReadObject {
  const calico = isCalicoObject(o);
  const kind = calico ? `${o.kind}.projectcalico.org` : o.kind;
  const key = (calico ? CALICO_CLUSTER_SCOPED : CLUSTER_SCOPED).has(o.kind)
    ? `${kind} ${o.name}`
    : `${kind} ${o.namespace ?? defaultNamespace}/${o.name}`;
  return { key, file: o.document.file, line: o.line, document: o.document, path: o.path, value: o.value };
}

/** The policies an object compiles to (none for other kinds). */
function compilePolicy(
  object: KubeObject,
  defaultNamespace: string,
  calico: CalicoContext,
): { policies: readonly Policy[]; diagnostics: readonly Diagnostic[] } | undefined {
  if (isCalicoObject(object))
    return CALICO_POLICY_KINDS.has(object.kind) ? compileCalicoPolicy(object, defaultNamespace, calico) : undefined;
  const single = (c: { policy: Policy | undefined; diagnostics: readonly Diagnostic[] }) => ({
    policies: c.policy === undefined ? [] : [c.policy],
    diagnostics: c.diagnostics,
  });
  if (object.kind === 'NetworkPolicy') return single(compileNetworkPolicy(object, defaultNamespace));
  if (ADMIN_KINDS.has(object.kind)) return single(compileAdminPolicy(object));
  if (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy')
    return compileCiliumPolicy(object, defaultNamespace);
  return undefined;
}

/** Admin (or baseline) policies sharing a priority: where both match a connection, the API leaves
 * the outcome undefined (SEMANTICS §4.3), and the verdict is marked uncertain. */
function samePriorityWarnings(policies: readonly Policy[]): Diagnostic[] {
  const byRank = new Map<string, Policy[]>();
  for (const p of policies) {
    if (p.tier === 'namespaced' || p.priority === undefined) continue;
    const key = `${p.tier}/${p.priority}`;
    byRank.set(key, [...(byRank.get(key) ?? []), p]);
  }
  const out: Diagnostic[] = [];
  for (const group of byRank.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = group as [Policy, ...Policy[]];
    for (const p of others) {
      out.push({
        code: 'SAME_PRIORITY',
        severity: 'warning',
        file: p.origin.file,
        line: p.origin.line,
        message: `${p.origin.kind} ${p.origin.name} has priority ${p.priority}, like ${first.origin.kind} ${first.origin.name} (${first.origin.file}:${first.origin.line}); where both match a connection the outcome is undefined, and verdicts where they disagree are marked uncertain`,
        fix: 'give each policy of a tier its own priority',
      });
    }
  }
  return out;
}

/** Objects that several rendered kustomizations share (a base): one warning for all of them. */
function renderedTwice(objects: readonly { what: string; file: string; line: number }[]): Diagnostic {
  const names = [...new Set(objects.map((o) => o.what))];
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
  const first = objects[0] as { file: string; line: number };
  return {
    code: 'DUPLICATE_NAME',
    severity: 'warning',
    file: first.file,
    line: first.line,
    message: `${names.length} ${names.length === 1 ? 'object is' : 'objects are'} rendered by more than one kustomization from the same source (${shown}); in one merged cluster the last rendering is used`,
    fix: 'if the kustomizations are different clusters (environments), evaluate each on its own with --clusters separate (action input clusters: separate)',
  };
}

function duplicate(
  what: string,
  later: { file: string; line: number },
  earlier: { file: string; line: number },
): Diagnostic {
  return {
    code: 'DUPLICATE_NAME',
    severity: 'warning',
    file: later.file,
    line: later.line,
    message: `${what} is defined again (first at ${earlier.file}:${earlier.line}); the later definition is used, as kubectl apply would`,
    fix: 'keep one definition of each object',
  };
}

/** The first selector that reads a namespace label other than the name label, which every
 * namespace has: a namespaceSelector (NetworkPolicy, AdminNetworkPolicy subjects and peers) or a
 * Cilium endpoint selector on `io.cilium.k8s.namespace.labels.*`. */
function firstNamespaceLabelReader(policies: readonly Policy[]): { file: string; line: number } | undefined {
  const readsLabels = (s: PodSelection) => {
    if (
      s.namespaces.kind === 'selector' &&
      s.namespaces.selector.requirements.some((r) => r.key !== NAMESPACE_NAME_LABEL)
    )
      return true;
    return (
      s.labels === 'cilium' &&
      s.pods.requirements.some(
        (r) => r.key.startsWith(NAMESPACE_LABEL_PREFIX) && r.key !== NAMESPACE_LABEL_PREFIX + NAMESPACE_NAME_LABEL,
      )
    );
  };
  for (const policy of policies) {
    if (readsLabels(policy.subject)) return policy.origin;
    for (const rule of policy.rules) {
      if (rule.peers !== 'all' && rule.peers.some((peer) => peer.kind === 'pods' && readsLabels(peer)))
        return rule.origin;
    }
  }
  return undefined;
}

function undeclaredNamespaces(names: readonly string[], at: { file: string; line: number }): Diagnostic {
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
  return {
    code: 'UNDECLARED_NAMESPACE',
    severity: 'warning',
    file: at.file,
    line: at.line,
    message: `a namespace selector here reads labels other than ${NAMESPACE_NAME_LABEL}, but ${names.length === 1 ? 'namespace' : 'namespaces'} ${shown} ${names.length === 1 ? 'has' : 'have'} no manifest, so ${names.length === 1 ? 'its' : 'their'} labels are unknown: netreach gives ${names.length === 1 ? 'it' : 'them'} only ${NAMESPACE_NAME_LABEL}, so selectors see ${names.length === 1 ? 'its' : 'their'} other labels as absent`,
    fix: 'add a Namespace manifest with its labels for each of them, or select namespaces by kubernetes.io/metadata.name',
  };
}

/** With Calico policies in the cluster, Kubernetes NetworkPolicies are policies of Calico's default
 * tier at order 1000 (docs/semantics-calico.md §2.4), ordered among the Calico policies there.
 * Their isolation stays recorded for the reports. Without Calico policies nothing changes: the
 * default tier alone is NetworkPolicy's isolation and union of allows. */
export function placeInCalicoTiers(policies: readonly Policy[]): Policy[] {
  if (!policies.some((p) => p.tier === 'calico')) return [...policies];
  return policies.map((p) =>
    p.tier === 'namespaced' && p.origin.kind === 'NetworkPolicy'
      ? {
          ...p,
          tier: 'calico',
          calico: {
            tier: DEFAULT_TIER.name,
            tierOrder: DEFAULT_TIER.order,
            order: KUBERNETES_POLICY_ORDER,
            types: p.isolates,
            kubernetes: true,
          },
        }
      : p,
  );
}

/** Calico evaluates AdminNetworkPolicies in a tier of order 1000 (docs/semantics-calico.md §2.5);
 * netreach evaluates them before every Calico tier. A Calico tier ordered below 1000 beside them
 * would come first in Calico: said at the tier, once. */
function tiersBeforeAdmin(policies: readonly Policy[], tiers: ReadonlyMap<string, CalicoTier>): Diagnostic[] {
  if (!policies.some((p) => p.tier === 'admin')) return [];
  const used = new Set(policies.flatMap((p) => (p.calico === undefined ? [] : [p.calico.tier])));
  return [...tiers.values()]
    .filter((t) => t.order < 1000 && used.has(t.name) && t.source !== undefined)
    .map((t) => ({
      code: 'UNSUPPORTED_POLICY' as const,
      severity: 'warning' as const,
      file: (t.source as { file: string }).file,
      line: (t.source as { line: number }).line,
      message: `Tier ${t.name} has order ${t.order}, below the order 1000 of Calico's tier for admin network policies: Calico evaluates it before them, netreach after them, so verdicts where both decide may differ from Calico's`,
      fix: 'give the tier an order above 1000, or read the verdicts of the endpoints both select with care',
    }));
}
