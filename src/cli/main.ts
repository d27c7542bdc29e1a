// The CLI shell: reads the command line and the files, runs the pure pipeline, writes the
// report as it is rendered. Returns the exit status instead of exiting, so tests can call it:
// 0 report produced, 1 `--fail-on` met or no report possible, 2 usage error (DESIGN §5).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { compareClusters } from '../diff/compare-clusters.js';
import { compareRevisions, type Revision } from '../diff/compare-revisions.js';
import type { EvaluationOptions } from '../engine/options.js';
import { reach } from '../engine/reach.js';
import { GitError } from '../manifests/read-git.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { matchKustomizations } from '../manifests/kustomization-matches.js';
import { findKustomize } from '../manifests/kustomize-render.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { readRepositoryConfig, type RepositoryConfig } from '../policies/repository-config.js';
import {
  configFailure,
  effectiveFailOn,
  failureReasons,
  type FailOnCondition,
  type FailOnSummary,
} from '../report/fail-on.js';
import { renderClustersJson, renderDiffJson, renderReachJson } from '../report/json.js';
import {
  renderCheckMarkdown,
  renderClustersMarkdown,
  renderDiffMarkdown,
  renderReachMarkdown,
} from '../report/markdown.js';
import { isIncomplete, summarizeDiff } from '../report/summary.js';
import { renderDiffSarif } from '../report/sarif.js';
import { renderCheckText, renderClustersText, renderDiffText, renderReachText } from '../report/text.js';
import { USAGE, UsageError, parseCommandLine, type CommonOptions } from './args.js';
import { readGitRevisions } from './git-revisions.js';
import { overlaysInOneRevision } from '../manifests/overlays-in-one-revision.js';
import { withKustomize, type KustomizeContext } from './kustomize-revision.js';
import { writeChunks, type Sink } from './output.js';
import { PathMatchError, requireMatches } from './path-match-error.js';
import { readPaths } from './read-paths.js';

export interface CliIo {
  readonly cwd: string;
  /** Standard output; may return a promise that settles once it can take more (backpressure). */
  readonly stdout: Sink;
  readonly stderr: (text: string) => void;
  readonly version: string;
}

