// The two ends of a connection: a workload in the cluster, or a range of addresses outside it.
import type { IpSet } from './ip.js';
import type { EntityName } from './rule.js';
import type { Protocol } from './ports.js';
import type { WorkloadKind } from './workload.js';

export interface WorkloadEndpoint {
  readonly type: 'workload';
  /** `namespace/name`, or `namespace/name[Kind]` where two workloads share that name. */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  /** The Services that select the workload (in either revision), with the ports they forward to
   * it; absent when none does. */
  readonly services?: readonly ServicePort[];
}

/** A port of a Service, resolved to the workload's port it forwards to. */
export interface ServicePort {
  readonly service: string;
  /** The Service port's name, when it has one. */
  readonly name?: string;
  readonly port: number;
  readonly targetPort: number;
  readonly protocol: Protocol;
}

/**
 * One part of the address space outside the cluster: the coarsest partition that the
 * policies' CIDRs (with their excepts) can tell apart. A part may hold several ranges.
 */
export interface ExternalEndpoint {
  readonly type: 'external';
  /** `ip:` and the part's CIDRs, comma-separated. */
  readonly id: string;
  readonly ranges: IpSet;
}

/** A Cilium entity (`entity:host`, `entity:kube-apiserver`, …): traffic to and from it is
 * evaluated on the pod's side only. */
export interface EntityEndpoint {
  readonly type: 'entity';
  /** `entity:` and the entity's name. */
  readonly id: string;
  readonly name: EntityName;
}

/** A DNS name or pattern of a Cilium `toFQDNs` rule: which addresses it stands for is learnt
 * from DNS answers at run time. */
export interface DnsEndpoint {
  readonly type: 'dns';
  /** `dns:` and the name or pattern. */
  readonly id: string;
  readonly pattern: string;
}

export type Endpoint = WorkloadEndpoint | ExternalEndpoint | EntityEndpoint | DnsEndpoint;
