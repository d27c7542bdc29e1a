// The action's steps, each alone: planning the commits (plan.ts), relevance (read-revisions.ts),
// and merging separate clusters' reports (evaluate-revisions.ts).
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/model/report.js';
import { emptyReport, mergeReports } from '../../src/action/evaluate-revisions.js';
import { planRun } from '../../src/action/plan.js';
import { hasRelevantChange } from '../../src/action/read-revisions.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import type { RunContext } from '../../src/action/event.js';
import type { RevisionSource } from '../../src/action/revision-source.js';

const files: Record<string, Record<string, string>> = {
  base: { 'k8s/cm.yaml': 'kind: ConfigMap\n', 'k8s/np.yaml': 'kind: ConfigMap\n' },
  head: { 'k8s/cm.yaml': 'kind: ConfigMap\n', 'k8s/np.yaml': 'kind: NetworkPolicy\n' },
};
const source: RevisionSource = {
  name: 'git',
  resolveCommit: (ref) => Promise.resolve(ref === 'HEAD' ? 'head' : ref),
  compare: (base) => Promise.resolve({ mergeBase: `${base}-merge-base`, changedFiles: ['k8s/np.yaml'] }),
  readFile: (commit, path) => Promise.resolve(files[commit]?.[path]),
  listFiles: () => Promise.resolve([]),
  readRevision: () => Promise.reject(new Error('not read in these tests')),
  checkout: () => Promise.resolve(undefined),
};
const all = (() => true) as unknown as Parameters<typeof hasRelevantChange>[1];

describe('relevance (read-revisions.ts)', () => {
  it('a change is relevant when a changed file holds a kind that can change reachability in either revision', async () => {
    expect(await hasRelevantChange(source, all, 'base', 'head', ['k8s/np.yaml'])).toBe(true);
    expect(await hasRelevantChange(source, all, 'base', 'head', ['k8s/cm.yaml'])).toBe(false);
  });
  it('nothing within the paths: not relevant; unknown changes: relevant', async () => {
    const none = (() => false) as unknown as Parameters<typeof hasRelevantChange>[1];
    expect(await hasRelevantChange(source, none, 'base', 'head', ['k8s/np.yaml'])).toBe(false);
    expect(await hasRelevantChange(source, all, 'base', 'head', undefined)).toBe(true);
  });
});

describe('planning (plan.ts)', () => {
  const context = {
    eventName: 'pull_request',
    workspace: '/nonexistent',
    payload: { pull_request: { number: 7, head: { sha: 'head' }, base: { sha: 'tip', ref: 'main' } } },
  } as unknown as RunContext;
  it('source: api without a github-token stops with what to do, before reading anything', async () => {
    const inputs = { githubToken: '', source: 'api' } as unknown as ActionInputs;
    const planned = await planRun(inputs, context, { info: () => undefined }, () => {
      throw new Error('no API in this test');
    }).catch((e: Error) => e);
    expect(planned).toBeInstanceOf(Error);
    expect((planned as Error).message).toMatch(/github-token/);
  });
});

describe('separate clusters (evaluate-revisions.ts)', () => {
  it('merges the clusters: endpoints by id, changes of all, diagnostics once', () => {
    const one = (name: string): DiffReport => ({
      ...emptyReport('b', 'h'),
      endpoints: [{ type: 'workload', id: 'x/a', namespace: 'x', name: 'a', kind: 'Deployment' }],
      added: [name],
      diagnostics: [{ code: 'YAML_SYNTAX', severity: 'error', file: 'f.yaml', line: 1, message: 'm', fix: 'f' }],
    });
    const merged = mergeReports(
      [
        { name: 'prod', report: one('x/a') },
        { name: 'staging', report: one('x/b') },
      ],
      'b',
      'h',
    );
    expect(merged.endpoints.map((e) => e.id)).toEqual(['x/a']);
    expect(merged.added).toEqual(['x/a', 'x/b']);
    expect(merged.diagnostics).toHaveLength(1);
  });
});

describe('relevance of Calico objects (manifests/relevance.ts)', () => {
  it('a Tier, a network set or a staged policy may change reachability; Calico configuration does not', async () => {
    const { mayAffectReachability } = await import('../../src/manifests/relevance.js');
    for (const kind of ['Tier', 'GlobalNetworkSet', 'NetworkSet', 'GlobalNetworkPolicy', 'StagedNetworkPolicy'])
      expect(mayAffectReachability(`apiVersion: projectcalico.org/v3\nkind: ${kind}\n`), kind).toBe(true);
    expect(mayAffectReachability('apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\n')).toBe(false);
  });
});
