// Turns Pods and pod controllers into workloads: pod-template labels, named container ports,
// hostNetwork and known pod IPs; one the API server would refuse (workload-validity.ts) is refused.
// A Pod (or ReplicaSet, Job) with a controller ownerReference joins its owner's workload (SEMANTICS §2.15, DESIGN §3).
import type { Diagnostic } from '../model/diagnostic.js';
import type { ContainerPort, Workload, WorkloadKind } from '../model/workload.js';
import { isRecord } from './is-record.js';
import type { KubeObject } from './kubernetes-objects.js';
import { isDnsSubdomain } from './names.js';
import { readLabels } from './read-labels.js';
import { TEMPLATE_PATHS, workloadProblems } from './workload-validity.js';

function isWorkloadKind(kind: string): kind is WorkloadKind {
  return Object.hasOwn(TEMPLATE_PATHS, kind);
}

export interface ReadWorkloads {
  readonly workloads: readonly Workload[];
  readonly diagnostics: readonly Diagnostic[];
  /** Workloads defined twice from one source file and line (two rendered kustomizations that
   * share a base): `Kind namespace/name`, said once for all by the caller. */
  readonly renderedAgain: readonly { readonly what: string; readonly file: string; readonly line: number }[];
}

interface Draft {
  workload: Workload;
  owner: { kind: WorkloadKind; name: string } | undefined;
}

export function readWorkloads(objects: readonly KubeObject[], defaultNamespace: string): ReadWorkloads {
  const diagnostics: Diagnostic[] = [];
  const drafts = new Map<string, Draft>();
  const renderedAgain: { what: string; file: string; line: number }[] = [];
  for (const object of objects) {
    if (!isWorkloadKind(object.kind)) continue;
    const draft = readDraft(object, object.kind, defaultNamespace);
    if (typeof draft === 'string') {
      diagnostics.push({
        code: 'INVALID_FIELD',
        severity: 'error',
        file: object.document.file,
        line: object.line,
        message: `${object.kind} ${object.name}: ${draft}; the workload was skipped`,
        fix: 'fix the field (kubectl apply --dry-run=server would reject it too)',
      });
      continue;
    }
    const problems = workloadProblems(object.kind, object.value);
    for (const problem of problems) {
      diagnostics.push({
        code: 'INVALID_WORKLOAD',
        severity: 'error',
        file: object.document.file,
        line: object.document.lineOf([...object.path, ...problem.path]),
        message: `${object.kind} ${object.name}: ${problem.message}; the workload was skipped`,
        fix: problem.fix,
      });
    }
    if (problems.length > 0) continue;
    const key = workloadKey(draft.workload.namespace, draft.workload.kind, draft.workload.name);
    const earlier = drafts.get(key);
    const w = draft.workload;
    if (earlier !== undefined && isSameSource(earlier.workload.source, w.source))
      renderedAgain.push({ what: `${w.kind} ${w.namespace}/${w.name}`, ...w.source });
    else if (earlier !== undefined) diagnostics.push(duplicate(w, earlier.workload));
    drafts.set(key, draft);
  }
  return { workloads: resolveOwners(drafts), diagnostics, renderedAgain };
}

export function isSameSource(a: { file: string; line: number }, b: { file: string; line: number }): boolean {
  return a.file === b.file && a.line === b.line;
}

function duplicate(later: Workload, earlier: Workload): Diagnostic {
  return {
    code: 'DUPLICATE_NAME',
    severity: 'warning',
    file: later.source.file,
    line: later.source.line,
    message: `${later.kind} ${later.namespace}/${later.name} is defined again (first at ${earlier.source.file}:${earlier.source.line}); the later definition is used, as kubectl apply would`,
    fix: 'keep one definition of each object',
  };
}

function workloadKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/** Pods, ReplicaSets and Jobs with a controller owner merge into the owner's workload. */
function resolveOwners(drafts: ReadonlyMap<string, Draft>): Workload[] {
  const merged = new Map<string, Workload>();
  const rootOf = (draft: Draft): { key: string; kind: WorkloadKind; name: string } => {
    let current = draft;
    let root = { kind: draft.workload.kind, name: draft.workload.name };
    for (let hops = 0; current.owner !== undefined && hops < 8; hops++) {
      root = current.owner;
      const next = drafts.get(workloadKey(draft.workload.namespace, root.kind, root.name));
      if (next === undefined) break;
      current = next;
    }
    return { key: workloadKey(draft.workload.namespace, root.kind, root.name), ...root };
  };
  for (const [key, draft] of drafts) {
    const root =
      draft.owner === undefined ? { key, kind: draft.workload.kind, name: draft.workload.name } : rootOf(draft);
    const existing = merged.get(root.key);
    const rootDraft = drafts.get(root.key);
    if (existing === undefined) {
      const base = rootDraft?.workload ?? { ...draft.workload, kind: root.kind, name: root.name };
      merged.set(root.key, { ...base, ips: unique([...base.ips, ...(rootDraft === draft ? [] : draft.workload.ips)]) });
    } else if (rootDraft !== draft) {
      merged.set(root.key, { ...existing, ips: unique([...existing.ips, ...draft.workload.ips]) });
    }
  }
  return [...merged.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function readDraft(object: KubeObject, kind: WorkloadKind, defaultNamespace: string): Draft | string {
  let template: unknown = object.value;
  for (const key of TEMPLATE_PATHS[kind]) template = isRecord(template) ? template[key] : undefined;
  if (!isRecord(template)) return `${TEMPLATE_PATHS[kind].join('.')} is missing`;
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  const labels = readLabels(metadata.labels);
  if (typeof labels === 'string') return `${kind === 'Pod' ? 'metadata' : 'pod template'} ${labels}`;
  const spec = isRecord(template.spec) ? template.spec : {};
  const ports = readPorts(spec);
  if (typeof ports === 'string') return ports;
  const namespace = object.namespace ?? defaultNamespace;
  const workload: Workload = {
    namespace,
    name: object.name,
    kind,
    labels: labels,
    ports,
    hostNetwork: spec.hostNetwork === true,
    serviceAccount:
      typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== ''
        ? spec.serviceAccountName
        : typeof spec.serviceAccount === 'string' && spec.serviceAccount !== ''
          ? spec.serviceAccount
          : 'default',
    ips: kind === 'Pod' ? readPodIps(object.value.status) : [],
    source: { file: object.document.file, line: object.line },
  };
  return { workload, owner: readControllerOwner(object.value.metadata) };
}

function readPorts(spec: Record<string, unknown>): ContainerPort[] | string {
  const ports: ContainerPort[] = [];
  for (const field of ['containers', 'initContainers']) {
    const containers = spec[field];
    if (!Array.isArray(containers)) continue;
    for (const container of containers) {
      if (!isRecord(container) || !Array.isArray(container.ports)) continue;
      for (const port of container.ports) {
        if (!isRecord(port)) return `a container port of ${field} is not a mapping`;
        const number = port.containerPort;
        if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535) {
          return `containerPort ${JSON.stringify(number)} is not a port number from 1 to 65535`;
        }
        const protocol = port.protocol ?? 'TCP';
        if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
          return `container port protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`;
        }
        const name = typeof port.name === 'string' && port.name !== '' ? port.name : undefined;
        ports.push(
          name === undefined ? { port: number, protocol: protocol } : { name, port: number, protocol: protocol },
        );
      }
    }
  }
  return ports;
}

function readPodIps(status: unknown): string[] {
  if (!isRecord(status)) return [];
  const ips = new Set<string>();
  if (typeof status.podIP === 'string' && status.podIP !== '') ips.add(status.podIP);
  if (Array.isArray(status.podIPs)) {
    for (const entry of status.podIPs) if (isRecord(entry) && typeof entry.ip === 'string') ips.add(entry.ip);
  }
  return [...ips];
}

function readControllerOwner(metadata: unknown): Draft['owner'] {
  if (!isRecord(metadata) || !Array.isArray(metadata.ownerReferences)) return undefined;
  for (const ref of metadata.ownerReferences) {
    if (
      isRecord(ref) &&
      ref.controller === true &&
      typeof ref.kind === 'string' &&
      typeof ref.name === 'string' &&
      isWorkloadKind(ref.kind) &&
      isDnsSubdomain(ref.name)
    ) {
      return { kind: ref.kind, name: ref.name };
    }
  }
  return undefined;
}
