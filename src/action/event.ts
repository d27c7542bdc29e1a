// Reads the workflow run's context (environment and event payload) once into plain values, and
// decides which revisions to compare — from the event, never from GITHUB_SHA alone.
import type { ActionInputs } from './inputs.js';

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** e.g. https://github.com */
  readonly serverUrl: string;
  readonly workspace: string;
  /** Link to this run, for "the full report is in the job summary". */
  readonly runUrl: string | undefined;
  readonly payload: Readonly<Record<string, unknown>>;
}

export function readRunContext(
  env: Readonly<Record<string, string | undefined>>,
  payload: Readonly<Record<string, unknown>>,
): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
    : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    serverUrl,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl,
    payload,
  };
}

/** What the event says about the pull request; what is missing is looked up through the API. */
export interface RevisionPlan {
  readonly prNumber: number | undefined;
  /** The PR head commit, when the event carries it. */
  readonly headSha: string | undefined;
  /** The tip of the PR's base branch, when the event carries it (the merge base is found from it). */
  readonly baseSha: string | undefined;
  /** Explicit refs from the inputs win over the pull request's. */
  readonly baseRef: string | undefined;
  readonly headRef: string | undefined;
}

export class EventError extends Error {}

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function planRevisions(
  context: RunContext,
  inputs: Pick<ActionInputs, 'prNumber' | 'baseRef' | 'headRef'>,
): RevisionPlan {
  const explicit = { baseRef: inputs.baseRef, headRef: inputs.headRef };
  const pr = record(context.payload.pull_request);
  if ((context.eventName === 'pull_request' || context.eventName === 'pull_request_target') && pr !== undefined) {
    return {
      prNumber: inputs.prNumber ?? (typeof pr.number === 'number' ? pr.number : undefined),
      headSha: str(record(pr.head)?.sha),
      baseSha: str(record(pr.base)?.sha),
      ...explicit,
    };
  }
  if (context.eventName === 'workflow_run') {
    const run = record(context.payload.workflow_run);
    const pulls = Array.isArray(run?.pull_requests) ? run.pull_requests.map(record) : [];
    const fromRun = pulls.find((p) => p !== undefined && typeof p.number === 'number');
    // The run's head is the PR head; fork pull requests leave pull_requests empty, so the
    // number must then come from the pr-number input (e.g. read from an artifact).
    return {
      prNumber: inputs.prNumber ?? (fromRun?.number as number | undefined),
      headSha:
        inputs.prNumber !== undefined && fromRun !== undefined && inputs.prNumber !== fromRun.number
          ? undefined
          : str(run?.head_sha),
      baseSha: undefined,
      ...explicit,
    };
  }
  if (inputs.prNumber !== undefined)
    return { prNumber: inputs.prNumber, headSha: undefined, baseSha: undefined, ...explicit };
  if (inputs.baseRef !== undefined) return { prNumber: undefined, headSha: undefined, baseSha: undefined, ...explicit };
  throw new EventError(
    `the ${context.eventName || 'unknown'} event has no pull request: run on pull_request, pull_request_target or workflow_run, or set pr-number (or base-ref and head-ref)`,
  );
}
