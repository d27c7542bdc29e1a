// The two ends of a connection: a workload in the cluster, or a range of addresses outside it.
import type { IpSet } from './ip.js';
import type { WorkloadKind } from './workload.js';

export interface WorkloadEndpoint {
  readonly type: 'workload';
  /** `namespace/name`, or `namespace/name[Kind]` where two workloads share that name. */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
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

export type Endpoint = WorkloadEndpoint | ExternalEndpoint;

