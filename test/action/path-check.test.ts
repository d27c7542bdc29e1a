// The action's `paths` and `kustomize` inputs: a glob that selects nothing in either revision
// fails the job naming the input and the glob; one that selects files in one revision only is a
// PATH_IN_ONE_REVISION warning (issue 9, item 5).
import { describe, expect, it } from 'vitest';
import { checkKustomizations, checkPaths } from '../../src/action/path-check.js';
import { DEFAULT_PATHS } from '../../src/action/inputs.js';
import { createPathFilter } from '../../src/action/path-filter.js';
import type { RevisionSource } from '../../src/action/revision-source.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

/** A source that only lists files: what the check needs. */
function source(files: { base: string[]; head: string[] }, name: RevisionSource['name'] = 'git'): RevisionSource {
  const unused = () => Promise.reject(new Error('not used by the check'));
  return {
    name,
    resolveCommit: unused,
    compare: unused,
    readFile: unused,
    readRevision: unused,
    checkout: unused,
    listFiles: async (_commit, which) => files[which],
  };
}

const check = (
  paths: string[],
  files: { base: string[]; head: string[] },
  exclude: string[] = [],
  name: RevisionSource['name'] = 'git',
) => checkPaths(source(files, name), paths, createPathFilter(paths, exclude), { base: BASE, head: HEAD });

describe('paths globs (#9)', () => {
  it('a glob that selects no file in either revision fails naming the input and the glob (#9)', async () => {
    const result = await check(['doc/network-policies/**', 'docs/network-policies/**'], {
      base: ['docs/network-policies/a.yaml'],
      head: ['docs/network-policies/a.yaml'],
    });
    expect(result.failure).toBe(
      'input paths: "doc/network-policies/**" matches no file at base (aaaaaaaaaaaa) or head (bbbbbbbbbbbb); fix the glob (relative to the repository top) or remove it; exclude-paths were applied',
    );
  });
  it('names every glob that selects nothing (#9)', async () => {
    const result = await check(['a/**', 'b/**'], { base: ['c/x.yaml'], head: [] }, [], 'dirs');
    expect(result.failure).toMatch(
      /^input paths: "a\/\*\*", "b\/\*\*" match no file in base-dir or head-dir; fix the glob \(relative to base-dir and head-dir\)/,
    );
  });
  it('files that exclude-paths leave out do not count (#9)', async () => {
    const result = await check(['k8s/**'], { base: ['k8s/values.yaml'], head: ['k8s/values.yaml'] }, [
      'k8s/values.yaml',
    ]);
    expect(result.failure).toContain('"k8s/**" matches no file');
  });
  it('a glob that selects files in one revision only is a warning (#9)', async () => {
    const result = await check(['k8s/**', 'staging/**'], {
      base: ['k8s/a.yaml'],
      head: ['k8s/a.yaml', 'staging/b.yaml'],
    });
    expect(result.failure).toBeUndefined();
    expect(result.warnings.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([
      ['PATH_IN_ONE_REVISION', 'warning', 'staging/**', 0],
    ]);
  });
  it('the default globs need only select something together', async () => {
    expect((await check([...DEFAULT_PATHS], { base: ['k8s/a.yaml'], head: ['k8s/a.yaml'] })).failure).toBeUndefined();
    expect((await check([...DEFAULT_PATHS], { base: ['README.md'], head: ['README.md'] })).failure).toContain(
      '"**/*.yaml, **/*.yml, **/*.json" matches no file',
    );
  });
});

describe('kustomize patterns (#9)', () => {
  it('a pattern that names no kustomization in either tree fails naming the input (#9)', () => {
    const result = checkKustomizations(['deploy/overlays/prd', 'deploy/overlays/*'], [false, true], [false, true], {
      source: source({ base: [], head: [] }),
      commits: { base: BASE, head: HEAD },
    });
    expect(result.failure).toMatch(/^input kustomize: "deploy\/overlays\/prd" matches no kustomization at base/);
  });
  it('a kustomization only in head is a warning (#9)', () => {
    const result = checkKustomizations(['deploy/overlays/new'], [false], [true], {
      source: source({ base: [], head: [] }),
      commits: { base: BASE, head: HEAD },
    });
    expect(result.failure).toBeUndefined();
    expect(result.warnings.map((d) => d.code)).toEqual(['PATH_IN_ONE_REVISION']);
  });
});
