// A PATH or --kustomize pattern that matches nothing is an error, not an empty cluster that reads
// as "no reachability changes" (issue 9, item 5); one that matches in one revision only is a
// PATH_IN_ONE_REVISION warning.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
let work: string;

async function cli(args: string[], cwd = work) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: 'test' });
  return { code, stdout, stderr };
}

const warningCodes = (stdout: string) =>
  (JSON.parse(stdout).warnings as { code: string; file: string; line: number }[])
    .filter((w) => w.code === 'PATH_IN_ONE_REVISION')
    .map((w) => `${w.file}:${w.line}`);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'netreach-paths-'));
  cpSync(path.join(root, 'fixtures/demo/base'), path.join(work, 'base'), { recursive: true });
  cpSync(path.join(root, 'fixtures/demo/head'), path.join(work, 'head'), { recursive: true });
  mkdirSync(path.join(work, 'notes'));
  writeFileSync(path.join(work, 'notes/README.md'), 'policies moved to ../base\n');
  mkdirSync(path.join(work, 'empty'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('PATH arguments (#9)', () => {
  it('reach on a directory without manifests exits 1 naming it (#9)', async () => {
    const { code, stdout, stderr } = await cli(['reach', 'notes']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('netreach: notes matches no manifest file (.yaml, .yml or .json); check the path\n');
  });
  it('reach names each empty path among several (#9)', async () => {
    const { code, stderr } = await cli(['reach', 'head', 'empty', 'notes']);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l !== '')).toEqual([
      'netreach: empty matches no manifest file (.yaml, .yml or .json); check the path',
      'netreach: notes matches no manifest file (.yaml, .yml or .json); check the path',
    ]);
  });
  it('diff of two paths without manifests exits 1 naming both (#9)', async () => {
    const { code, stderr } = await cli(['diff', 'empty', 'notes']);
    expect(code).toBe(1);
    expect(stderr).toContain('neither empty nor notes holds a manifest file');
  });
  it('diff from an empty directory warns that everything counts as added (#9)', async () => {
    const { code, stdout } = await cli(['diff', 'empty', 'head', '--format', 'json']);
    expect(code).toBe(0);
    expect(warningCodes(stdout)).toEqual(['empty:0']);
  });
  it('a path that does not exist still says so', async () => {
    const { code, stderr } = await cli(['reach', 'no/such/dir']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*no\/such\/dir: no such file or directory/);
  });
});

describe('--kustomize patterns (#9)', () => {
  it('a pattern that names no kustomization exits 1 naming it (#9)', async () => {
    const { code, stderr } = await cli(
      ['reach', 'fixtures/kustomize-commonlabels/head', '--kustomize', 'overlays/prd'],
      root,
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      'netreach: --kustomize overlays/prd matches no kustomization; name directories that hold a kustomization.yaml',
    );
  });
});

describe('diff --git PATH... (#9)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'netreach-git-paths-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'dev');
    cpSync(path.join(root, 'fixtures/demo/base'), path.join(repo, 'docs/network-policies'), { recursive: true });
    mkdirSync(path.join(repo, 'doc'));
    writeFileSync(path.join(repo, 'doc/README.md'), 'see docs/\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('tag', 'base');
    cpSync(path.join(root, 'fixtures/demo/head'), path.join(repo, 'docs/network-policies'), { recursive: true });
    cpSync(path.join(root, 'fixtures/demo/head'), path.join(repo, 'staging'), { recursive: true });
    git('add', '-A');
    git('commit', '-qm', 'head');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('a misspelt path exits 1 instead of "no reachability changes" (#9)', async () => {
    const { code, stdout, stderr } = await cli(['diff', '--git', 'base', 'HEAD', 'doc/network-policies'], repo);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^netreach: doc\/network-policies matches no manifest file \(\.yaml, \.yml or \.json\) at base \([0-9a-f]{12}\) or at HEAD \([0-9a-f]{12}\); check the path/,
    );
  });
  it('a path without manifests in either revision exits 1, also against the working tree (#9)', async () => {
    const { code, stderr } = await cli(['diff', '--git', 'base', 'doc'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('doc matches no manifest file (.yaml, .yml or .json) at base');
    expect(stderr).toContain('or in the working tree');
  });
  it('a path only in head is a warning naming it (#9)', async () => {
    const { code, stdout } = await cli(['diff', '--git', 'base', 'HEAD', 'docs', 'staging', '--format', 'json'], repo);
    expect(code).toBe(0);
    expect(warningCodes(stdout)).toEqual(['staging:0']);
  });
  it('paths are relative to the current directory', async () => {
    const { code } = await cli(['diff', '--git', 'base', 'HEAD', 'network-policies'], path.join(repo, 'docs'));
    expect(code).toBe(0);
  });
  it('a first argument that is neither a path nor a revision says both (#9)', async () => {
    const { code, stderr } = await cli(['diff', '--git', 'base', 'feature-brnch'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('"feature-brnch" is neither a git revision nor a path in the working tree');
  });
  it('a path deleted from the working tree is read at base and warned about', async () => {
    rmSync(path.join(repo, 'staging'), { recursive: true });
    try {
      const { code, stdout } = await cli(['diff', '--git', 'HEAD', 'docs', 'staging', '--format', 'json'], repo);
      expect(code).toBe(0);
      expect(warningCodes(stdout)).toEqual(['staging:0']);
      expect(stdout).toContain('staging matches manifest files only at base (removed or moved?)');
    } finally {
      git('checkout', '--', 'staging');
    }
  });
  it('a single PATH deleted from the working tree but present at base is a path, not taken for a revision', async () => {
    rmSync(path.join(repo, 'staging'), { recursive: true });
    try {
      for (const given of ['staging', 'staging/', 'staging/workloads.yaml']) {
        const { code, stdout, stderr } = await cli(['diff', '--git', 'HEAD', given, '--format', 'json'], repo);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(warningCodes(stdout)).toEqual([`${given}:0`]);
        // Its workloads are gone in the working tree: their paths are changes.
        expect((JSON.parse(stdout) as { changes: unknown[] }).changes.length).toBeGreaterThan(0);
      }
    } finally {
      git('checkout', '--', 'staging');
    }
  });
  it('a PATH after -- is never taken for a revision, as git reads --', async () => {
    const { code, stderr } = await cli(['diff', '--git', 'base', '--', 'HEAD'], repo);
    // HEAD as a path matches nothing in either revision: a path error, not a revision.
    expect(code).toBe(1);
    expect(stderr).toContain('HEAD matches no manifest file');
  });
});
