// The action: finds the pull request's revisions, reads every manifest of both, evaluates and
// diffs them with the pure core, then publishes: job summary, outputs, annotations, the one
// comment, and the job's result. Everything from the runtime comes in through `io`.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Reason } from '../model/change.js';
import type { ClusterReport, DiffReport } from '../model/report.js';
import { compareClusters } from '../diff/compare-clusters.js';
import { compareRevisions, type Revision, type Timings } from '../diff/compare-revisions.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { KUSTOMIZATION_NAMES, readKustomizationGraph } from '../manifests/kustomization-graph.js';
import { matchKustomizations } from '../manifests/kustomization-matches.js';
import { findKustomize } from '../manifests/kustomize-render.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { overlaysInOneRevision } from '../manifests/overlays-in-one-revision.js';
import { mayAffectReachability } from '../manifests/relevance.js';
import {
  diskSource,
  expandKustomizations,
  readPlainKustomizations,
  renderKustomizations,
} from '../manifests/render-kustomizations.js';
import { COMMENT_LIMIT, renderClustersComment, renderComment, type CommentOptions } from '../report/comment.js';
import { batchChunks } from '../report/batch-chunks.js';
import { configFailure, effectiveFailOn, failureReasons } from '../report/fail-on.js';
import { renderClustersJson, renderDiffJson } from '../report/json.js';
import { renderDiffSarif } from '../report/sarif.js';
import { summarizeDiff } from '../report/summary.js';
import { selectAnnotations, type Annotation } from './annotations.js';
import { createApiSource } from './api-source.js';
import { writeMarker } from './comment-marker.js';
import { readActionConfig } from './config-source.js';
import { planComment, type CommentAction } from './comment-plan.js';
import { phaseTimesLine } from './phase-times.js';
import { createDirsSource } from './dirs-source.js';
import { planRevisions, type RunContext } from './event.js';
import { createGitSource } from './git-source.js';
import { GitHubApiError, type GitHubApi } from './github-api.js';
import { InputError, type ActionInputs } from './inputs.js';
import { checkKustomizations, checkPaths } from './path-check.js';
import { createPathFilter } from './path-filter.js';
import type { RevisionSource } from './revision-source.js';

export interface ActionIo {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** A directory for the report files (RUNNER_TEMP). */
  readonly tempDir: string;
  readonly version: string;
}

/** GitHub's limit on the job summary of one step. */
const SUMMARY_LIMIT = 1_000_000;
/** Above this many changed manifests, relevance is assumed rather than checked file by file. */
const RELEVANCE_CHECK_LIMIT = 100;

