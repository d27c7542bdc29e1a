// The bundled CLI (dist/cli.js), run as a user runs it: the demo, git revisions from a real
// temporary repository, and the exit statuses of DESIGN §5.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bundled CLI', () => {
  it('prints the demo sentences', () => {
    const { code, stdout } = run(['diff', 'fixtures/demo/base', 'fixtures/demo/head']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain('team-one/pod-2 can now reach team-two/pod-3:TCP');
    expect(lines).toContain('team-one/pod-1 can now reach team-one/pod-2');
  });
  it('prints the same report as the sources (dist is up to date)', () => {
    const { stdout } = run(['diff', 'fixtures/demo/base', 'fixtures/demo/head', '--format', 'json']);
    expect(stdout).toBe(readFileSync(path.join(root, 'fixtures/demo/expected/diff.json'), 'utf8'));
  });
  it('reach lists allowed paths', () => {
    const { code, stdout } = run(['reach', 'fixtures/demo/head', '--verbose']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('team-one/pod-1 can reach kube-system/kube-dns');
    expect(stdout.split('\n')).not.toContain('team-one/pod-1 can reach team-two/pod-3');
  });
  it('exits 1 with a message for a path that does not exist', () => {
    const { code, stderr } = run(['reach', 'no/such/dir']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*no\/such\/dir: no such file or directory/);
  });
  it('exits 2 with usage for a bad option (a usage error, DESIGN §5)', () => {
    const { code, stderr } = run(['diff', 'a', 'b', '--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format "yaml" is not one of text, markdown, json');
    expect(stderr).toContain('Usage:');
  });
  it('exits 0 and lists rejected documents as warnings', () => {
    const { code, stdout } = run(['reach', 'fixtures/invalid/invalid-cidr.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('incomplete: some input was rejected');
    expect(stdout).toContain(
      'fixtures/invalid/invalid-cidr.yaml:11: error: NetworkPolicy shop/bad: ipBlock.cidr "10.0.0.0/33" is not a valid CIDR',
    );
  });
  it('reports the version of package.json', () => {
    expect(run(['--version']).stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    );
  });
});

describe('bundled CLI on git revisions', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'netreach-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    cpSync(path.join(root, 'fixtures/demo/base'), path.join(repo, 'k8s'), { recursive: true });
    writeFileSync(path.join(repo, 'README.md'), 'not a manifest\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('tag', 'base');
    rmSync(path.join(repo, 'k8s'), { recursive: true });
    cpSync(path.join(root, 'fixtures/demo/head'), path.join(repo, 'k8s'), { recursive: true });
    git('add', '-A');
    git('commit', '-qm', 'head');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('diff --git BASE_REF HEAD_REF compares two commits, naming files from the repository top', () => {
    const { code, stdout } = run(['diff', '--git', 'base', 'HEAD'], repo);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('team-one/pod-2 can now reach team-two/pod-3:TCP');
    expect(stdout).toContain('(head k8s/policies/team-two.yaml:48)');
  });
  it('diff --git BASE_REF compares with the working tree', () => {
    writeFileSync(
      path.join(repo, 'k8s/policies/team-two.yaml'),
      readFileSync(path.join(root, 'fixtures/demo/base/policies/team-two.yaml')),
    );
    try {
      const { code, stdout } = run(['diff', '--git', 'base'], repo);
      expect(code).toBe(0);
      expect(stdout.split('\n')).toContain('team-one/pod-1 can now reach team-one/pod-2');
      expect(stdout.split('\n')).not.toContain('team-one/pod-2 can now reach team-two/pod-3:TCP');
    } finally {
      git('checkout', '--', 'k8s');
    }
  });
  it('diff --git with paths limits the manifests read', () => {
    const { stdout } = run(['diff', '--git', 'base', 'HEAD', 'k8s/policies'], repo);
    expect(stdout).toContain('no reachability changes');
  });
  it('an unknown revision exits 1 and says how to fetch it', () => {
    const { code, stderr } = run(['diff', '--git', 'nope', 'HEAD'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('git revision "nope" was not found');
  });
});
