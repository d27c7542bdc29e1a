// A real git repository in a temporary folder for tests of run(): a fixture's base committed and
// tagged `base`, then its head copied over (and whatever else the test adds) and committed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export interface FixtureRepository {
  readonly repo: string;
  /** A second temporary folder, for the action's RUNNER_TEMP. */
  readonly temp: string;
  readonly git: (...args: string[]) => string;
  readonly remove: () => void;
}

/** `fixture` is a folder of fixtures/ with base/ and head/; `beforeHead` adds files before the
 * head commit. The manifests go under k8s/. */
export function fixtureRepository(
  fixture: string,
  prefix: string,
  beforeHead: (repo: string) => void = () => undefined,
): FixtureRepository {
  const repo = mkdtempSync(path.join(tmpdir(), `netreach-${prefix}-`));
  const temp = mkdtempSync(path.join(tmpdir(), `netreach-${prefix}-temp-`));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'dev');
  cpSync(path.join(root, 'fixtures', fixture, 'base'), path.join(repo, 'k8s'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('tag', 'base');
  cpSync(path.join(root, 'fixtures', fixture, 'head'), path.join(repo, 'k8s'), { recursive: true });
  beforeHead(repo);
  git('add', '-A');
  git('commit', '-qm', 'head');
  const remove = () => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  };
  return { repo, temp, git, remove };
}
