// Compares two revisions as several clusters: each rendered kustomization is a cluster of its
// own (prod and staging overlays are not one imaginary cluster), and the plain manifests, which
// no overlay renders, belong to every cluster (shared platform manifests).
import type { ClusterReport } from '../model/report.js';
import type { EvaluationOptions } from '../engine/options.js';
import type { ManifestFile } from '../model/manifest.js';
import type { ParsedFile } from '../manifests/parse-documents.js';
import { compareRevisions, type Revision, type Timings } from './compare-revisions.js';

export function compareClusters(
  base: Revision,
  head: Revision,
  options: EvaluationOptions,
  parse: (file: ManifestFile) => ParsedFile,
  timings?: Timings,
): ClusterReport[] {
  const names = [...new Set([...(base.byKustomization?.keys() ?? []), ...(head.byKustomization?.keys() ?? [])])].sort();
  const inside = (name: string, file: string) => file === name || file.startsWith(`${name}/`);
  // A diagnostic about one kustomization goes to its cluster; the others, to every cluster.
  const part = (revision: Revision, name: string): Revision => ({
    label: revision.label,
    files: revision.files,
    documents: revision.byKustomization?.get(name) ?? [],
    diagnostics: (revision.diagnostics ?? []).filter(
      (d) => inside(name, d.file) || !names.some((other) => inside(other, d.file)),
    ),
  });
  return names.map((name) => ({
    name,
    report: compareRevisions(part(base, name), part(head, name), options, timings, parse),
  }));
}