const MANIFEST = 'manifest file (.yaml, .yml or .json)';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        await io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        await io.stdout(`${io.version}\n`);
        return 0;
      case 'reach': {
        const ctx = await kustomizeContext(command);
        const read = await readPaths(command.paths, io.cwd);
        const root = path.resolve(io.cwd, command.paths[0] ?? '.');
        const found = (i: number) => read.found[i] === true;
        requireMatches(
          command.paths.map((p, i) => ({ path: p, base: found(i), head: found(i) })),
          { what: MANIFEST, whatPlural: 'manifest files', where: '', fix: 'check the path' },
        );
        const kustomized = matchKustomizations(root, command.kustomize);
        requireMatches(
          command.kustomize.map((p, i) => ({ path: p, base: kustomized[i] === true, head: kustomized[i] === true })),
          kustomizeWording('', command.paths[0] ?? '.'),
        );
        const revision = await withKustomize({ label: '', ...read }, root, command.kustomize, ctx);
        const report = reach(revision.files, evaluationOptions(command), revision.documents, ctx.parse);
        const withRead = { ...report, diagnostics: [...(revision.diagnostics ?? []), ...report.diagnostics] };
        await writeChunks(renderReach(withRead, command), io.stdout);
        return exitStatus(command.failOn, reachSummary(withRead), io);
      }
      case 'check': {
        const config = await loadConfig(command, io.cwd);
        if (config === undefined)
          throw new PathMatchError([
            `check needs a repository config: there is no .netreach.yaml in ${io.cwd}; write one (see the README, "Guardrails") or pass --config FILE`,
          ]);
        const ctx = await kustomizeContext(command);
        const read = await readPaths(command.paths, io.cwd);
        const root = path.resolve(io.cwd, command.paths[0] ?? '.');
        const found = (i: number) => read.found[i] === true;
        requireMatches(
          command.paths.map((p, i) => ({ path: p, base: found(i), head: found(i) })),
          { what: MANIFEST, whatPlural: 'manifest files', where: '', fix: 'check the path' },
        );
        const revision = await withKustomize({ label: command.paths.join(' '), ...read }, root, command.kustomize, ctx);
        // One revision compared with itself: every violation is there "still", every finding is
        // this revision's own.
        const compared = compareRevisions(
          withoutConfig(revision, config),
          withoutConfig(revision, config),
          evaluationOptions(command),
          undefined,
          ctx.parse,
          config,
        );
        const report = { ...compared, findings: (compared.findings ?? []).map((f) => ({ ...f, new: true })) };
        await writeChunks(renderCheck(report, command, io.version), io.stdout);
        const violations = (report.assertions ?? []).filter((a) => a.status !== 'held' && a.status !== 'fixed').length;
        const summary = {
          ...reachSummary(report),
          violations,
          oneRevision: true,
          newFindings: report.findings.length,
          configErrors: report.configErrors ?? 0,
        };
        return exitStatus(
          [...new Set<FailOnCondition>(['violated', ...command.failOn])],
          summary,
          io,
          command.failOnListed ? command.failOn : ['violated'],
          'check: ',
        );
      }
      case 'diff': {
        const ctx = await kustomizeContext(command);
        const [base, head] = await readTwoPaths(command.base, command.head, command.kustomize, io.cwd);
        const baseRevision = await withKustomize(base, path.resolve(io.cwd, command.base), command.kustomize, ctx);
        const headRevision = await withKustomize(head, path.resolve(io.cwd, command.head), command.kustomize, ctx);
        return await writeDiffs(labelled(baseRevision, ctx), labelled(headRevision, ctx), command, ctx, io);
      }
      case 'diff-git': {
        const ctx = await kustomizeContext(command);
        const [base, head] = await readGitRevisions(
          command.baseRef,
          command.rest,
          io.cwd,
          command.kustomize,
          ctx,
          command.pathsOnly,
        );
        return await writeDiffs(labelled(base, ctx), labelled(head, ctx), command, ctx, io);
      }
    }
  } catch (error) {
    return failure(error, io);
  }
}

