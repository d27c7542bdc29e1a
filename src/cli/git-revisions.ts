// `netreach diff --git BASE_REF [HEAD_REF] [PATH...]`: reads both revisions from git (the head
// from the working tree when no HEAD_REF is given), renders their kustomizations, and checks
// per revision that each PATH and --kustomize pattern matches something there.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Revision } from '../diff/compare-revisions.js';
import { GitError, readGitRevision, resolveCommit } from '../manifests/read-git.js';
import { matchKustomizations } from '../manifests/kustomization-matches.js';
import { withKustomize, type KustomizeContext } from './kustomize-revision.js';
import { requireMatches } from './path-match-error.js';
import { readPaths } from './read-paths.js';

const run = promisify(execFile);

/** One revision, and per PATH and per --kustomize pattern whether it matched there. */
interface Read {
  readonly revision: Revision;
  readonly paths: readonly boolean[];
  readonly kustomize: readonly boolean[];
}

/** `pathsOnly`: `--` came before `rest`, so none of it is a HEAD_REF (as git reads `--`). */
export async function readGitRevisions(
  baseRef: string,
  rest: readonly string[],
  cwd: string,
  kustomize: readonly string[],
  ctx: KustomizeContext,
  pathsOnly = false,
): Promise<[Revision, Revision]> {
  let top: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git repository: run netreach diff --git from a clone`);
  }
  const { headRef, paths } = pathsOnly ? { headRef: undefined, paths: rest } : await splitHeadRef(baseRef, rest, cwd);
  const toTop = (absolute: string) => path.relative(top, absolute).split(path.sep).join('/');
  // The paths as git names them (from the top), to tell which files each one matched.
  const prefixes = (paths.length === 0 ? ['.'] : paths).map((p) => toTop(path.resolve(cwd, p)));
  const matched = (revision: Revision) => {
    const names = revision.files.map((f) => f.path).concat((revision.diagnostics ?? []).map((d) => d.file));
    return prefixes.map((prefix) => names.some((f) => isUnder(f, prefix)));
  };
  const blobs = new Map<string, string>();
  // Kustomizations are named relative to the current directory; the revisions' files, to the top.
  const patterns = kustomize.map((p) => toTop(path.resolve(cwd, p)) || '.');
  const temp = patterns.length > 0 ? await mkdtemp(path.join(tmpdir(), 'netreach-')) : undefined;
  try {
    const commit = async (ref: string): Promise<Read> => {
      const sha = await resolveCommit(ref, cwd);
      const read = await readGitRevision(sha, cwd, { paths, blobs });
      const revision = { label: `${ref} (${sha.slice(0, 12)})`, ...read };
      if (temp === undefined)
        return { revision: await withKustomize(revision, top, [], undefined), paths: matched(revision), kustomize: [] };
      const tree = await checkout(sha, top, temp);
      return {
        revision: await withKustomize(revision, tree, patterns, ctx),
        paths: matched(revision),
        kustomize: matchKustomizations(tree, patterns),
      };
    };
    const base = await commit(baseRef);
    let head: Read;
    if (headRef !== undefined) {
      head = await commit(headRef);
    } else {
      // The working tree, named relative to the repository top like git's paths. A PATH missing
      // there may still be in the base revision.
      const read = await readPaths(paths.length === 0 ? ['.'] : paths, cwd, { nameOf: toTop, missingIsEmpty: true });
      const revision = { label: 'working tree', files: read.files, diagnostics: read.diagnostics };
      head = {
        revision: await withKustomize(revision, top, patterns, temp === undefined ? undefined : ctx),
        paths: read.found,
        kustomize: matchKustomizations(top, patterns),
      };
    }
    const where = `at ${base.revision.label} or ${headRef === undefined ? 'in the working tree' : `at ${head.revision.label}`}`;
    const warnings: Diagnostic[] = [
      ...requireMatches(
        (paths.length === 0 ? ['.'] : paths).map((p, i) => ({
          path: p,
          base: base.paths[i] === true,
          head: head.paths[i] === true,
        })),
        {
          what: 'manifest file (.yaml, .yml or .json)',
          whatPlural: 'manifest files',
          where,
          fix: 'check the path (relative to the current directory)',
        },
      ),
      ...requireMatches(
        kustomize.map((p, i) => ({ path: p, base: base.kustomize[i] === true, head: head.kustomize[i] === true })),
        {
          what: 'kustomization',
          whatPlural: 'kustomizations',
          where,
          fix: 'name directories that hold a kustomization.yaml (relative to the current directory)',
          prefix: '--kustomize ',
        },
      ),
    ];
    return [base.revision, { ...head.revision, diagnostics: [...warnings, ...(head.revision.diagnostics ?? [])] }];
  } finally {
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
  }
}

/**
 * The first argument after BASE_REF is HEAD_REF when it is not a path, on disk or in the base
 * revision (a path deleted from the working tree is still a path), but is a revision.
 */
async function splitHeadRef(
  baseRef: string,
  rest: readonly string[],
  cwd: string,
): Promise<{ headRef: string | undefined; paths: readonly string[] }> {
  const [first] = rest;
  if (first === undefined || existsSync(path.resolve(cwd, first))) return { headRef: undefined, paths: rest };
  try {
    await resolveCommit(first, cwd);
    return { headRef: first, paths: rest.slice(1) };
  } catch {
    if (await isPathAt(baseRef, first, cwd)) return { headRef: undefined, paths: rest };
    throw new GitError(
      `"${first}" is neither a git revision nor a path in the working tree or at ${baseRef}: fetch the revision (git fetch origin ${first}) or check the path`,
    );
  }
}

/** Whether `file` (relative to `cwd`) names a file or directory in the tree of `ref`. */
async function isPathAt(ref: string, file: string, cwd: string): Promise<boolean> {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  // `REF:./PATH` is relative to the current directory; `REF:./` is the directory itself.
  const spec = `${ref}:./${relative === '' ? '' : relative}`;
  try {
    await run('git', ['cat-file', '-e', spec], { cwd });
    return true;
  } catch {
    return false;
  }
}

/** Whether a repository path is `prefix` or below it, the way git matches a pathspec. */
function isUnder(file: string, prefix: string): boolean {
  return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}

/** Writes the whole tree of a commit (run from the repository top) into a new directory under `temp`, for
 * Kustomize to read. */
async function checkout(sha: string, cwd: string, temp: string): Promise<string> {
  const dir = path.join(temp, sha);
  await mkdir(dir, { recursive: true });
  const archive = path.join(temp, `${sha}.tar`);
  try {
    await run('git', ['archive', '--format=tar', '-o', archive, sha], { cwd });
    await run('tar', ['-xf', archive, '-C', dir]);
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new GitError(
      `could not write the tree of ${sha.slice(0, 12)} for Kustomize to render (${detail}); check that the clone is complete (git fsck)`,
    );
  }
  return dir;
}
