// Publishing a report: the comment body, the report files and outputs, the job summary,
// annotations, the one pull-request comment, and the job's result.
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Reason } from '../model/change.js';
import type { ClusterReport, DiffReport } from '../model/report.js';
import type { Timings } from '../diff/compare-revisions.js';
import type { RepositoryConfig } from '../policies/repository-config.js';
import { COMMENT_LIMIT, renderClustersComment, renderComment, type CommentOptions } from '../report/comment.js';
import { batchChunks } from '../report/batch-chunks.js';
import { configFailure, effectiveFailOn, failureReasons } from '../report/fail-on.js';
import { renderClustersJson, renderDiffJson } from '../report/json.js';
import { renderDiffSarif } from '../report/sarif.js';
import { summarizeDiff } from '../report/summary.js';
import { selectAnnotations } from './annotations.js';
import { writeMarker } from './comment-marker.js';
import { planComment, type CommentAction } from './comment-plan.js';
import type { RunContext } from './event.js';
import { GitHubApiError, type GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { phaseTimesLine } from './phase-times.js';
import type { RunPlan } from './plan.js';

/** GitHub's limit on the job summary of one step. */
const SUMMARY_LIMIT = 1_000_000;

export interface Outcome {
  readonly report: DiffReport;
  readonly clusters: ClusterReport[] | undefined;
  readonly config: RepositoryConfig | undefined;
  readonly timings: Timings;
}

export async function publish(
  inputs: ActionInputs,
  context: RunContext,
  io: ActionIo,
  run: RunPlan,
  outcome: Outcome,
): Promise<void> {
  const { plan, needApi, source, baseCommit, headCommit, baseWhat } = run;
  const { report, clusters, config, timings } = outcome;
  // With separate clusters, `report` holds every cluster's changes (for counts and annotations).
  const summary = summarizeDiff(report);

  // Links to rules: only for files that are in the repository (not rendered directories).
  const repoUrl = `${context.serverUrl}/${context.owner}/${context.repo}`;
  const linkTo =
    source.name === 'dirs'
      ? undefined
      : (r: Pick<Reason, 'revision' | 'file' | 'line'>) =>
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
