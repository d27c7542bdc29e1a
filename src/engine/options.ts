// The implementation-defined choices of evaluation, in one value (SEMANTICS, decisions table).
import type { IpSet } from '../model/ip.js';

export interface EvaluationOptions {
  /** Namespace of manifests without metadata.namespace. */
  readonly defaultNamespace: string;
  /** Whether ipBlocks also match pods whose IP they cover (Calico-style). Default false, as
   * Cilium and GKE Dataplane V2 behave. */
  readonly ipBlockSelectsPods: boolean;
  /** The cluster's pod ranges: not part of the outside world, and used to decide whether an
   * ipBlock covers pods without known IPs when `ipBlockSelectsPods` is on. */
  readonly podCidrs: IpSet;
}

export const DEFAULT_EVALUATION_OPTIONS: EvaluationOptions = {
  defaultNamespace: 'default',
  ipBlockSelectsPods: false,
  podCidrs: [],
};