/** The exit status and message of what stopped the run; anything else is a bug, rethrown. */
function failure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`netreach: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof PathMatchError) {
    io.stderr(error.lines.map((l) => `netreach: ${l}\n`).join(''));
    return 1;
  }
  if (error instanceof GitError) {
    io.stderr(`netreach: ${error.message}\n`);
    return 1;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') {
    const file = (error as NodeJS.ErrnoException).path ?? '';
    io.stderr(
      `netreach: cannot read ${file}: ${code === 'ENOENT' ? 'no such file or directory; check the path' : code === 'ENOTDIR' ? 'not a directory' : 'permission denied'}\n`,
    );
    return 1;
  }
  throw error;
}

/** 1 when the report meets a condition of --fail-on (or the repository config has errors),
 * saying which on stderr; else 0. */
function exitStatus(
  failOn: readonly FailOnCondition[],
  summary: FailOnSummary,
  io: CliIo,
  shown: readonly FailOnCondition[] = failOn,
  prefix = '',
): number {
  const broken = configFailure(summary);
  const reasons = [...(broken === undefined ? [] : [broken]), ...failureReasons(failOn, summary)];
  if (reasons.length === 0) return 0;
  io.stderr(`netreach: ${prefix}${reasons.join('; ')} (--fail-on ${shown.length === 0 ? 'never' : shown.join(',')})\n`);
  return 1;
}

/** --config FILE, or `.netreach.yaml` in the current directory when there is one. */
async function loadConfig(
  o: CommonOptions,
  cwd: string,
): Promise<(RepositoryConfig & { readonly text: string }) | undefined> {
  const file = o.config ?? '.netreach.yaml';
  const full = path.resolve(cwd, file);
  if (o.config === undefined && !existsSync(full)) return undefined;
  const text = await readFile(full, 'utf8');
  return { ...readRepositoryConfig({ path: file, text }), text };
}

/** The revision without the config file, when a PATH holds it: it is not a manifest. */
function withoutConfig(
  revision: Revision,
  config: { readonly file: string; readonly text: string } | undefined,
): Revision {
  if (config === undefined) return revision;
  const name = path.basename(config.file);
  const files = revision.files.filter(
    (f) => !(path.basename(f.path) === name && (f.text === config.text || f.path === config.file)),
  );
  return files.length === revision.files.length ? revision : { ...revision, files };
}

function reachSummary(report: Pick<ReachReport, 'diagnostics'>): FailOnSummary {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  return {
    opened: 0,
    closed: 0,
    incomplete: isIncomplete(report.diagnostics),
    unreadableFiles: new Set(errors.map((d) => d.file)).size,
  };
}

/** `diff BASE_PATH HEAD_PATH`: each is one revision; both empty is an error, one empty a warning. */
async function readTwoPaths(
  basePath: string,
  headPath: string,
  kustomize: readonly string[],
  cwd: string,
): Promise<[Revision, Revision]> {
  const base = await readPaths([basePath], cwd);
  const head = await readPaths([headPath], cwd);
  const baseFound = base.found[0] === true;
  const headFound = head.found[0] === true;
  if (!baseFound && !headFound)
    throw new PathMatchError([`neither ${basePath} nor ${headPath} holds a ${MANIFEST}; check the paths`]);
  const warnings: Diagnostic[] = [];
  if (baseFound !== headFound) {
    const [empty, other] = baseFound ? [headPath, basePath] : [basePath, headPath];
    warnings.push({
      code: 'PATH_IN_ONE_REVISION',
      severity: 'warning',
      file: empty,
      line: 0,
      message: `${empty} holds no ${MANIFEST}, so every workload of ${other} counts as ${baseFound ? 'removed' : 'added'}`,
      fix: `nothing to do if ${empty} is meant to be empty; otherwise check the path`,
    });
  }
  const baseKustomized = kustomize.length === 0 ? [] : matchKustomizations(path.resolve(cwd, basePath), kustomize);
  const headKustomized = kustomize.length === 0 ? [] : matchKustomizations(path.resolve(cwd, headPath), kustomize);
  const where = `in ${basePath} or ${headPath}`;
  const kustomizeWarnings = requireMatches(
    kustomize.map((p, i) => ({ path: p, base: baseKustomized[i] === true, head: headKustomized[i] === true })),
    kustomizeWording(where, 'BASE_PATH and HEAD_PATH'),
  );
  return [
    { label: basePath, files: base.files, diagnostics: base.diagnostics },
    { label: headPath, files: head.files, diagnostics: warnings.concat(kustomizeWarnings, head.diagnostics) },
  ];
}

function kustomizeWording(where: string, relativeTo: string) {
  return {
    what: 'kustomization',
    whatPlural: 'kustomizations',
    where,
    fix: `name directories that hold a kustomization.yaml, relative to ${relativeTo}`,
    prefix: '--kustomize ',
  };
}

async function kustomizeContext(o: CommonOptions): Promise<KustomizeContext & { rendered: boolean }> {
  const parse = createDocumentParser({ keepPositions: needsPositions });
  if (o.kustomize.length === 0) return { parse, tool: undefined, rendered: false };
  return { parse, tool: await findKustomize(o.kustomizeCommand), rendered: true };
}

/** Says in the revision's name which tool rendered it. */
function labelled(revision: Revision, ctx: { tool: KustomizeContext['tool']; rendered: boolean }): Revision {
  return ctx.rendered && ctx.tool !== undefined
    ? { ...revision, label: `${revision.label}, rendered with ${ctx.tool.label}` }
    : revision;
}

function evaluationOptions(o: CommonOptions): EvaluationOptions {
  return { defaultNamespace: o.defaultNamespace, ipBlockSelectsPods: o.ipBlockSelectsPods, podCidrs: o.podCidrs };
}

async function writeDiffs(
  base: Revision,
  readHead: Revision,
  o: CommonOptions,
  ctx: KustomizeContext,
  io: CliIo,
): Promise<number> {
  const config = await loadConfig(o, io.cwd);
  // A listed overlay that only one revision has is a part of the cluster added or removed.
  const oneSided = overlaysInOneRevision(base.byKustomization?.keys() ?? [], readHead.byKustomization?.keys() ?? []);
  const head =
    oneSided.length === 0 ? readHead : { ...readHead, diagnostics: [...oneSided, ...(readHead.diagnostics ?? [])] };
  if (o.clusters === 'separate') {
    if (config !== undefined)
      io.stderr(
        `netreach: ${config.file} is not evaluated with --clusters separate; its assertions and findings are not in this report\n`,
      );
    if (o.format === 'sarif') throw new UsageError('--format sarif goes with --clusters merged');
    const clusters = compareClusters(base, head, evaluationOptions(o), ctx.parse);
    await writeChunks(renderClusters(clusters, o), io.stdout);
    const summaries = clusters.map((c) => summarizeDiff(c.report));
    const sum = (f: (s: (typeof summaries)[number]) => number) => summaries.reduce((n, s) => n + f(s), 0);
    return exitStatus(
      o.failOn,
      {
        opened: sum((s) => s.opened),
        closed: sum((s) => s.closed),
        restricted: sum((s) => s.restricted),
        loosened: sum((s) => s.loosened),
        exposureOpened: sum((s) => s.exposureOpened),
        exposureClosed: sum((s) => s.exposureClosed),
        incomplete: summaries.some((s) => s.incomplete),
        unreadableFiles: sum((s) => s.unreadableFiles),
      },
      io,
    );
  }
  const report = compareRevisions(
    withoutConfig(base, config),
    withoutConfig(head, config),
    evaluationOptions(o),
    undefined,
    ctx.parse,
    config,
  );
  await writeChunks(renderDiff(report, o, io.version), io.stdout);
  const failOn = effectiveFailOn(o.failOnListed ? o.failOn : undefined, (config?.assertions.length ?? 0) > 0);
  return exitStatus(failOn, summarizeDiff(report), io);
}

function renderReach(report: ReachReport, o: CommonOptions): Iterable<string> {
  return o.format === 'json'
    ? renderReachJson(report)
    : o.format === 'markdown' || o.format === 'sarif'
      ? renderReachMarkdown(report)
      : renderReachText(report, { verbose: o.verbose });
}

function renderDiff(report: DiffReport, o: CommonOptions, version: string): Iterable<string> {
  if (o.format === 'sarif') return renderDiffSarif(report, { version });
  return o.format === 'json'
    ? renderDiffJson(report)
    : o.format === 'markdown'
      ? renderDiffMarkdown(report)
      : renderDiffText(report, { verbose: o.verbose });
}

function renderCheck(report: DiffReport, o: CommonOptions, version: string): Iterable<string> {
  if (o.format === 'sarif') return renderDiffSarif(report, { version });
  return o.format === 'json'
    ? renderDiffJson(report)
    : o.format === 'markdown'
      ? renderCheckMarkdown(report)
      : renderCheckText(report);
}

function renderClusters(clusters: readonly ClusterReport[], o: CommonOptions): Iterable<string> {
  return o.format === 'json'
    ? renderClustersJson(clusters)
    : o.format === 'markdown'
      ? renderClustersMarkdown(clusters)
      : renderClustersText(clusters, { verbose: o.verbose });
}
