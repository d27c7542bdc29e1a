// The plan of a run: which source reads the manifests, and which two commits to compare (the
// pull request's merge base and head, or the refs the inputs name).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApiSource } from './api-source.js';
import { createDirsSource } from './dirs-source.js';
import { planRevisions, type RevisionPlan, type RunContext } from './event.js';
import { createGitSource } from './git-source.js';
import { GitHubApiError, type GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { RevisionSource } from './revision-source.js';

export interface RunPlan {
  readonly plan: RevisionPlan;
  /** The API client; throws with what to do when github-token is empty. */
  readonly needApi: () => GitHubApi;
  readonly source: RevisionSource;
  readonly baseCommit: string;
  readonly headCommit: string;
  /** How to name the base to a reader: a ref, or "merge base with main". */
  readonly baseWhat: string;
  /** Files changed between the commits; undefined when the source cannot tell (dirs). */
  readonly changedFiles: readonly string[] | undefined;
}

export async function planRun(
  inputs: ActionInputs,
  context: RunContext,
  log: { info(message: string): void },
  makeApi: (token: string) => GitHubApi,
): Promise<RunPlan> {
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
  const source = chooseSource(inputs, context, api, log);
  const headCommit = await source.resolveCommit(plan.headRef ?? plan.headSha ?? pull?.headSha ?? 'HEAD');
  if (plan.baseRef !== undefined) {
    const baseCommit = await source.resolveCommit(plan.baseRef);
    const changedFiles =
      source.name === 'dirs' ? undefined : (await source.compare(baseCommit, headCommit)).changedFiles;
    return { plan, needApi, source, baseCommit, headCommit, baseWhat: plan.baseRef, changedFiles };
  }
  const tip = plan.baseSha ?? pull?.baseSha;
  if (tip === undefined) throw new GitHubApiError('the pull request has no base commit', undefined);
  const compared = await source.compare(await source.resolveCommit(tip), headCommit);
  const payloadRef = record(record(context.payload.pull_request)?.base)?.ref;
  const baseWhat = `merge base with ${pull?.baseRef ?? (typeof payloadRef === 'string' ? payloadRef : 'the base branch')}`;
  return {
    plan,
    needApi,
    source,
    baseCommit: compared.mergeBase,
    headCommit,
    baseWhat,
    changedFiles: compared.changedFiles,
  };
}

/** The source the inputs ask for; `auto`: dirs when base-dir is set, else git in a checkout, else api. */
export function chooseSource(
  inputs: ActionInputs,
  context: RunContext,
  api: GitHubApi | undefined,
  log: { info(message: string): void },
): RevisionSource {
  let source = inputs.source;
  if (source === 'auto') {
    source = inputs.baseDir !== undefined ? 'dirs' : existsSync(path.join(context.workspace, '.git')) ? 'git' : 'api';
    log.info(
      `netreach: source auto chose ${source} (${source === 'dirs' ? 'base-dir and head-dir are set' : source === 'git' ? 'the workspace is a git checkout' : 'the workspace has no checkout'})`,
    );
  }
  if (source === 'dirs') return createDirsSource(context.workspace, inputs.baseDir as string, inputs.headDir as string);
  if (source === 'git') return createGitSource(context.workspace, api, (m) => log.info(`netreach: ${m}`));
  if (api === undefined) throw new GitHubApiError('source: api needs a github-token', undefined);
  return createApiSource(api);
}

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
}
