// Reads revisions from the local clone (GITHUB_WORKSPACE). Shallow checkouts are the default,
// so a missing commit is fetched by SHA. The merge base comes from the API when it can (a
// shallow clone cannot compute it), else from git.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { GitError, readBlobs, readGitRevision, resolveCommit } from '../manifests/read-git.js';
import type { GitHubApi } from './github-api.js';
import type { RevisionSource } from './revision-source.js';

const run = promisify(execFile);

export function createGitSource(
  cwd: string,
  api: GitHubApi | undefined,
  log: (message: string) => void,
): RevisionSource {
  const blobs = new Map<string, string>();
  const git = async (...args: string[]) => (await run('git', args, { cwd, maxBuffer: 1 << 30 })).stdout;
  const ensure = async (sha: string) => {
    try {
      await git('cat-file', '-e', `${sha}^{commit}`);
    } catch {
      log(`fetching ${sha.slice(0, 12)}, which the checkout does not have`);
      try {
        await git('fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha);
      } catch (error) {
        throw new GitError(
          `could not fetch commit ${sha} from origin (${(error as Error).message.trim()}); use actions/checkout with fetch-depth: 0, or source: api`,
        );
      }
    }
  };
  return {
    name: 'git',
    async resolveCommit(ref) {
      if (/^[0-9a-f]{40}$/.test(ref)) {
        await ensure(ref);
        return ref;
      }
      return resolveCommit(ref, cwd);
    },
    async compare(base, head) {
      await ensure(base);
      await ensure(head);
      let mergeBase: string | undefined;
      if (api !== undefined) {
        try {
          mergeBase = (await api.compare(base, head)).mergeBase;
          await ensure(mergeBase);
        } catch (error) {
          log(`the API could not give the merge base (${(error as Error).message}); asking git`);
        }
      }
      if (mergeBase === undefined) {
        try {
          mergeBase = (await git('merge-base', base, head)).trim();
        } catch {
          throw new GitError(
            `git cannot find the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} in this shallow clone; use actions/checkout with fetch-depth: 0`,
          );
        }
      }
      const changed = await git('diff', '--name-only', '-z', '--no-renames', mergeBase, head);
      return { mergeBase, changedFiles: changed.split('\0').filter((p) => p !== '') };
    },
    async readFile(commit, path) {
      const listing = await git('ls-tree', '-z', '--full-tree', commit, '--', path);
      const match = /^\d+ blob ([0-9a-f]+)\t/.exec(listing);
      if (match === null) return undefined;
      const oid = match[1] as string;
      if (!blobs.has(oid)) for (const [k, v] of await readBlobs([oid], cwd)) blobs.set(k, v);
      return blobs.get(oid);
    },
    async listFiles(commit) {
      const listing = await git('ls-tree', '-r', '-z', '--name-only', '--full-tree', commit);
      return listing.split('\0').filter((p) => p !== '');
    },
    readRevision: (commit, _which, filter) => readGitRevision(commit, cwd, { fullTree: true, include: filter, blobs }),
    async checkout(commit, which, temp) {
      // The whole tree, written by git itself from the repository top; nothing is executed.
      const dir = path.join(temp, which);
      await mkdir(dir, { recursive: true });
      const top = (await git('rev-parse', '--show-toplevel')).trim();
      const archive = path.join(temp, `${which}.tar`);
      await run('git', ['archive', '--format=tar', '-o', archive, commit], { cwd: top });
      await run('tar', ['-xf', archive, '-C', dir]);
      return dir;
    },
  };
}
