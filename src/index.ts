// Entry of the GitHub Action (bundled to dist/index.js): gathers the inputs and the run's
// context once, hands them to action/main's run(), and turns any failure into one failed step.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { readRunContext } from './action/event.js';
import { createGitHubApi } from './action/github-api.js';
import { readInputs } from './action/inputs.js';
import { run, type ActionIo } from './action/main.js';

const VERSION = '0.1.0';

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const payload = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>) : {};
  const context = readRunContext(process.env, payload);
  const io: ActionIo = {
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    annotate: (a) => {
      const props = {
        title: a.title,
        ...(a.file !== undefined ? { file: a.file } : {}),
        ...(a.line !== undefined ? { startLine: a.line } : {}),
      };
      if (a.level === 'error') core.error(a.message, props);
      else core.warning(a.message, props);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (m) => core.setFailed(m),
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
    tempDir: process.env.RUNNER_TEMP ?? process.cwd(),
    version: VERSION,
  };
  await run(inputs, context, io, (token) => createGitHubApi(token, context.owner, context.repo, (m) => core.info(m)));
}

main().catch((error: unknown) => {
  core.setFailed(`netreach: ${error instanceof Error ? error.message : String(error)}`);
});
