// Picks the Kubernetes objects netreach reads out of parsed documents: checks kind and
// apiVersion, unpacks Lists, and reports documents that are not Kubernetes objects. Turning
// objects into workloads and policies is left to the modules of each kind.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentPath, ManifestDocument } from '../model/manifest.js';
import { isRecord } from './is-record.js';
import { isDnsLabel, isDnsSubdomain } from './names.js';

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


/** Policy APIs that change reachability but are not evaluated yet: reported, never ignored silently. */
const UNEVALUATED_POLICY_GROUPS = ['projectcalico.org/', 'crd.projectcalico.org/'];

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
  return value.kind.endsWith('List') || value.kind.includes('Policy');
}

export function collectObjects(documents: readonly ManifestDocument[]): CollectedObjects {
  const objects: KubeObject[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const document of documents) collect(document, document.value, [], objects, diagnostics);
  return { objects, diagnostics };
}

function collect(document: ManifestDocument, value: unknown, path: DocumentPath, objects: KubeObject[], diagnostics: Diagnostic[]): void {
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
    value.items.forEach((item, i) => collect(document, item, [...path, 'items', i], objects, diagnostics));
    return;
  }
  const versions = KNOWN_KINDS[kind];
  if (versions === undefined) {
    if (UNEVALUATED_POLICY_GROUPS.some((group) => apiVersion.startsWith(group)) && kind.endsWith('NetworkPolicy')) {
      diagnostics.push({
        ...at,
        code: 'UNSUPPORTED_POLICY',
        severity: 'error',
        message: `${kind} (${apiVersion}) changes reachability but is not evaluated yet; the verdict ignores it`,
        fix: 'remove it from the given paths to silence this, and read the verdict as incomplete',
      });
    }
    return;
  }
  if (!versions.includes(apiVersion)) {
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
  if (typeof name !== 'string' || name === '' || (namespace !== undefined && namespace !== null && typeof namespace !== 'string')) {
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
