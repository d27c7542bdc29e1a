// The action with a repository config (issue 12), through run() on a real temporary repository:
// a new violation fails the job when fail-on is not set, the SARIF file is written, the rules
// behind the violation are annotated, and a config that names a missing file or has errors fails.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRepository, type FixtureRepository } from '../helpers/fixture-repository.js';
import type { Annotation } from '../../src/action/annotations.js';
import { readInputs } from '../../src/action/inputs.js';
import { run, type ActionIo } from '../../src/action/main.js';

const root = path.resolve(__dirname, '../..');
let repo: string;
let temp: string;
let fixture: FixtureRepository;

beforeAll(() => {
  fixture = fixtureRepository('guardrails', 'guard', (dir) => {
    cpSync(path.join(root, 'fixtures/guardrails/.netreach.yaml'), path.join(dir, '.netreach.yaml'));
    mkdirSync(path.join(dir, 'config'));
    writeFileSync(
      path.join(dir, 'config/bad.conf'),
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: deny\n    portz: []\n',
    );
  });
  ({ repo, temp } = fixture);
});
afterAll(() => fixture.remove());

async function runAction(inputs: Record<string, string>) {
  const failed: string[] = [];
  const outputs = new Map<string, string>();
  const annotations: Annotation[] = [];
  const warnings: string[] = [];
  const io: ActionIo = {
    info: () => undefined,
    notice: () => undefined,
    warning: (m) => warnings.push(m),
    annotate: (a) => annotations.push(a),
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
  return { failed, outputs, annotations, warnings };
}

describe('the action with a repository config (#12)', () => {
  it('without fail-on, a new violation fails the job', async () => {
    const { failed } = await runAction({});
    expect(failed).toEqual(['netreach: 1 assertion is newly violated (fail-on: violated)']);
  });
  it('writes the SARIF file and names it in sarif-file', async () => {
    const { outputs } = await runAction({ 'fail-on': 'never' });
    const sarif = JSON.parse(readFileSync(outputs.get('sarif-file') as string, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'ASSERTION_VIOLATED',
      'PEER_SELECTS_NOTHING',
      'NAMED_PORT_UNDECLARED',
    ]);
    const json = JSON.parse(readFileSync(outputs.get('report-json') as string, 'utf8'));
    expect(json.assertions.map((a: { status: string }) => a.status)).toEqual(['newly-violated', 'held', 'fixed']);
  });
  it('annotates the rule behind the violation and the new findings at their lines', async () => {
    const { annotations } = await runAction({ 'fail-on': 'never' });
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: 'k8s/policies/payments.yaml',
          line: 24,
          title: expect.stringContaining('breaks the assertion "payments is closed to other namespaces"'),
        }),
        expect.objectContaining({
          level: 'warning',
          file: 'k8s/policies/shop.yaml',
          line: 15,
          title: 'netreach: NAMED_PORT_UNDECLARED',
        }),
      ]),
    );
  });
  it('the config is not read as a manifest', async () => {
    const { outputs } = await runAction({ 'fail-on': 'never' });
    const json = JSON.parse(readFileSync(outputs.get('report-json') as string, 'utf8'));
    expect(json.warnings.filter((w: { file: string }) => w.file === '.netreach.yaml')).toEqual([]);
  });
  it('a config with errors fails the job whatever fail-on says', async () => {
    const { failed } = await runAction({ config: 'config/bad.conf', 'fail-on': 'never' });
    expect(failed).toEqual([
      'netreach: the repository config has 1 error, so its assertions were not all checked (fail-on: never)',
    ]);
  });
  it('a config input naming a missing file fails', async () => {
    const { failed } = await runAction({ config: 'config/missing.yaml' });
    expect(failed[0]).toMatch(/^netreach: the config input names config\/missing\.yaml, which does not exist/);
  });
  it('no config: no guardrails, no sarif-file, the job passes', async () => {
    const { failed, outputs } = await runAction({ config: '', 'head-ref': 'base' });
    expect(failed).toEqual([]);
    expect(outputs.get('sarif-file')).toBe('');
  });
});
