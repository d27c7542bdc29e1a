// `netreach check PATH... [--config FILE]` and `diff --config` (issue 12): the exit status says
// whether the guardrails hold.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
const CONFIG = 'fixtures/guardrails/.netreach.yaml';

async function cli(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: 'test' });
  return { code, stdout, stderr };
}

describe('netreach check', () => {
  it('exits 1 when an assertion is violated, naming it', async () => {
    const { code, stdout, stderr } = await cli(['check', 'fixtures/guardrails/head', '--config', CONFIG]);
    expect(code).toBe(1);
    expect(stdout).toContain('VIOLATED: payments is closed to other namespaces');
    expect(stdout).toContain('finding PEER_SELECTS_NOTHING at policies/payments.yaml:15');
    expect(stderr).toContain('check: 1 assertion is violated');
  });
  it('exits 0 when every assertion holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netreach-check-'));
    writeFileSync(
      path.join(dir, 'config.yaml'),
      'version: 1\nassertions:\n  - name: payments is closed\n    from: {namespaceSelector: {matchLabels: {team: shop}}}\n    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}}\n    expect: deny\n',
    );
    const { code, stdout } = await cli([
      'check',
      'fixtures/guardrails/base',
      '--config',
      path.join(dir, 'config.yaml'),
    ]);
    expect(stdout).toContain('holds: payments is closed');
    expect(code).toBe(0);
  });
  it('exits 1 on a config with errors, which are listed with file and line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netreach-check-'));
    writeFileSync(
      path.join(dir, '.netreach.yaml'),
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: deny\n    prots: []\n',
    );
    const { code, stdout, stderr } = await cli(['check', path.join(root, 'fixtures/guardrails/base')], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('.netreach.yaml:7: error:');
    expect(stderr).toContain('the repository config has 1 error');
  });
  it('without a config is an error that says how to write one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netreach-check-'));
    const { code, stderr } = await cli(['check', path.join(root, 'fixtures/guardrails/base')], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('check needs a repository config');
  });
  it('--format json has the assertions and findings at the top level', async () => {
    const { stdout } = await cli(['check', 'fixtures/guardrails/head', '--config', CONFIG, '--format', 'json']);
    const json = JSON.parse(stdout);
    expect(json.assertions.map((a: { status: string }) => a.status)).toEqual(['violated', 'held', 'held']);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual([
      'PEER_SELECTS_NOTHING',
      'NAMED_PORT_UNDECLARED',
    ]);
  });
});

describe('netreach check --format markdown', () => {
  it('leads with the verdict of the check, nothing called new or still', async () => {
    const { stdout } = await cli(['check', 'fixtures/guardrails/head', '--config', CONFIG, '--format', 'markdown']);
    expect(stdout.split('\n')[0]).toBe('### netreach check: 1 violated, 2 held; 2 findings');
    expect(stdout).not.toMatch(/new finding|still violated/);
  });
});

describe('diff --config', () => {
  it('without --fail-on, a new violation exits 1', async () => {
    const { code, stderr } = await cli([
      'diff',
      'fixtures/guardrails/base',
      'fixtures/guardrails/head',
      '--config',
      CONFIG,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('(--fail-on violated)');
  });
  it('--fail-on never keeps the exit status 0; --fail-on finding fails on new findings', async () => {
    expect(
      (
        await cli([
          'diff',
          'fixtures/guardrails/base',
          'fixtures/guardrails/head',
          '--config',
          CONFIG,
          '--fail-on',
          'never',
        ])
      ).code,
    ).toBe(0);
    const finding = await cli([
      'diff',
      'fixtures/guardrails/base',
      'fixtures/guardrails/head',
      '--config',
      CONFIG,
      '--fail-on',
      'finding',
    ]);
    expect(finding.code).toBe(1);
    expect(finding.stderr).toContain('2 new findings');
  });
  it('a fix alone does not fail', async () => {
    const { code } = await cli(['diff', 'fixtures/guardrails/head', 'fixtures/guardrails/head', '--config', CONFIG]);
    expect(code).toBe(0);
  });
  it('--config with a missing file is an error, not a report without guardrails', async () => {
    const { code, stderr } = await cli([
      'diff',
      'fixtures/guardrails/base',
      'fixtures/guardrails/head',
      '--config',
      'no-such.yaml',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('no-such.yaml');
  });
  it('reach takes no --config and no --format sarif', async () => {
    expect((await cli(['reach', 'fixtures/guardrails/head', '--config', CONFIG])).code).toBe(2);
    expect((await cli(['reach', 'fixtures/guardrails/head', '--format', 'sarif'])).code).toBe(2);
  });
});

describe('the config beside the manifests', () => {
  it('is not read as a manifest when a PATH holds it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netreach-check-'));
    cpSync(path.join(root, 'fixtures/guardrails/head'), dir, { recursive: true });
    cpSync(path.join(root, CONFIG), path.join(dir, '.netreach.yaml'));
    const { stdout } = await cli(['check', '.'], dir);
    expect(stdout).toContain('VIOLATED: payments is closed to other namespaces');
    expect(stdout).not.toContain('not a Kubernetes object');
  });
});
