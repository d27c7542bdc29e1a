// The exit statuses of DESIGN §5, through the sources: 0 report produced, 1 `--fail-on` met (the
// report still on stdout) or no report possible, 2 usage error.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
const unreadable = ['fixtures/messy/unreadable-head-policy/base', 'fixtures/messy/unreadable-head-policy/head'];
const demo = ['fixtures/demo/base', 'fixtures/demo/head'];

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: root,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: 'test',
  });
  return { code, stdout, stderr };
}

describe('usage errors exit 2 (#9)', () => {
  it('no arguments print the usage on stderr and exit 2 (#9)', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage:');
  });
  for (const args of [
    ['diff', 'a', 'b', '--format', 'yaml'],
    ['frobnicate'],
    ['reach'],
    ['diff', 'a'],
    ['reach', 'x', '--no-such-option'],
    ['diff', ...demo, '--fail-on', 'sometimes'],
  ]) {
    it(`${args.join(' ') || '(nothing)'} is a usage error: exit 2 with the usage (#9)`, async () => {
      const { code, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage:');
    });
  }
  it('--help still prints the usage on stdout and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Exit status: 0 when the report was produced');
  });
});

describe('--fail-on LIST (#9)', () => {
  it('without --fail-on, opened paths and rejected input exit 0', async () => {
    expect((await cli(['diff', ...unreadable])).code).toBe(0);
  });
  it('--fail-on opened exits 1 with the report on stdout and the reason on stderr (#9)', async () => {
    const { code, stdout, stderr } = await cli(['diff', ...demo, '--fail-on', 'opened']);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toContain('team-one/pod-2 can now reach team-two/pod-3:TCP');
    expect(stderr).toBe('netreach: 2 paths were opened (--fail-on opened)\n');
  });
  it('a list names every reason that applies (#9)', async () => {
    const { code, stdout, stderr } = await cli([
      'diff',
      ...unreadable,
      '--format',
      'json',
      '--fail-on',
      'opened,incomplete',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).incomplete).toBe(true);
    expect(stderr).toMatch(
      /^netreach: \d+ paths were opened; 1 manifest file could not be read or was rejected, so the verdict is incomplete \(--fail-on opened,incomplete\)\n$/,
    );
  });
  it('the option may be repeated, and error is the former name of incomplete', async () => {
    const { code, stderr } = await cli(['diff', ...unreadable, '--fail-on', 'error', '--fail-on', 'any-change']);
    expect(code).toBe(1);
    expect(stderr).toContain('opened and 0 closed; 1 manifest file could not be read');
  });
  it('conditions the report does not meet exit 0', async () => {
    expect((await cli(['diff', ...demo, '--fail-on', 'incomplete'])).code).toBe(0);
    expect((await cli(['diff', ...demo, '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(['diff', 'fixtures/demo/head', 'fixtures/demo/head', '--fail-on', 'any-change'])).code).toBe(0);
  });
  it('a bad value names what was given and what is allowed (#9)', async () => {
    const { code, stderr } = await cli(['diff', ...demo, '--fail-on', 'opened,sometimes']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--fail-on: "sometimes" is not one of never, opened, any-change, incomplete, violated, finding, error',
    );
  });
  it('reach fails on incomplete input, and takes no change condition (#9)', async () => {
    const failed = await cli(['reach', 'fixtures/invalid/invalid-cidr.yaml', '--fail-on', 'incomplete']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('incomplete: some input was rejected');
    expect(failed.stderr).toContain('so the verdict is incomplete (--fail-on incomplete)');
    const usage = await cli(['reach', 'fixtures/demo/head', '--fail-on', 'opened']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--fail-on opened goes with diff');
  });
});
