// The action's run() through the sources, on a real temporary repository with base-ref and
// head-ref (no API): a misspelt `paths` glob fails the job before anything reads as "no
// changes", `fail-on` lists name every reason that applies, and the JSON report is written
// whole (issue 9, items 5 and 6).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRepository, type FixtureRepository } from '../helpers/fixture-repository.js';
import { readInputs } from '../../src/action/inputs.js';
import { run, type ActionIo } from '../../src/action/main.js';

let repo: string;
let temp: string;
let fixture: FixtureRepository;

beforeAll(() => {
  fixture = fixtureRepository('messy/unreadable-head-policy', 'run');
  ({ repo, temp } = fixture);
});
afterAll(() => fixture.remove());

async function runAction(inputs: Record<string, string>) {
  const failed: string[] = [];
  const outputs = new Map<string, string>();
  const io: ActionIo = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    annotate: () => undefined,
    setOutput: (name, value) => outputs.set(name, value),
    setFailed: (message) => failed.push(message),
    writeSummary: async () => undefined,
    tempDir: temp,
    version: 'test',
  };
  const all = { 'base-ref': 'base', 'head-ref': 'main', comment: 'off', 'github-token': '', source: 'git', ...inputs };
  const context = {
    eventName: 'workflow_dispatch',
    owner: 'acme',
    repo: 'cluster',
    serverUrl: 'https://github.com',
    workspace: repo,
    runUrl: undefined,
    payload: {},
  };
  await run(
    readInputs((name) => all[name as keyof typeof all] ?? ''),
    context,
    io,
    () => {
      throw new Error('no API in this test');
    },
  );
  return { failed, outputs };
}

describe('action inputs at run time (#9)', () => {
  it('a misspelt paths glob fails the job naming it, instead of "nothing to evaluate" (#9)', async () => {
    const { failed, outputs } = await runAction({ paths: 'k8/**/*.yaml' });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(
      /^netreach: input paths: "k8\/\*\*\/\*\.yaml" matches no file at base \([0-9a-f]{12}\) or head/,
    );
    expect(outputs.has('changed')).toBe(false);
  });
  it('fail-on: opened, incomplete names both reasons (#9)', async () => {
    const { failed } = await runAction({ paths: 'k8s/**/*.yaml', 'fail-on': 'opened, incomplete' });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(
      /^netreach: \d+ paths were opened; 1 manifest file could not be read or was rejected, so the verdict is incomplete \(fail-on: opened, incomplete\)$/,
    );
  });
  it('fail-on: incomplete alone fails on unreadable input (#9)', async () => {
    const { failed } = await runAction({ 'fail-on': 'incomplete' });
    expect(failed).toEqual([
      'netreach: 1 manifest file could not be read or was rejected, so the verdict is incomplete (fail-on: incomplete)',
    ]);
  });
  it('writes the JSON report whole, streamed to its file', async () => {
    const { failed, outputs } = await runAction({});
    expect(failed).toEqual([]);
    const report = JSON.parse(readFileSync(outputs.get('report-json') as string, 'utf8'));
    expect(report.changes.length).toBeGreaterThanOrEqual(Number(outputs.get('opened-count')));
    expect(report.incomplete).toBe(true);
  });
});
