// Turns the manifest files of one revision into its ClusterModel: namespaces (declared or only
// used), workloads and compiled policies, with every problem found on the way.
import type { ClusterModel, ReadObject } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import type { Policy } from '../model/rule.js';
import type { Namespace } from '../model/workload.js';
import { collectObjects, type KubeObject } from '../manifests/kubernetes-objects.js';
import type { ParsedFile } from '../manifests/parse-documents.js';
import { readLabels } from '../manifests/read-labels.js';
import { readServices } from '../manifests/services.js';
import { readWorkloads } from '../manifests/workloads.js';
import { compileAdminPolicy } from './admin-network-policy.js';
import { compileCiliumPolicy } from './cilium.js';
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
  const diagnostics: Diagnostic[] = [];
  const documents = files.flatMap((file) => {
    const parsed = options.parse(file);
    diagnostics.push(...parsed.diagnostics);
    return parsed.documents;
  });
  documents.push(...(options.documents ?? []));
  const collected = collectObjects(documents);
  diagnostics.push(...collected.diagnostics);

  const namespaces = new Map<string, Namespace>();
  for (const object of collected.objects) {
    if (object.kind !== 'Namespace') continue;
    const metadata = object.value.metadata as Record<string, unknown>;
    const labels = readLabels(metadata.labels);
    const source = { file: object.document.file, line: object.line };
    if (typeof labels === 'string') {
      diagnostics.push({ code: 'INVALID_FIELD', severity: 'error', ...source, message: `Namespace ${object.name}: ${labels}; its labels were ignored`, fix: 'quote label values' });
    }
    const earlier = namespaces.get(object.name);
    if (earlier?.source !== undefined) diagnostics.push(duplicate(`Namespace ${object.name}`, source, earlier.source));
    namespaces.set(object.name, {
      name: object.name,
      labels: { ...(typeof labels === 'string' ? {} : labels), [NAMESPACE_NAME_LABEL]: object.name },
      declared: true,
      source,
    });
  }

  const workloads = readWorkloads(collected.objects, options.defaultNamespace);
  diagnostics.push(...workloads.diagnostics);
  const services = readServices(collected.objects, options.defaultNamespace);
  diagnostics.push(...services.diagnostics);
  // Workloads and Services are refused at their object's line; policies, below.
  const refused = new Set<KubeObject>();
  const refusedAt = new Set([...workloads.diagnostics, ...services.diagnostics].filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`));
  for (const object of collected.objects) if (refusedAt.has(`${object.document.file}:${object.line}`)) refused.add(object);

  // Policies by kind and name: a later definition replaces an earlier one, as kubectl apply would.
  const policies = new Map<string, readonly Policy[]>();
  for (const object of collected.objects) {
    const compiled = compilePolicy(object, options.defaultNamespace);
    if (compiled === undefined) continue;
    diagnostics.push(...compiled.diagnostics);
    if (compiled.policies.length === 0 && compiled.diagnostics.some((d) => d.severity === 'error')) refused.add(object);
    if (compiled.policies.length === 0) continue;
    const origin = (compiled.policies[0] as Policy).origin;
    const name = origin.namespace === undefined ? object.name : `${origin.namespace}/${object.name}`;
    const key = `${object.kind}/${name}`;
    const earlier = policies.get(key)?.[0];
    if (earlier !== undefined) diagnostics.push(duplicate(`${object.kind} ${name}`, origin, earlier.origin));
    policies.set(key, compiled.policies);
  }
  const allPolicies = [...policies.values()].flat();
  diagnostics.push(...samePriorityWarnings(allPolicies));

  // Namespaces that workloads and policies use but no manifest declares (SEMANTICS §2.7).
  const used = new Map<string, { file: string; line: number }>();
  for (const w of workloads.workloads) if (!used.has(w.namespace)) used.set(w.namespace, w.source);
  for (const p of allPolicies) if (p.origin.namespace !== undefined && !used.has(p.origin.namespace)) used.set(p.origin.namespace, p.origin);
  const labelSelector = firstNamespaceLabelSelector(allPolicies);
  for (const [name, source] of used) {
    if (namespaces.has(name)) continue;
    namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name }, declared: false });
    if (labelSelector !== undefined) {
      diagnostics.push({
        code: 'UNDECLARED_NAMESPACE',
        severity: 'warning',
        ...source,
        message: `namespace ${name} has no manifest, so its labels are unknown; namespace selectors (such as the one at ${labelSelector.file}:${labelSelector.line}) assume it has only ${NAMESPACE_NAME_LABEL}=${name}`,
        fix: `add a Namespace manifest for ${name} with its labels`,
      });
    }
  }

  for (const w of workloads.workloads) {
    if (!w.hostNetwork) continue;
    diagnostics.push({
      code: 'HOST_NETWORK',
      severity: 'warning',
      ...w.source,
      message: `${w.kind} ${w.namespace}/${w.name} uses hostNetwork: pod and namespace selectors do not select it, and its traffic is the node's (SEMANTICS §2.13)`,
      fix: 'nothing to fix; read its verdicts as those of node traffic',
    });
  }

  const objects = collected.objects.filter((o) => !refused.has(o)).map((o) => readObject(o, options.defaultNamespace));
  return { namespaces, workloads: workloads.workloads, services: services.services, policies: allPolicies, diagnostics, objects };
}

const CLUSTER_SCOPED = new Set(['Namespace', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy', 'CiliumClusterwideNetworkPolicy']);

function readObject(o: KubeObject, defaultNamespace: string): ReadObject {
  const key = CLUSTER_SCOPED.has(o.kind) ? `${o.kind} ${o.name}` : `${o.kind} ${o.namespace ?? defaultNamespace}/${o.name}`;
  return { key, file: o.document.file, line: o.line, document: o.document, path: o.path, value: o.value };
}

/** The policies an object compiles to (none for other kinds). */
function compilePolicy(object: KubeObject, defaultNamespace: string): { policies: readonly Policy[]; diagnostics: readonly Diagnostic[] } | undefined {
  const single = (c: { policy: Policy | undefined; diagnostics: readonly Diagnostic[] }) => ({ policies: c.policy === undefined ? [] : [c.policy], diagnostics: c.diagnostics });
  if (object.kind === 'NetworkPolicy') return single(compileNetworkPolicy(object, defaultNamespace));
  if (ADMIN_KINDS.has(object.kind)) return single(compileAdminPolicy(object));
  if (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy') return compileCiliumPolicy(object, defaultNamespace);
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

function duplicate(what: string, later: { file: string; line: number }, earlier: { file: string; line: number }): Diagnostic {
  return {
    code: 'DUPLICATE_NAME',
    severity: 'warning',
    file: later.file,
    line: later.line,
    message: `${what} is defined again (first at ${earlier.file}:${earlier.line}); the later definition is used, as kubectl apply would`,
    fix: 'keep one definition of each object',
  };
}

/** The first peer whose namespace selector looks at labels (anything but `{}`). */
function firstNamespaceLabelSelector(policies: readonly Policy[]): { file: string; line: number } | undefined {
  for (const policy of policies) {
    for (const rule of policy.rules) {
      if (rule.peers === 'all') continue;
      for (const peer of rule.peers) {
        if (peer.kind === 'pods' && peer.namespaces.kind === 'selector' && peer.namespaces.selector.requirements.length > 0) return rule.origin;
      }
    }
  }
  return undefined;
}
