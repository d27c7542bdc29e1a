// The action: plans the run (which commits, which source), reads every manifest of both
// revisions, evaluates and diffs them with the pure core, then publishes (job summary, outputs,
// annotations, the one comment, the job's result). Everything from the runtime comes in through
// `io`; each step is a module of its own (plan.ts, read-revisions.ts, evaluate-revisions.ts,
// publish.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClusterReport, DiffReport } from '../model/report.js';
import type { Timings } from '../diff/compare-revisions.js';
import { readActionConfig } from './config-source.js';
import { emptyReport, evaluateRevisions } from './evaluate-revisions.js';
import type { RunContext } from './event.js';
import type { GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { checkPaths } from './path-check.js';
import { createPathFilter } from './path-filter.js';
import { planRun } from './plan.js';
import { publish } from './publish.js';
import { readRevisions } from './read-revisions.js';

export type { ActionIo } from './io.js';

export async function run(
  inputs: ActionInputs,
  context: RunContext,
  io: ActionIo,
  makeApi: (token: string) => GitHubApi,
): Promise<void> {
  const planned = await planRun(inputs, context, io, makeApi);
  const { source, baseCommit, headCommit, baseWhat } = planned;
  io.info(
    `netreach: comparing ${baseCommit.slice(0, 12)} (${baseWhat}) with ${headCommit.slice(0, 12)} (head), manifests read with the ${source.name} source`,
  );

  const configRead = await readActionConfig(inputs, source, headCommit, context.workspace);
  if ('failure' in configRead) {
    io.setFailed(`netreach: ${configRead.failure}`);
    return;
  }
  const { config } = configRead;
  // The config is not a manifest.
  const filter = createPathFilter(inputs.paths, [
    ...inputs.excludePaths,
    ...(config === undefined ? [] : [config.file]),
  ]);
  const commits = { base: baseCommit, head: headCommit };
  // A glob that selects nothing must fail before relevance is judged: no file, no change.
  const pathCheck = await checkPaths(source, inputs.paths, filter, commits);
  if (pathCheck.failure !== undefined) {
    io.setFailed(`netreach: ${pathCheck.failure}`);
    return;
  }
  const temp = await mkdtemp(path.join(io.tempDir, 'netreach-trees-'));
  let report: DiffReport;
  let clusters: ClusterReport[] | undefined;
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0, workloads: 0, policies: 0 };
  try {
    const read = await readRevisions(
      {
        inputs,
        source,
        filter,
        commits,
        changedFiles: planned.changedFiles,
        hasConfig: config !== undefined,
        pathWarnings: pathCheck.warnings,
        temp,
      },
      io,
    );
    if (read.kind === 'failed') {
      io.setFailed(`netreach: ${read.message}`);
      return;
    }
    if (read.kind === 'irrelevant') {
      io.notice(
        `netreach: no policy, namespace or workload manifest changed between ${baseCommit.slice(0, 12)} and ${headCommit.slice(0, 12)}; nothing to evaluate`,
      );
      report = emptyReport(baseCommit, headCommit);
    } else {
      ({ report, clusters } = evaluateRevisions(inputs, read, config, timings, io));
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  await publish(inputs, context, io, planned, { report, clusters, config, timings });
}
