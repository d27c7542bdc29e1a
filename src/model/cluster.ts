// Everything netreach knows about one revision of a repository.
import type { Diagnostic } from './diagnostic.js';
import type { Policy } from './rule.js';
import type { Namespace, Service, Workload } from './workload.js';

export interface ClusterModel {
  readonly namespaces: ReadonlyMap<string, Namespace>;
  readonly workloads: readonly Workload[];
  readonly services: readonly Service[];
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
}
