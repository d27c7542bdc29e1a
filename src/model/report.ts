// What the renderers take: the result of `reach` (one revision) or `diff` (two).
import type { Change, Connection, Exposure, RemainingAccess } from './change.js';
import type { Diagnostic } from './diagnostic.js';
import type { Endpoint } from './endpoint.js';
import type { AssertionOutcome, Finding } from './guardrail.js';

export interface ReachReport {
  readonly endpoints: readonly Endpoint[];
  readonly connections: readonly Connection[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface DiffReport {
  readonly endpoints: readonly Endpoint[];
  readonly changes: readonly Change[];
  /** What changed towards peers beyond the manifests' workloads (outside the cluster, every
   * namespace, namespaces and pods not in the manifests); riskiest first. */
  readonly exposure?: readonly Exposure[];
  /** For destinations that lost sources or ports: who reaches them now and before. */
  readonly remaining?: readonly RemainingAccess[];
  /** Destinations that lost sources but were left out of `remaining` (a work bound). */
  readonly remainingNotWorkedOut?: number;
  /** Ids of workloads that only head has, and that only base has. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Ids of `added` and `removed` workloads that one revision could not read (a refused or
   * unreadable manifest), so they may not really come or go; absent when none. */
  readonly unreadable?: readonly string[];
  /** Diagnostics of both revisions; those of head first, duplicates removed. */
  readonly diagnostics: readonly Diagnostic[];
  /** How to name the two revisions to a reader (paths, refs or SHAs). */
  readonly base: string;
  readonly head: string;
  /** With a repository config (even one without assertions): each assertion's outcome, in the
   * config's order. Absent without a config. */
  readonly assertions?: readonly AssertionOutcome[];
  /** With a repository config: the head revision's findings (`new` when base lacks them). */
  readonly findings?: readonly Finding[];
  /** With a repository config: its path, as its diagnostics name it. */
  readonly configFile?: string;
  /** With a repository config: how many errors it has (each among the diagnostics); any fails
   * the check. */
  readonly configErrors?: number;
  /** Head's Calico staged policies, each evaluated as if enforced on top of head: what enforcing
   * it would close and open. Absent when head has none. */
  readonly staged?: readonly StagedPreview[];
}

/** What enforcing one staged policy would change, compared with head as it is. */
export interface StagedPreview {
  /** `StagedNetworkPolicy shop/frontend-lockdown`. */
  readonly policy: string;
  readonly file: string;
  readonly line: number;
  /** The changes from head to head with the policy enforced (closed ports, opened ports). */
  readonly changes: readonly Change[];
}

/** One report per cluster, when each kustomization is evaluated as a cluster of its own. */
export interface ClusterReport {
  /** The kustomization directory, or `plain manifests`. */
  readonly name: string;
  readonly report: DiffReport;
}
