// `netreach diff --git` with --kustomize renders each revision from its own tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'netreach-kgit-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'dev');
  cpSync(path.join(root, 'fixtures/kustomize-commonlabels/base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('tag', 'base');
  cpSync(path.join(root, 'fixtures/kustomize-commonlabels/head'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'head');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function cli(args: string[], cwd = repo) {
  let out = '';
  const code = await runCli(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (out += t), version: 'test' });
  return { code, out };
}

describe('diff --git with --kustomize', () => {
  it('renders both commits and shows the paths the new commonLabels closed', async () => {
    const { code, out } = await cli([
      'diff',
      '--git',
      'base',
      'HEAD',
      '--kustomize',
      'apps/overlays/*',
      '--kustomize-command',
      'kubectl',
    ]);
    expect(code).toBe(0);
    expect(out.split('\n')).toContain('monitoring/prometheus can no longer reach shop-prod/prod-api:TCP 9090');
    expect(out).toContain('(base apps/base/api-policy.yaml:19)');
  });
  it('kustomization directories are relative to the current directory', async () => {
    const { out } = await cli(
      ['diff', '--git', 'base', 'HEAD', '..', '--kustomize', 'overlays/prod', '--kustomize-command', 'kubectl'],
      path.join(repo, 'apps'),
    );
    expect(out.split('\n')).toContain('monitoring/prometheus can no longer reach shop-prod/prod-api:TCP 9090');
  });
  it('without --kustomize the overlays are read as they are, with a warning that suggests it', async () => {
    const { out } = await cli(['diff', '--git', 'base', 'HEAD']);
    expect(out).toContain('apps/overlays/prod is a Kustomize overlay');
    expect(out).toContain('render it with --kustomize apps/overlays/prod');
  });
});
