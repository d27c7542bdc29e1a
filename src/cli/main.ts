// The CLI shell: reads the command line and the files, runs the pure pipeline, writes the
// report. Returns the exit status instead of exiting, so tests can call it.
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';
import { compareRevisions, type Revision } from '../diff/compare-revisions.js';
import type { EvaluationOptions } from '../engine/options.js';
import { reach } from '../engine/reach.js';
import { GitError, readGitRevision, resolveCommit } from '../manifests/read-git.js';
import { readManifestPath } from '../manifests/read-directory.js';
import { renderDiffJson, renderReachJson } from '../report/json.js';
import { renderDiffMarkdown, renderReachMarkdown } from '../report/markdown.js';
import { renderDiffText, renderReachText } from '../report/text.js';
import { USAGE, UsageError, parseCommandLine, type CommonOptions } from './args.js';

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
        const read = await readPaths(command.paths, io.cwd);
        const report = reach(read.files, evaluationOptions(command));
        const withRead = { ...report, diagnostics: [...read.diagnostics, ...report.diagnostics] };
        io.stdout(command.format === 'json' ? renderReachJson(withRead) : command.format === 'markdown' ? renderReachMarkdown(withRead) : renderReachText(withRead));
        return 0;
      }
      case 'diff': {
        const base = await readRevisionFromPath(command.base, io.cwd);
        const head = await readRevisionFromPath(command.head, io.cwd);
        writeDiff(compareRevisions(base, head, evaluationOptions(command)), command, io);
        return 0;
      }
      case 'diff-git': {
        const [base, head] = await readGitRevisions(command.baseRef, command.rest, io.cwd);
        writeDiff(compareRevisions(base, head, evaluationOptions(command)), command, io);
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

function evaluationOptions(o: CommonOptions): EvaluationOptions {
  return { defaultNamespace: o.defaultNamespace, ipBlockSelectsPods: o.ipBlockSelectsPods, podCidrs: o.podCidrs };
}

function writeDiff(report: ReturnType<typeof compareRevisions>, o: CommonOptions, io: CliIo): void {
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

async function readGitRevisions(baseRef: string, rest: readonly string[], cwd: string): Promise<[Revision, Revision]> {
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
  const baseSha = await resolveCommit(baseRef, cwd);
  const base = await readGitRevision(baseSha, cwd, { paths, blobs });
  const baseRevision: Revision = { label: `${baseRef} (${baseSha.slice(0, 12)})`, ...base };
  if (headRef !== undefined) {
    const headSha = await resolveCommit(headRef, cwd);
    const head = await readGitRevision(headSha, cwd, { paths, blobs });
    return [baseRevision, { label: `${headRef} (${headSha.slice(0, 12)})`, ...head }];
  }
  // No HEAD_REF: the working tree, named relative to the repository top like git's paths.
  const read = await readPaths(paths.length === 0 ? ['.'] : paths, cwd, (absolute) => path.relative(top, absolute).split(path.sep).join('/'));
  return [baseRevision, { label: 'working tree', ...read }];
}
