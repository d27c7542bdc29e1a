// The CLI shell: reads the command line and the files, runs the pure pipeline, writes the
// report. Returns the exit status instead of exiting, so tests can call it.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';
import { compareClusters } from '../diff/compare-clusters.js';
import { compareRevisions, type Revision } from '../diff/compare-revisions.js';
import type { EvaluationOptions } from '../engine/options.js';
import { reach } from '../engine/reach.js';
import { GitError, readGitRevision, resolveCommit } from '../manifests/read-git.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { findKustomize } from '../manifests/kustomize-render.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { readManifestPath } from '../manifests/read-directory.js';
import { renderClustersJson, renderDiffJson, renderReachJson } from '../report/json.js';
import { renderClustersMarkdown, renderDiffMarkdown, renderReachMarkdown } from '../report/markdown.js';
import { renderClustersText, renderDiffText, renderReachText } from '../report/text.js';
import { USAGE, UsageError, parseCommandLine, type CommonOptions } from './args.js';
import { withKustomize, type KustomizeContext } from './kustomize-revision.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly version: string;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        io.stdout(`${io.version}\n`);
        return 0;
      case 'reach': {
        const ctx = await kustomizeContext(command);
        const read = await readPaths(command.paths, io.cwd);
        const [only] = command.paths;
        const revision = await withKustomize({ label: '', ...read }, path.resolve(io.cwd, only ?? '.'), command.kustomize, ctx);
        const report = reach(revision.files, evaluationOptions(command), revision.documents, ctx.parse);
        const withRead = { ...report, diagnostics: [...(revision.diagnostics ?? []), ...report.diagnostics] };
        io.stdout(command.format === 'json' ? renderReachJson(withRead) : command.format === 'markdown' ? renderReachMarkdown(withRead) : renderReachText(withRead));
        return 0;
      }
      case 'diff': {
        const ctx = await kustomizeContext(command);
        const base = await withKustomize(await readRevisionFromPath(command.base, io.cwd), path.resolve(io.cwd, command.base), command.kustomize, ctx);
        const head = await withKustomize(await readRevisionFromPath(command.head, io.cwd), path.resolve(io.cwd, command.head), command.kustomize, ctx);
        writeDiffs(labelled(base, ctx), labelled(head, ctx), command, ctx, io);
        return 0;
      }
      case 'diff-git': {
        const ctx = await kustomizeContext(command);
        const [base, head] = await readGitRevisions(command.baseRef, command.rest, io.cwd, command.kustomize, ctx);
        writeDiffs(labelled(base, ctx), labelled(head, ctx), command, ctx, io);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`netreach: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    if (error instanceof GitError) {
      io.stderr(`netreach: ${error.message}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') {
      const file = (error as NodeJS.ErrnoException).path ?? '';
      io.stderr(`netreach: cannot read ${file}: ${code === 'ENOENT' ? 'no such file or directory; check the path' : 'permission denied'}\n`);
      return 1;
    }
    throw error;
  }
}

async function kustomizeContext(o: CommonOptions): Promise<KustomizeContext & { rendered: boolean }> {
  const parse = createDocumentParser({ keepPositions: needsPositions });
  if (o.kustomize.length === 0) return { parse, tool: undefined, rendered: false };
  return { parse, tool: await findKustomize(o.kustomizeCommand), rendered: true };
}

/** Says in the revision's name which tool rendered it. */
function labelled(revision: Revision, ctx: { tool: KustomizeContext['tool']; rendered: boolean }): Revision {
  return ctx.rendered && ctx.tool !== undefined ? { ...revision, label: `${revision.label}, rendered with ${ctx.tool.label}` } : revision;
}

function evaluationOptions(o: CommonOptions): EvaluationOptions {
  return { defaultNamespace: o.defaultNamespace, ipBlockSelectsPods: o.ipBlockSelectsPods, podCidrs: o.podCidrs };
}

