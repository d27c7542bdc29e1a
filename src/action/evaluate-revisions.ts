// Evaluating both revisions with the pure core: one cluster, or one per kustomization
// (`clusters: separate`), whose reports are also merged for counts and annotations.
import type { ManifestFile } from '../model/manifest.js';
import type { ClusterReport, DiffReport } from '../model/report.js';
import { compareClusters } from '../diff/compare-clusters.js';
import { compareRevisions, type Revision, type Timings } from '../diff/compare-revisions.js';
import type { ParsedFile } from '../manifests/parse-documents.js';
import type { RepositoryConfig } from '../policies/repository-config.js';
import type { ActionInputs } from './inputs.js';

export interface Evaluated {
  /** With separate clusters, every cluster's changes in one report. */
  readonly report: DiffReport;
  readonly clusters?: ClusterReport[];
}

export function evaluateRevisions(
  inputs: ActionInputs,
  revisions: { base: Revision; head: Revision; parse: (file: ManifestFile) => ParsedFile },
  config: RepositoryConfig | undefined,
  timings: Timings,
  log: { warning(message: string): void },
): Evaluated {
  const { base, head, parse } = revisions;
  const options = {
    defaultNamespace: inputs.defaultNamespace,
    ipBlockSelectsPods: inputs.ipBlockSelectsPods,
    podCidrs: inputs.podCidrs,
  };
  if (inputs.clusters !== 'separate') return { report: compareRevisions(base, head, options, timings, parse, config) };
  if (config !== undefined)
    log.warning(
      `netreach: ${config.file} is not evaluated with clusters: separate; its assertions and findings are not in this report`,
    );
  const clusters = compareClusters(base, head, options, parse, timings);
  return { report: mergeReports(clusters, base.label, head.label), clusters };
}

/** The report of a run where nothing that can change reachability changed. */
export function emptyReport(base: string, head: string): DiffReport {
  return { endpoints: [], changes: [], added: [], removed: [], diagnostics: [], base, head };
}

/** All clusters' changes and diagnostics in one report, for counts and annotations. */
export function mergeReports(clusters: readonly ClusterReport[], base: string, head: string): DiffReport {
  const endpoints = new Map(clusters.flatMap((c) => c.report.endpoints.map((e) => [e.id, e] as const)));
  const unique = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];
  return {
    endpoints: [...endpoints.values()],
    changes: clusters.flatMap((c) => c.report.changes),
    exposure: clusters.flatMap((c) => c.report.exposure ?? []),
    added: [...new Set(clusters.flatMap((c) => c.report.added))],
    removed: [...new Set(clusters.flatMap((c) => c.report.removed))],
    diagnostics: unique(
      clusters.flatMap((c) => c.report.diagnostics),
      (d) => `${d.code}\u0000${d.file}\u0000${d.line}\u0000${d.message}`,
    ),
    base,
    head,
  };
}
