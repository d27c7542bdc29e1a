// The GitHub REST API as netreach uses it: one octokit with retry (5xx) and throttling (rate
// limits), made once, behind a small interface of plain values. Every failure says what
// permission or input to fix.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface PullRequest {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
}

export interface TreeEntry {
  readonly path: string;
  readonly mode: string;
  readonly type: string;
  readonly sha: string;
  readonly size: number;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

export interface GitHubApi {
  getPull(number: number): Promise<PullRequest>;
  /** The SHA of a branch, tag or commit. */
  getCommitSha(ref: string): Promise<string>;
  /** The merge base of two commits, and the files changed between it and `head` (undefined
   * when GitHub cut the list, so that every file must be assumed changed). */
  compare(base: string, head: string): Promise<{ mergeBase: string; changedFiles: readonly string[] | undefined }>;
  /** Every blob and link of a commit's tree. */
  getTree(commit: string): Promise<readonly TreeEntry[]>;
  getBlob(sha: string): Promise<string>;
  listComments(pr: number): Promise<readonly IssueComment[]>;
  createComment(pr: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

const COMPARE_FILE_LIMIT = 300;

export function createGitHubApi(token: string, owner: string, repo: string, log: (message: string) => void): GitHubApi {
  if (token === '')
    throw new GitHubApiError(
      'the github-token input is empty: leave it unset to use the workflow token, or pass a token',
      undefined,
    );
  const octokit = getOctokit(
    token,
    {
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`GitHub secondary rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
      },
      retry: { retries: 3 },
    },
    retry,
    throttling,
  );
  const call = async <T>(what: string, permission: string, f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (error) {
      throw explain(error, what, permission);
    }
  };
  const base = { owner, repo };
  return {
    getPull: (number) =>
      call(`reading pull request #${number}`, 'pull-requests: read', async () => {
        const { data } = await octokit.rest.pulls.get({ ...base, pull_number: number });
        return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha, baseRef: data.base.ref };
      }),
    getCommitSha: (ref) =>
      call(`resolving ${ref}`, 'contents: read', async () => {
        const { data } = await octokit.rest.repos.getCommit({ ...base, ref, per_page: 1 });
        return data.sha;
      }),
    compare: (baseSha, headSha) =>
      call(`comparing ${baseSha.slice(0, 12)}...${headSha.slice(0, 12)}`, 'contents: read', async () => {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
          ...base,
          basehead: `${baseSha}...${headSha}`,
          per_page: 100,
        });
        const files = data.files ?? [];
        const complete = files.length < COMPARE_FILE_LIMIT;
        const names = files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
        return { mergeBase: data.merge_base_commit.sha, changedFiles: complete ? names : undefined };
      }),
    getTree: (commit) =>
      call(`reading the tree of ${commit.slice(0, 12)}`, 'contents: read', async () => {
        const { data } = await octokit.rest.git.getTree({ ...base, tree_sha: commit, recursive: 'true' });
        if (!data.truncated) return data.tree.map(toEntry);
        // Too large for one answer: walk the tree level by level.
        const entries: TreeEntry[] = [];
        const walk = async (sha: string, prefix: string): Promise<void> => {
          const level = await octokit.rest.git.getTree({ ...base, tree_sha: sha });
          for (const e of level.data.tree) {
            const entry = toEntry({ ...e, path: `${prefix}${e.path ?? ''}` });
            if (entry.type === 'tree') await walk(entry.sha, `${entry.path}/`);
            else entries.push(entry);
          }
        };
        await walk(commit, '');
        return entries;
      }),
    getBlob: (sha) =>
      call(`reading blob ${sha.slice(0, 12)}`, 'contents: read', async () => {
        const { data } = await octokit.rest.git.getBlob({ ...base, file_sha: sha });
        return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
      }),
    listComments: (pr) =>
      call(`listing the comments of #${pr}`, 'pull-requests: read', async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...base,
          issue_number: pr,
          per_page: 100,
        });
        return comments.map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }));
      }),
    createComment: (pr, body) =>
      call(`commenting on #${pr}`, 'pull-requests: write', async () => {
        const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: pr, body });
        return { id: data.id, body: data.body ?? '', url: data.html_url };
      }),
    updateComment: (id, body) =>
      call(`updating comment ${id}`, 'pull-requests: write', async () => {
        const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body });
        return { id: data.id, body: data.body ?? '', url: data.html_url };
      }),
    deleteComment: (id) =>
      call(`deleting comment ${id}`, 'pull-requests: write', async () => {
        await octokit.rest.issues.deleteComment({ ...base, comment_id: id });
      }),
  };
}

function toEntry(e: { path?: string; mode?: string; type?: string; sha?: string; size?: number }): TreeEntry {
  return { path: e.path ?? '', mode: e.mode ?? '', type: e.type ?? '', sha: e.sha ?? '', size: e.size ?? 0 };
}

function explain(error: unknown, what: string, permission: string): GitHubApiError {
  const status =
    typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const hint =
    status === 401
      ? 'the github-token is not valid: leave the input unset to use the workflow token'
      : status === 403
        ? `the token lacks "${permission}": add it under "permissions:" in the workflow (pull requests from forks only get a read-only token; see the README's fork-safe setup)`
        : status === 404
          ? `not found: check pr-number and the repository, and that the token has "${permission}"`
          : status !== undefined && status >= 500
            ? 'GitHub is failing; retried with backoff, run the job again later'
            : 'see the message above';
  return new GitHubApiError(`${what} failed (${status ?? 'no answer'}: ${detail}); ${hint}`, status);
}