function writeDiffs(base: Revision, head: Revision, o: CommonOptions, ctx: KustomizeContext, io: CliIo): void {
  if (o.clusters === 'separate') {
    const clusters = compareClusters(base, head, evaluationOptions(o), ctx.parse);
    io.stdout(o.format === 'json' ? renderClustersJson(clusters) : o.format === 'markdown' ? renderClustersMarkdown(clusters) : renderClustersText(clusters));
    return;
  }
  const report = compareRevisions(base, head, evaluationOptions(o), undefined, ctx.parse);
  io.stdout(o.format === 'json' ? renderDiffJson(report) : o.format === 'markdown' ? renderDiffMarkdown(report) : renderDiffText(report));
}

/**
 * Reads the given paths. `nameOf` turns a file's absolute path into the name the report uses:
 * relative to the directory given (one path), to the current directory (several), or to the
 * repository top (the working tree against a git revision).
 */
async function readPaths(paths: readonly string[], cwd: string, nameOf?: (absolute: string) => string): Promise<{ files: ManifestFile[]; diagnostics: Diagnostic[] }> {
  const files: ManifestFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    const root = path.resolve(cwd, p);
    const read = await readManifestPath(root);
    const name = (f: string) => {
      const absolute = path.isAbsolute(f) ? f : path.join(root, f);
      if (nameOf !== undefined) return nameOf(absolute);
      if (absolute === root) return p;
      return (paths.length === 1 ? path.relative(root, absolute) : path.relative(cwd, absolute)).split(path.sep).join('/');
    };
    files.push(...read.files.map((f) => ({ ...f, path: name(f.path) })));
    diagnostics.push(...read.diagnostics.map((d) => ({ ...d, file: name(d.file), message: d.message.replace(d.file, name(d.file)) })));
  }
  return { files, diagnostics };
}

async function readRevisionFromPath(p: string, cwd: string): Promise<Revision> {
  const read = await readPaths([p], cwd);
  return { label: p, files: read.files, diagnostics: read.diagnostics };
}

const run = promisify(execFile);

async function readGitRevisions(baseRef: string, rest: readonly string[], cwd: string, kustomize: readonly string[], ctx: KustomizeContext): Promise<[Revision, Revision]> {
  let top: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git repository: run netreach diff --git from a clone`);
  }
  let headRef: string | undefined;
  let paths = [...rest];
  const [first] = rest;
  if (first !== undefined && !existsSync(path.resolve(cwd, first))) {
    headRef = first;
    paths = rest.slice(1);
  }
  const blobs = new Map<string, string>();
  // Kustomizations are named relative to the current directory; the revisions' files, to the top.
  const patterns = kustomize.map((p) => path.relative(top, path.resolve(cwd, p)).split(path.sep).join('/') || '.');
  const temp = patterns.length > 0 ? await mkdtemp(path.join(tmpdir(), 'netreach-')) : undefined;
  try {
    const commit = async (ref: string): Promise<Revision> => {
      const sha = await resolveCommit(ref, cwd);
      const read = await readGitRevision(sha, cwd, { paths, blobs });
      const revision = { label: `${ref} (${sha.slice(0, 12)})`, ...read };
      if (temp === undefined) return withKustomize(revision, top, [], undefined);
      return withKustomize(revision, await checkout(sha, top, temp), patterns, ctx);
    };
    const base = await commit(baseRef);
    if (headRef !== undefined) return [base, await commit(headRef)];
    // No HEAD_REF: the working tree, named relative to the repository top like git's paths.
    const read = await readPaths(paths.length === 0 ? ['.'] : paths, cwd, (absolute) => path.relative(top, absolute).split(path.sep).join('/'));
    return [base, await withKustomize({ label: 'working tree', ...read }, top, patterns, temp === undefined ? undefined : ctx)];
  } finally {
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
  }
}

/** Writes the whole tree of a commit (run from the repository top) into a new directory under `temp`, for Kustomize to read. */
async function checkout(sha: string, cwd: string, temp: string): Promise<string> {
  const dir = path.join(temp, sha);
  await mkdir(dir, { recursive: true });
  const archive = path.join(temp, `${sha}.tar`);
  await run('git', ['archive', '--format=tar', '-o', archive, sha], { cwd });
  await run('tar', ['-xf', archive, '-C', dir]);
  return dir;
}
