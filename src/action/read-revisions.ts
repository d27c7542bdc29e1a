// Reading both revisions: the Kustomize trees and what the overlays depend on, whether the change
// can matter at all (relevance), and each revision's manifests (plain files, rendered overlays),
// with the input warnings that belong to head.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';
import type { Revision } from '../diff/compare-revisions.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { KUSTOMIZATION_NAMES, readKustomizationGraph } from '../manifests/kustomization-graph.js';
import { matchKustomizations } from '../manifests/kustomization-matches.js';
import { findKustomize } from '../manifests/kustomize-render.js';
import { createDocumentParser, type ParsedFile } from '../manifests/parse-documents.js';
import { overlaysInOneRevision } from '../manifests/overlays-in-one-revision.js';
import { mayAffectReachability } from '../manifests/relevance.js';
import {
  diskSource,
  expandKustomizations,
  readPlainKustomizations,
  renderKustomizations,
} from '../manifests/render-kustomizations.js';
import { InputError, type ActionInputs } from './inputs.js';
import { checkKustomizations } from './path-check.js';
import type { PathFilter } from './path-filter.js';
import type { RevisionSource } from './revision-source.js';

/** Above this many changed manifests, relevance is assumed rather than checked file by file. */
const RELEVANCE_CHECK_LIMIT = 100;

export type ReadOutcome =
  /** An input selects nothing: the run fails with this message. */
  | { readonly kind: 'failed'; readonly message: string }
  /** Nothing that can change reachability changed. */
  | { readonly kind: 'irrelevant' }
  | {
      readonly kind: 'read';
      readonly base: Revision;
      readonly head: Revision;
      readonly parse: (file: ManifestFile) => ParsedFile;
    };

export interface ReadRequest {
  readonly inputs: ActionInputs;
  readonly source: RevisionSource;
  readonly filter: PathFilter;
  readonly commits: { readonly base: string; readonly head: string };
  readonly changedFiles: readonly string[] | undefined;
  /** With a repository config, the guardrails are checked on every run: always relevant. */
  readonly hasConfig: boolean;
  /** Warnings about the inputs (paths that match in one revision only), reported with head. */
  readonly pathWarnings: readonly Diagnostic[];
  /** Where to check out the trees Kustomize renders. */
  readonly temp: string;
}

export async function readRevisions(
  request: ReadRequest,
  log: { info(message: string): void; notice(message: string): void },
): Promise<ReadOutcome> {
  const { inputs, source, filter, commits, changedFiles } = request;
  const kustomize =
    inputs.kustomize.length === 0
      ? undefined
      : await prepareKustomize(source, inputs.kustomize, commits.base, commits.head, request.temp);
  const kustomizeCheck =
    kustomize === undefined
      ? undefined
      : checkKustomizations(inputs.kustomize, kustomize.matches.base, kustomize.matches.head, { source, commits });
  if (kustomizeCheck?.failure !== undefined) return { kind: 'failed', message: kustomizeCheck.failure };
  const inputWarnings = [...request.pathWarnings, ...(kustomizeCheck?.warnings ?? [])];
  const touchesOverlay =
    kustomize !== undefined && changedFiles !== undefined && changedFiles.some((f) => kustomize.dependencies.has(f));
  if (kustomize === undefined && changedFiles?.some((f) => KUSTOMIZATION_NAMES.includes(path.posix.basename(f)))) {
    log.notice(
      'netreach: this pull request changes a kustomization.yaml; set the kustomize input to evaluate what the overlays render, not the files as they are',
    );
  }
  const relevant =
    touchesOverlay ||
    request.hasConfig ||
    (await hasRelevantChange(source, filter, commits.base, commits.head, changedFiles));
  if (!relevant) return { kind: 'irrelevant' };

  const parse = createDocumentParser({ keepPositions: needsPositions });
  const tool = kustomize === undefined ? undefined : await findKustomize();
  if (kustomize !== undefined)
    log.info(
      `netreach: rendering ${kustomize.dirs.join(', ')} with ${tool?.label ?? 'nothing (neither kustomize nor kubectl is installed)'}`,
    );
  const read = async (commit: string, which: 'base' | 'head'): Promise<Revision> => {
    const files = await source.readRevision(commit, which, filter);
    // Without the input, kustomizations are read as plain files, their patches left out.
    const plain =
      kustomize === undefined
        ? readPlainKustomizations(files.files, 'set the kustomize input to')
        : { files: files.files, diagnostics: [] };
    const revision: Revision = {
      label: commit,
      ...files,
      files: plain.files,
      diagnostics: [...(which === 'head' ? inputWarnings : []), ...files.diagnostics, ...plain.diagnostics],
    };
    if (kustomize === undefined) return revision;
    const rendered = await renderKustomizations(
      kustomize.trees[which],
      kustomize.dirs,
      parse,
      tool,
      revision.files.map((f) => f.path),
    );
    return {
      ...revision,
      // Files of any kustomization (listed or not, Components too) are not plain manifests.
      files: revision.files.filter((f) => !rendered.owns(f.path)),
      documents: rendered.documents,
      byKustomization: rendered.byKustomization,
      diagnostics: [...(revision.diagnostics ?? []), ...rendered.diagnostics],
    };
  };
  const [base, headRead] = await Promise.all([read(commits.base, 'base'), read(commits.head, 'head')]);
  // A listed overlay in one revision only is a cluster part added or removed: a warning, not an error.
  const oneSided = overlaysInOneRevision(base.byKustomization?.keys() ?? [], headRead.byKustomization?.keys() ?? []);
  const head =
    oneSided.length === 0 ? headRead : { ...headRead, diagnostics: [...oneSided, ...(headRead.diagnostics ?? [])] };
  return { kind: 'read', base, head, parse };
}

/** Checks out both trees for Kustomize and reads which files the overlays depend on. */
async function prepareKustomize(
  source: RevisionSource,
  patterns: readonly string[],
  base: string,
  head: string,
  temp: string,
) {
  const trees = { base: await source.checkout(base, 'base', temp), head: await source.checkout(head, 'head', temp) };
  if (trees.base === undefined || trees.head === undefined) {
    throw new InputError(
      'the kustomize input needs the repository checked out: use actions/checkout and source: git (or render in an earlier step and use source: dirs)',
    );
  }
  const dirs = [
    ...new Set([...expandKustomizations(trees.base, patterns), ...expandKustomizations(trees.head, patterns)]),
  ].sort();
  const dependencies = new Set<string>();
  for (const tree of [trees.base, trees.head]) {
    for (const dir of dirs) for (const f of readKustomizationGraph(dir, diskSource(tree)).files) dependencies.add(f);
  }
  const matches = { base: matchKustomizations(trees.base, patterns), head: matchKustomizations(trees.head, patterns) };
  return { trees: trees as { base: string; head: string }, dirs, dependencies, matches };
}

/** Whether a changed file (within the paths) may change reachability, read in either revision. */
export async function hasRelevantChange(
  source: RevisionSource,
  filter: (p: string) => boolean,
  base: string,
  head: string,
  changed: readonly string[] | undefined,
): Promise<boolean> {
  if (changed === undefined) return true;
  const candidates = changed.filter(filter);
  if (candidates.length === 0) return false;
  if (candidates.length > RELEVANCE_CHECK_LIMIT) return true;
  for (const file of candidates) {
    for (const commit of [base, head]) {
      const text = await source.readFile(commit, file);
      if (text !== undefined && mayAffectReachability(text)) return true;
    }
  }
  return false;
}