export async function run(
  inputs: ActionInputs,
  context: RunContext,
  io: ActionIo,
  makeApi: (token: string) => GitHubApi,
): Promise<void> {
  const plan = planRevisions(context, inputs);
  const api = inputs.githubToken === '' ? undefined : makeApi(inputs.githubToken);
  const needApi = () => {
    if (api === undefined)
      throw new GitHubApiError(
        'this needs the GitHub API, but github-token is empty: leave the input unset to use the workflow token',
        undefined,
      );
    return api;
  };

  const pull =
    plan.prNumber !== undefined && (plan.headSha === undefined || plan.baseSha === undefined)
      ? await needApi().getPull(plan.prNumber)
      : undefined;
  const source = chooseSource(inputs, context, api, io);
  const headCommit = await source.resolveCommit(plan.headRef ?? plan.headSha ?? pull?.headSha ?? 'HEAD');
  let baseCommit: string;
  let baseWhat: string;
  let changedFiles: readonly string[] | undefined;
  if (plan.baseRef !== undefined) {
    baseCommit = await source.resolveCommit(plan.baseRef);
    baseWhat = plan.baseRef;
    changedFiles = source.name === 'dirs' ? undefined : (await source.compare(baseCommit, headCommit)).changedFiles;
  } else {
    const tip = plan.baseSha ?? pull?.baseSha;
    if (tip === undefined) throw new GitHubApiError('the pull request has no base commit', undefined);
    const compared = await source.compare(await source.resolveCommit(tip), headCommit);
    baseCommit = compared.mergeBase;
    changedFiles = compared.changedFiles;
    const payloadRef = record(record(context.payload.pull_request)?.base)?.ref;
    baseWhat = `merge base with ${pull?.baseRef ?? (typeof payloadRef === 'string' ? payloadRef : 'the base branch')}`;
  }
  io.info(
    `netreach: comparing ${baseCommit.slice(0, 12)} (${baseWhat}) with ${headCommit.slice(0, 12)} (head), manifests read with the ${source.name} source`,
  );

  const configRead = await readActionConfig(inputs, source, headCommit, context.workspace);
  if ('failure' in configRead) {
    io.setFailed(`netreach: ${configRead.failure}`);
    return;
  }
  const { config } = configRead;
  // The config is not a manifest.
  const filter = createPathFilter(inputs.paths, [
    ...inputs.excludePaths,
    ...(config === undefined ? [] : [config.file]),
  ]);
  const commits = { base: baseCommit, head: headCommit };
  // A glob that selects nothing must fail before relevance is judged: no file, no change.
  const pathCheck = await checkPaths(source, inputs.paths, filter, commits);
  if (pathCheck.failure !== undefined) {
    io.setFailed(`netreach: ${pathCheck.failure}`);
    return;
  }
  const temp = await mkdtemp(path.join(io.tempDir, 'netreach-trees-'));
  let report: DiffReport;
  let clusters: ClusterReport[] | undefined;
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0, workloads: 0, policies: 0 };
  try {
    // Kustomize: both trees on disk, and the files each overlay depends on.
    const kustomize =
      inputs.kustomize.length === 0
        ? undefined
        : await prepareKustomize(source, inputs.kustomize, baseCommit, headCommit, temp);
    const kustomizeCheck =
      kustomize === undefined
        ? undefined
        : checkKustomizations(inputs.kustomize, kustomize.matches.base, kustomize.matches.head, { source, commits });
    if (kustomizeCheck?.failure !== undefined) {
      io.setFailed(`netreach: ${kustomizeCheck.failure}`);
      return;
    }
    const inputWarnings = [...pathCheck.warnings, ...(kustomizeCheck?.warnings ?? [])];
    const touchesOverlay =
      kustomize !== undefined && changedFiles !== undefined && changedFiles.some((f) => kustomize.dependencies.has(f));
    if (kustomize === undefined && changedFiles?.some((f) => KUSTOMIZATION_NAMES.includes(path.posix.basename(f)))) {
      io.notice(
        'netreach: this pull request changes a kustomization.yaml; set the kustomize input to evaluate what the overlays render, not the files as they are',
      );
    }
    // With a config, the guardrails are checked on every run.
    const relevant =
      touchesOverlay ||
      config !== undefined ||
      (await hasRelevantChange(source, filter, baseCommit, headCommit, changedFiles));
    if (!relevant) {
      io.notice(
        `netreach: no policy, namespace or workload manifest changed between ${baseCommit.slice(0, 12)} and ${headCommit.slice(0, 12)}; nothing to evaluate`,
      );
      report = {
        endpoints: [],
        changes: [],
        added: [],
        removed: [],
        diagnostics: [],
        base: baseCommit,
        head: headCommit,
      };
    } else {
      const parse = createDocumentParser({ keepPositions: needsPositions });
      const tool = kustomize === undefined ? undefined : await findKustomize();
      if (kustomize !== undefined)
        io.info(
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
      const [base, headRead] = await Promise.all([read(baseCommit, 'base'), read(headCommit, 'head')]);
      // A listed overlay in one revision only is a cluster part added or removed: a warning, not an error.
      const oneSided = overlaysInOneRevision(
        base.byKustomization?.keys() ?? [],
        headRead.byKustomization?.keys() ?? [],
      );
      const head =
        oneSided.length === 0 ? headRead : { ...headRead, diagnostics: [...oneSided, ...(headRead.diagnostics ?? [])] };
      const options = {
        defaultNamespace: inputs.defaultNamespace,
        ipBlockSelectsPods: inputs.ipBlockSelectsPods,
        podCidrs: inputs.podCidrs,
      };
      if (inputs.clusters === 'separate') {
        if (config !== undefined)
          io.warning(
            `netreach: ${config.file} is not evaluated with clusters: separate; its assertions and findings are not in this report`,
          );
        clusters = compareClusters(base, head, options, parse, timings);
        report = mergeReports(clusters, baseCommit, headCommit);
      } else {
        report = compareRevisions(base, head, options, timings, parse, config);
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  // With separate clusters, `report` holds every cluster's changes (for counts and annotations).
  const summary = summarizeDiff(report);

  // Links to rules: only for files that are in the repository (not rendered directories).
  const repoUrl = `${context.serverUrl}/${context.owner}/${context.repo}`;
  const linkTo =
    source.name === 'dirs'
      ? undefined
      : (r: Reason) =>
          `${repoUrl}/blob/${r.revision === 'head' ? headCommit : baseCommit}/${r.file.split('/').map(urlSegment).join('/')}${r.line > 0 ? `#L${r.line}` : ''}`;
  const commitLink = (sha: string) => `[\`${sha.slice(0, 7)}\`](${repoUrl}/commit/${sha})`;
  const footer = [
    `<sub>Compared ${commitLink(baseCommit)} (${escapeFooter(baseWhat)}) with ${commitLink(headCommit)}${source.name === 'dirs' ? ', as rendered' : ''}. netreach ${io.version}${context.runUrl ? ` · [job summary](${context.runUrl})` : ''}</sub>`,
  ];
  const renderStart = performance.now();
  const hasChanges =
    report.changes.length > 0 ||
    (report.exposure ?? []).length > 0 ||
    summary.incomplete ||
    summary.violations + summary.newFindings + summary.configErrors > 0 ||
    (report.assertions ?? []).some((a) => a.status !== 'held');
  const marker = writeMarker({ key: inputs.commentKey, base: baseCommit, head: headCommit });
  const render = (options: CommentOptions) =>
    clusters === undefined ? renderComment(report, options) : renderClustersComment(clusters, options);
  const body = hasChanges
    ? render({
        header: marker,
        ...(linkTo ? { linkTo } : {}),
        footer,
        ...(context.runUrl ? { fullReportUrl: context.runUrl } : {}),
        maxLength: COMMENT_LIMIT,
      })
    : `${marker}\n### netreach: no reachability changes as of ${commitLink(headCommit)}\n\n${report.assertions === undefined ? '' : `**Guardrails:** ${report.assertions.length} ${report.assertions.length === 1 ? 'assertion holds' : 'assertions hold'}, no new finding.\n\n`}---\n${footer.join('\n')}\n`;

  // Files, outputs and the job summary.
  const dir = path.join(io.tempDir, `netreach-${inputs.commentKey.replace(/[^A-Za-z0-9._-]/g, '_')}`);
  await mkdir(dir, { recursive: true });
  const jsonPath = path.join(dir, 'report.json');
  const markdownPath = path.join(dir, 'report.md');
  const full = render({ ...(linkTo ? { linkTo } : {}), footer, maxLength: SUMMARY_LIMIT });
  await writeReportFile(jsonPath, clusters === undefined ? renderDiffJson(report) : renderClustersJson(clusters));
  await writeFile(markdownPath, full);
  io.info(phaseTimesLine(timings, performance.now() - renderStart, report.changes.length));
  await io.writeSummary(full);
  io.setOutput('changed', String(report.changes.length > 0));
  io.setOutput('opened-count', String(summary.opened));
  io.setOutput('closed-count', String(summary.closed));
  io.setOutput('report-json', jsonPath);
  io.setOutput('report-markdown', markdownPath);
  const headDir =
    source.name === 'dirs' && inputs.headDir !== undefined
      ? path.relative(context.workspace, path.resolve(context.workspace, inputs.headDir))
      : undefined;
  const fileOf = (file: string) =>
    headDir === undefined || file === config?.file ? file : path.posix.join(headDir.split(path.sep).join('/'), file);
  const sarifPath = path.join(dir, 'report.sarif');
  if (report.assertions !== undefined)
    await writeReportFile(sarifPath, renderDiffSarif(report, { version: io.version, fileOf }));
  io.setOutput('sarif-file', report.assertions === undefined ? '' : sarifPath);

  if (inputs.annotations) {
    for (const a of selectAnnotations(report, fileOf)) io.annotate(a);
  }

  // The comment.
  let commentUrl = '';
  if (plan.prNumber !== undefined && inputs.comment !== 'off') {
    commentUrl = await publishComment(
      needApi(),
      plan.prNumber,
      inputs,
      { body, hasChanges, headCommit, explicitHead: plan.headRef !== undefined },
      io,
    );
  } else if (plan.prNumber === undefined && inputs.comment !== 'off') {
    io.info('netreach: no pull request, so no comment; the report is in the job summary');
  }
  io.setOutput('comment-url', commentUrl);

  // The job's result: every listed condition the report meets.
  const failOn = effectiveFailOn(inputs.failOnListed ? inputs.failOn : undefined, (config?.assertions.length ?? 0) > 0);
  const broken = configFailure(summary);
  const reasons = [...(broken === undefined ? [] : [broken]), ...failureReasons(failOn, summary)];
  if (reasons.length > 0)
    io.setFailed(`netreach: ${reasons.join('; ')} (fail-on: ${failOn.length === 0 ? 'never' : failOn.join(', ')})`);
}

/** Writes a report as it is rendered: a JSON report of millions of paths is never one string. */
async function writeReportFile(file: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const piece of batchChunks(chunks)) await handle.write(piece);
  } finally {
    await handle.close();
  }
}

/** All clusters' changes and diagnostics in one report, for counts and annotations. */
function mergeReports(clusters: readonly ClusterReport[], base: string, head: string): DiffReport {
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

function chooseSource(
  inputs: ActionInputs,
  context: RunContext,
  api: GitHubApi | undefined,
  io: ActionIo,
): RevisionSource {
  let source = inputs.source;
  if (source === 'auto') {
    source = inputs.baseDir !== undefined ? 'dirs' : existsSync(path.join(context.workspace, '.git')) ? 'git' : 'api';
    io.info(
      `netreach: source auto chose ${source} (${source === 'dirs' ? 'base-dir and head-dir are set' : source === 'git' ? 'the workspace is a git checkout' : 'the workspace has no checkout'})`,
    );
  }
  if (source === 'dirs') return createDirsSource(context.workspace, inputs.baseDir as string, inputs.headDir as string);
  if (source === 'git') return createGitSource(context.workspace, api, (m) => io.info(`netreach: ${m}`));
  if (api === undefined) throw new GitHubApiError('source: api needs a github-token', undefined);
  return createApiSource(api);
}

async function hasRelevantChange(
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

async function publishComment(
  api: GitHubApi,
  pr: number,
  inputs: ActionInputs,
  result: { body: string; hasChanges: boolean; headCommit: string; explicitHead: boolean },
  io: ActionIo,
): Promise<string> {
  try {
    const comments = await api.listComments(pr);
    // An older run must never overwrite a newer head's result.
    const isCurrentHead = result.explicitHead || (await api.getPull(pr)).headSha === result.headCommit;
    const action: CommentAction = planComment({
      mode: inputs.comment,
      onNoChange: inputs.commentOnNoChange,
      key: inputs.commentKey,
      hasChanges: result.hasChanges,
      body: result.body,
      comments,
      isCurrentHead,
    });
    switch (action.kind) {
      case 'none':
        io.info(`netreach: comment left as it is: ${action.reason}`);
        return action.existing?.url ?? '';
      case 'create': {
        const created = await api.createComment(pr, result.body);
        io.info(`netreach: commented: ${created.url}`);
        return created.url;
      }
      case 'update': {
        const updated = await api.updateComment(action.existing.id, result.body);
        io.info(`netreach: updated the comment: ${updated.url}`);
        return updated.url;
      }
      case 'recreate': {
        for (const old of action.existing) await api.deleteComment(old.id);
        const created = await api.createComment(pr, result.body);
        io.info(`netreach: recreated the comment: ${created.url}`);
        return created.url;
      }
    }
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403) {
      io.warning(
        `netreach: cannot comment on #${pr}: ${error.message}. The job summary, annotations and result are unaffected. For pull requests from forks, use the two-workflow setup in the README.`,
      );
      return '';
    }
    throw error;
  }
}

/** A path segment for a Markdown link: parentheses too, so a file name cannot end the link. */
function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeFooter(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._/-]/g, '');
}

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
}
