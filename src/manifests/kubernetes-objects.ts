// Picks the Kubernetes objects netreach reads out of parsed documents: checks kind and
// apiVersion, unpacks Lists, and reports documents that are not Kubernetes objects. Turning
// objects into workloads and policies is left to the modules of each kind.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentPath, ManifestDocument } from '../model/manifest.js';
import { isRecord, ownValue } from './is-record.js';
import { isDnsLabel, isDnsSubdomain } from './names.js';
import { workloadProblems } from './workload-validity.js';
import { hasUnknownFields, unknownFieldDiagnostics } from './schema/unknown-field-diagnostics.js';

/** The kinds netreach evaluates, with the apiVersions it understands for each. */
export const KNOWN_KINDS: Readonly<Record<string, readonly string[]>> = {
  Namespace: ['v1'],
  Pod: ['v1'],
  ReplicationController: ['v1'],
  Deployment: ['apps/v1'],
  StatefulSet: ['apps/v1'],
  DaemonSet: ['apps/v1'],
  ReplicaSet: ['apps/v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1'],
  Service: ['v1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  AdminNetworkPolicy: ['policy.networking.k8s.io/v1alpha1'],
  BaselineAdminNetworkPolicy: ['policy.networking.k8s.io/v1alpha1'],
  ClusterNetworkPolicy: ['policy.networking.k8s.io/v1alpha2'],
  CiliumNetworkPolicy: ['cilium.io/v2'],
  CiliumClusterwideNetworkPolicy: ['cilium.io/v2'],
};

/** Groups that served a kind before it moved to the group above: the same API, an older version. */
const FORMER_GROUPS: Readonly<Record<string, string>> = {
  Deployment: 'extensions',
  DaemonSet: 'extensions',
  ReplicaSet: 'extensions',
  NetworkPolicy: 'extensions',
};

/** Calico's API groups: the projectcalico.org API server and the CRDs it stores objects in. */
const CALICO_GROUPS = new Set(['projectcalico.org', 'crd.projectcalico.org']);
/** Calico kinds that netreach reads (https://docs.tigera.io/calico/latest/reference/resources/). */
export const CALICO_READ_KINDS = new Set([
  'NetworkPolicy',
  'GlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
  'NetworkSet',
  'GlobalNetworkSet',
  'Tier',
]);

export interface KubeObject {
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  /** As written; undefined when the manifest has no metadata.namespace. */
  readonly namespace: string | undefined;
  readonly value: Readonly<Record<string, unknown>>;
  readonly document: ManifestDocument;
  /** Path of the object inside its document (non-empty for List items). */
  readonly path: DocumentPath;
  /** 1-based line of the object. */
  readonly line: number;
}

export interface CollectedObjects {
  readonly objects: readonly KubeObject[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Whether a document's value needs node positions kept (objects whose rules get cited). */
export function needsPositions(value: unknown): boolean {
  if (!isRecord(value) || typeof value.kind !== 'string') return false;
  // Other objects keep positions only when they will be refused at a field's line.
  return (
    value.kind.endsWith('List') ||
    value.kind.includes('Policy') ||
    value.kind.endsWith('NetworkSet') ||
    value.kind === 'Tier' ||
    hasUnknownFields(value.kind, value) ||
    workloadProblems(value.kind, value).length > 0
  );
}

export function collectObjects(documents: readonly ManifestDocument[]): CollectedObjects {
  const objects: KubeObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const foreign: { file: string; line: number }[] = [];
  for (const document of documents) {
    // A whole document with none of a manifest's fields (a CI workflow, package.json) is another
    // tool's file: one warning for all of them, not one each. Anything that looks like a manifest
    // keeps a warning of its own.
    if (isForeignDocument(document.value)) foreign.push({ file: document.file, line: document.line });
    else collect(document, document.value, [], objects, diagnostics);
  }
  const [first] = foreign;
  if (first !== undefined) diagnostics.push(foreignFiles(first, [...new Set(foreign.map((f) => f.file))]));
  return { objects, diagnostics };
}

const MANIFEST_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'items'];

function isForeignDocument(value: unknown): boolean {
  return isRecord(value) && !MANIFEST_FIELDS.some((f) => Object.hasOwn(value, f));
}

function foreignFiles(at: { file: string; line: number }, files: readonly string[]): Diagnostic {
  const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
  return {
    ...at,
    code: 'NOT_KUBERNETES',
    severity: 'warning',
    message: `${files.length === 1 ? 'a file holds' : `${files.length} files hold`} no Kubernetes object (no apiVersion, kind, metadata or spec) and ${files.length === 1 ? 'was' : 'were'} skipped: ${shown}`,
    fix: "nothing to fix if these are other tools' files; to keep them out, narrow the paths",
  };
}

function collect(
  document: ManifestDocument,
  value: unknown,
  path: DocumentPath,
  objects: KubeObject[],
  diagnostics: Diagnostic[],
): void {
  const line = path.length === 0 ? document.line : document.lineOf(path);
  const at = { file: document.file, line };
  if (!isRecord(value)) {
    diagnostics.push({
      ...at,
      code: 'NOT_AN_OBJECT',
      severity: 'warning',
      message: `the document is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a Kubernetes object; it was skipped`,
      fix: 'leave only Kubernetes manifests under the given paths, or narrow the paths',
    });
    return;
  }
  const { kind, apiVersion } = value;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') {
    diagnostics.push({
      ...at,
      code: 'NOT_KUBERNETES',
      severity: 'warning',
      message: 'the document has no apiVersion and kind, so it is not a Kubernetes object; it was skipped',
      fix: 'leave only Kubernetes manifests under the given paths, or narrow the paths',
    });
    return;
  }
  if ((kind === 'List' || kind.endsWith('List')) && Array.isArray(value.items)) {
    // The items of a typed list (`PodList`, as the API server returns lists) carry no kind or
    // apiVersion: they are the list's kind and group. A generic `List` gives its items nothing.
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    value.items.forEach((item, i) =>
      collect(document, typedItem(item, itemKind, apiVersion), [...path, 'items', i], objects, diagnostics),
    );
    return;
  }
  // Calico's own kinds are read by the Calico compiler (docs/semantics-calico.md §1).
  const calico = CALICO_GROUPS.has(groupOf(apiVersion));
  if (calico && !CALICO_READ_KINDS.has(kind)) {
    const reported = calicoDiagnostic(kind, apiVersion);
    if (reported !== undefined) diagnostics.push({ ...at, ...reported });
    return;
  }
  const versions = calico ? [apiVersion] : ownValue(KNOWN_KINDS, kind);
  if (versions === undefined) return;
  if (!versions.includes(apiVersion)) {
    // Only another version of the same API gets "use apiVersion …": a kind of the same name in
    // another group (cilium.io, crd.antrea.io, serving.knative.dev) is another API altogether.
    const group = groupOf(apiVersion);
    if (!versions.some((v) => groupOf(v) === group) && ownValue(FORMER_GROUPS, kind) !== group) {
      if (kind.includes('Policy')) diagnostics.push({ ...at, ...foreignPolicy(kind, apiVersion) });
      return;
    }
    diagnostics.push({
      ...at,
      code: 'UNKNOWN_API_VERSION',
      severity: 'error',
      message: `${kind} with apiVersion "${apiVersion}" is not understood; the object was skipped`,
      fix: `use apiVersion ${versions.map((v) => `"${v}"`).join(' or ')}`,
    });
    return;
  }
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = metadata.name;
  const namespace = metadata.namespace;
  if (
    typeof name !== 'string' ||
    name === '' ||
    (namespace !== undefined && namespace !== null && typeof namespace !== 'string')
  ) {
    diagnostics.push({
      ...at,
      code: 'INVALID_FIELD',
      severity: 'error',
      message: `${kind} has no valid metadata.name${typeof name === 'string' && name !== '' ? ' or metadata.namespace' : ''}; the object was skipped`,
      fix: 'give the object a metadata.name (and a string metadata.namespace, if any)',
    });
    return;
  }
  // Names end up in sentences, links and comments: hold them to what the API server accepts.
  const isValidName = kind === 'Namespace' ? isDnsLabel : isDnsSubdomain;
  if (!isValidName(name) || (typeof namespace === 'string' && namespace !== '' && !isDnsLabel(namespace))) {
    const bad = !isValidName(name) ? `metadata.name "${name}"` : `metadata.namespace "${String(namespace)}"`;
    diagnostics.push({
      ...at,
      code: 'INVALID_FIELD',
      severity: 'error',
      message: `${kind} has the invalid ${bad}; the object was skipped`,
      fix: 'use lower-case letters, digits and "-" (and "." in names of objects other than namespaces), starting and ending with a letter or digit',
    });
    return;
  }
  // Fields the kind does not have: kubectl's strict field validation refuses the object (#9).
  const unknownFields = calico
    ? []
    : unknownFieldDiagnostics({
        kind,
        name,
        namespace: typeof namespace === 'string' ? namespace : undefined,
        value,
        document,
        path,
      });
  if (unknownFields.length > 0) {
    for (const item of unknownFields) diagnostics.push(item);
    return;
  }
  objects.push({
    kind,
    apiVersion,
    name,
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined,
    value,
    document,
    path,
    line,
  });
}

/** The API group of an apiVersion: `networking.k8s.io` of `networking.k8s.io/v1`, '' for `v1`. */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** An item of a typed list, with the kind and apiVersion it lacks taken from its list. */
function typedItem(item: unknown, itemKind: string | undefined, apiVersion: string): unknown {
  if (itemKind === undefined || !isRecord(item)) return item;
  if (item.kind !== undefined && item.kind !== itemKind) return item;
  if (item.kind !== undefined && item.apiVersion !== undefined) return item;
  return { ...item, kind: itemKind, apiVersion: item.apiVersion ?? apiVersion };
}

/** What to say about a Calico object netreach does not read. */
function calicoDiagnostic(
  kind: string,
  apiVersion: string,
): Pick<Diagnostic, 'code' | 'severity' | 'message' | 'fix'> | undefined {
  if (kind === 'HostEndpoint') {
    return {
      code: 'UNSUPPORTED_POLICY',
      severity: 'warning',
      message: `${kind} (${apiVersion}): host endpoints and the policies that apply to them are not evaluated; pods are`,
      fix: 'nothing to fix; read traffic to and from nodes as not evaluated',
    };
  }
  if (kind.endsWith('NetworkPolicy')) {
    return {
      code: 'UNSUPPORTED_POLICY',
      severity: 'error',
      message: `${kind} (${apiVersion}) is a Calico kind netreach does not evaluate, so the verdict ignores it and may be wrong for the pods it selects`,
      fix: 'read the verdict as incomplete for the pods this policy selects; remove it from the given paths to silence this',
    };
  }
  return undefined;
}

/** A policy kind of another API group than the one netreach reads (`NetworkPolicy` of cilium.io). */
function foreignPolicy(kind: string, apiVersion: string): Pick<Diagnostic, 'code' | 'severity' | 'message' | 'fix'> {
  return {
    code: 'UNSUPPORTED_POLICY',
    severity: 'error',
    message: `${kind} (${apiVersion}) belongs to the API group ${groupOf(apiVersion)}, not to the one netreach reads for ${kind} (${(ownValue(KNOWN_KINDS, kind) ?? []).join(', ')}); it is not evaluated, so the verdict ignores it`,
    fix: 'read the verdict as incomplete for the pods this policy selects; remove it from the given paths to silence this',
  };
}
