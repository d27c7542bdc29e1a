// Adds what Kustomize renders to a revision read from disk: the rendered objects (with their
// provenance), with the files of every kustomization of the tree (listed or not, Components
// too) no longer read as plain manifests.
import type { Revision } from '../diff/compare-revisions.js';
import type { KustomizeTool } from '../manifests/kustomize-render.js';
import type { ParsedFile } from '../manifests/parse-documents.js';
import {
  expandKustomizations,
  readPlainKustomizations,
  renderKustomizations,
} from '../manifests/render-kustomizations.js';
import type { ManifestFile } from '../model/manifest.js';

export interface KustomizeContext {
  readonly parse: (file: ManifestFile) => ParsedFile;
  readonly tool: KustomizeTool | undefined;
}

/**
 * `root` is the revision on disk; file names of `revision` are relative to it; `patterns` name
 * kustomization directories relative to it (globs allowed). Without patterns, kustomizations
 * among the files get a warning that suggests --kustomize, and their patches are left out.
 */
export async function withKustomize(
  revision: Revision,
  root: string,
  patterns: readonly string[],
  ctx: KustomizeContext | undefined,
): Promise<Revision> {
  if (patterns.length === 0 || ctx === undefined) {
    const plain = readPlainKustomizations(revision.files, 'render it with --kustomize');
    return { ...revision, files: plain.files, diagnostics: [...(revision.diagnostics ?? []), ...plain.diagnostics] };
  }
  // A pattern that matches nothing in either revision is the shell's to report (it stops the run).
  const rendered = await renderKustomizations(
    root,
    expandKustomizations(root, patterns),
    ctx.parse,
    ctx.tool,
    revision.files.map((f) => f.path),
  );
  return {
    ...revision,
    files: revision.files.filter((f) => !rendered.owns(f.path)),
    diagnostics: [...(revision.diagnostics ?? []), ...rendered.diagnostics],
    documents: [...(revision.documents ?? []), ...rendered.documents],
    byKustomization: rendered.byKustomization,
  };
}
