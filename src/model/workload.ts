// The things that talk: namespaces and workloads (the pods of one controller, or one bare pod).
import type { Labels } from './labels.js';
import type { Protocol } from './ports.js';
import type { SourceRef } from './source.js';

export interface Namespace {
  readonly name: string;
  /** Always includes `kubernetes.io/metadata.name: <name>`, as the control plane sets it. */
  readonly labels: Labels;
  /** False when workloads or policies use the namespace but no manifest defines it. */
  readonly declared: boolean;
  readonly source?: SourceRef;
}

export type WorkloadKind =
  'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'ReplicationController' | 'Job' | 'CronJob';

export interface ContainerPort {
  /** The port's name (IANA_SVC_NAME), when it has one. */
  readonly name?: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** The pods of one workload: they share labels, ports and policies, so they are one endpoint. */
export interface Workload {
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  /** The pod template's labels (a bare Pod's own labels). */
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  /** hostNetwork pods are never selected by pod or namespace selectors (SEMANTICS §2.13). */
  readonly hostNetwork: boolean;
  /** The pod's service account (`default` when unset), which Cilium selectors can name. */
  readonly serviceAccount: string;
  /** Known pod IPs, from `status.podIP(s)` of Pod manifests. Empty for templates. */
  readonly ips: readonly string[];
  readonly source: SourceRef;
}

/** A Service: the pods its selector picks (Cilium `toServices` peers refer to them). */
export interface Service {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  /** Undefined for a Service without a selector (its endpoints are managed elsewhere). */
  readonly selector: Labels | undefined;
  /** `spec.ports`, as written (a named targetPort resolves on each selected pod). */
  readonly ports: readonly ServicePortSpec[];
  readonly source: SourceRef;
}

export interface ServicePortSpec {
  readonly name?: string;
  readonly port: number;
  /** A number, a container port's name, or undefined for the same as `port`. */
  readonly targetPort?: number | string;
  readonly protocol: Protocol;
}
