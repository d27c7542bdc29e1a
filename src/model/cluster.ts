// Everything netreach knows about one revision of a repository.
import type { CalicoTier } from './calico.js';
import type { Diagnostic } from './diagnostic.js';
import type { DocumentPath, ManifestDocument } from './manifest.js';
import type { Policy } from './rule.js';
import type { Namespace, Service, Workload } from './workload.js';

export interface ClusterModel {
  readonly namespaces: ReadonlyMap<string, Namespace>;
  readonly workloads: readonly Workload[];
  readonly services: readonly Service[];
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
  /** Every object that made it into the model (not rejected), with where it was read: what a
   * revision that could not read the same object is compared against. */
  readonly objects: readonly ReadObject[];
  /** Calico's tiers by name (with the built-in `default`), when some policy is in one. */
  readonly calicoTiers?: ReadonlyMap<string, CalicoTier>;
  /** Calico Staged* policies: not enforced, so not in `policies`; what enforcing them would do is
   * reported apart. */
  readonly stagedPolicies?: readonly Policy[];
}

/** One object of the manifests that the model holds. */
export interface ReadObject {
  /** `Kind namespace/name`, or `Kind name` for a cluster-scoped object: its identity across
   * revisions. */
  readonly key: string;
  readonly file: string;
  /** 1-based line where the object starts. */
  readonly line: number;
  /** The document it was read from, and its path there (non-empty for List items). */
  readonly document: ManifestDocument;
  readonly path: DocumentPath;
  readonly value: unknown;
}
