// What Calico policies read besides themselves (docs/semantics-calico.md §1–§2): tiers and the
// address sets of NetworkSets and GlobalNetworkSets.
import type { IpSet } from './ip.js';
import type { Labels } from './labels.js';
import type { SourceRef } from './source.js';

export interface CalicoTier {
  readonly name: string;
  /** Infinity when the Tier has no order (it comes last). */
  readonly order: number;
  /** What happens to traffic that a policy of the tier selects but no rule of it decides. */
  readonly defaultAction: 'deny' | 'pass';
  /** Where the Tier is written; undefined for the built-in `default` tier. */
  readonly source?: SourceRef;
}

export interface CalicoNetworkSet {
  readonly kind: 'NetworkSet' | 'GlobalNetworkSet';
  /** Undefined for a GlobalNetworkSet. */
  readonly namespace?: string;
  readonly name: string;
  readonly labels: Labels;
  readonly nets: IpSet;
  readonly source: SourceRef;
}
