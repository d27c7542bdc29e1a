// Reads revisions through the REST API: the recursive tree, then each blob once, with nothing
// checked out and nothing from the pull request executed — the safe mode for
// pull_request_target and workflow_run.
import type { Diagnostic } from '../model/diagnostic.js';
import { MAX_FILE_BYTES } from '../manifests/read-directory.js';
import type { GitHubApi, TreeEntry } from './github-api.js';
import type { RevisionSource } from './revision-source.js';

const PARALLEL = 8;

export function createApiSource(api: GitHubApi): RevisionSource {
  const trees = new Map<string, Promise<readonly TreeEntry[]>>();
  const blobs = new Map<string, Promise<string>>();
  const tree = (commit: string) => {
    let t = trees.get(commit);
    if (t === undefined) trees.set(commit, (t = api.getTree(commit)));
    return t;
  };
  const blob = (sha: string) => {
    let b = blobs.get(sha);
    if (b === undefined) blobs.set(sha, (b = api.getBlob(sha)));
    return b;
  };
  return {
    name: 'api',
    async resolveCommit(ref) {
      return /^[0-9a-f]{40}$/.test(ref) ? ref : api.getCommitSha(ref);
    },
    compare: (base, head) => api.compare(base, head),
    checkout: async () => undefined,
    async readFile(commit, path) {
      const entry = (await tree(commit)).find((e) => e.path === path && e.type === 'blob' && e.mode !== '120000');
      return entry === undefined || entry.size > MAX_FILE_BYTES ? undefined : blob(entry.sha);
    },
    async listFiles(commit) {
      return (await tree(commit)).filter((e) => e.type === 'blob').map((e) => e.path);
    },
    async readRevision(commit, _which, filter) {
      const diagnostics: Diagnostic[] = [];
      const wanted: TreeEntry[] = [];
      for (const e of await tree(commit)) {
        if (e.type !== 'blob' || !filter(e.path)) continue;
        const problem = (code: Diagnostic['code'], what: string, fix: string) =>
          diagnostics.push({ code, severity: 'error', file: e.path, line: 0, message: `${e.path} ${what}`, fix });
        if (e.mode === '120000')
          problem(
            'SYMLINK_OUTSIDE',
            'is a symbolic link; links are not followed when reading a revision',
            'commit the manifest itself instead of a link to it',
          );
        else if (e.size > MAX_FILE_BYTES)
          problem(
            'FILE_TOO_LARGE',
            `is ${(e.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`,
            'split the file, or leave it out with exclude-paths',
          );
        else wanted.push(e);
      }
      const texts = new Array<string>(wanted.length);
      let next = 0;
      const worker = async () => {
        while (next < wanted.length) {
          const i = next++;
          texts[i] = await blob((wanted[i] as TreeEntry).sha);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, wanted.length) }, worker));
      return { files: wanted.map((e, i) => ({ path: e.path, text: texts[i] as string })), diagnostics };
    },
  };
}
