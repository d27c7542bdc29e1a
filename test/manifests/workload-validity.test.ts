// Workloads the API server would refuse are refused (INVALID_WORKLOAD), at the field's line,
// and the rest is still evaluated: one test per requirement.
import { describe, expect, it } from 'vitest';
import { file, namespace } from '../helpers/manifests.js';
import { evaluateFiles } from '../helpers/verdicts.js';

const containers = [{ name: 'c', image: 'x' }];
const controller = (kind: string, name: string, spec: object, apiVersion = 'apps/v1') => ({
  apiVersion,
  kind,
  metadata: { name, namespace: 'x' },
  spec,
});
const template = (labels: object, spec: object = { containers }) => ({ metadata: { labels }, spec });

function refusals(objects: object[]) {
  const r = evaluateFiles([file('w.yaml', [namespace('x'), ...objects])]);
  const refused = r.model.diagnostics.filter((d) => d.code === 'INVALID_WORKLOAD');
  return { r, refused, workloads: r.model.workloads.map((w) => `${w.kind} ${w.name}`) };
}

describe('workloads the API server would refuse', () => {
  it('a Deployment without spec.selector is refused, at the line of its spec, with a fix', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: x}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: x}]}\n';
    const r = evaluateFiles([{ path: 'w.yaml', text }]);
    const refused = r.model.diagnostics.filter((d) => d.code === 'INVALID_WORKLOAD');
    expect(refused.map((d) => [d.severity, d.file, d.line])).toEqual([['error', 'w.yaml', 4]]);
    expect(r.model.workloads).toEqual([]);
    expect(refused[0]?.fix).toContain("add spec.selector matching the pod template's labels");
  });
  it('a Deployment whose matchLabels do not match its template labels is refused at the selector', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: x}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: x}}\n  template:\n    metadata: {labels: {app: "y"}}\n    spec: {containers: [{name: c, image: x}]}\n';
    const refused = evaluateFiles([{ path: 'w.yaml', text }]).model.diagnostics.filter(
      (d) => d.code === 'INVALID_WORKLOAD',
    );
    expect(refused.map((d) => d.line)).toEqual([6]);
    expect(refused[0]?.message).toContain('spec.selector (app=x) does not match');
  });
  it('matchExpressions are matched against the template labels too', () => {
    const failing = { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] };
    const passing = {
      matchExpressions: [
        { key: 'tier', operator: 'NotIn', values: ['be'] },
        { key: 'app', operator: 'Exists' },
      ],
    };
    const { refused, workloads } = refusals([
      controller('StatefulSet', 'bad', { selector: failing, template: template({ app: 'db' }) }),
      controller('StatefulSet', 'good', { selector: passing, template: template({ app: 'db' }) }),
    ]);
    expect(refused.map((d) => d.message)).toEqual([
      expect.stringContaining('StatefulSet bad: spec.selector (tier In (fe)) does not match'),
    ]);
    expect(workloads).toEqual(['StatefulSet good']);
  });
  it('an empty selector is refused (it is invalid for apps/v1 workloads)', () => {
    expect(
      refusals([controller('DaemonSet', 'agent', { selector: {}, template: template({ app: 'agent' }) })]).refused,
    ).toHaveLength(1);
  });
  it('a Pod without containers is refused', () => {
    const { refused } = refusals([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x', labels: { a: 'b' } }, spec: {} },
    ]);
    expect(refused.map((d) => d.message)).toEqual([expect.stringContaining('Pod p: the Pod has no containers')]);
  });
  it('a pod template with an empty container list is refused', () => {
    const { refused } = refusals([
      controller('ReplicaSet', 'rs', {
        selector: { matchLabels: { app: 'a' } },
        template: template({ app: 'a' }, { containers: [] }),
      }),
    ]);
    expect(refused.map((d) => d.message)).toEqual([expect.stringContaining('spec.containers is empty')]);
  });
  it('a Deployment missing both selector and containers gets both refusals', () => {
    expect(
      refusals([controller('Deployment', 'web', { template: { metadata: { labels: { tier: 'fe' } } } })]).refused,
    ).toHaveLength(2);
  });
  it('Job and CronJob selectors are generated, so none is required', () => {
    const { refused, workloads } = refusals([
      controller('Job', 'migrate', { template: template({ job: 'migrate' }) }, 'batch/v1'),
      controller(
        'CronJob',
        'nightly',
        { schedule: '0 0 * * *', jobTemplate: { spec: { template: template({ job: 'nightly' }) } } },
        'batch/v1',
      ),
    ]);
    expect(refused).toEqual([]);
    expect(workloads.sort()).toEqual(['CronJob nightly', 'Job migrate']);
  });
  it("a ReplicationController's selector defaults to its template labels; a given one must match them", () => {
    const { refused, workloads } = refusals([
      controller('ReplicationController', 'defaulted', { template: template({ app: 'rc' }) }, 'v1'),
      controller(
        'ReplicationController',
        'wrong',
        { selector: { app: 'other' }, template: template({ app: 'rc' }) },
        'v1',
      ),
    ]);
    expect(refused.map((d) => d.message)).toEqual([
      expect.stringContaining('ReplicationController wrong: spec.selector (app=other) does not match'),
    ]);
    expect(workloads).toEqual(['ReplicationController defaulted']);
  });
  it('a refused workload leaves the rest evaluated', () => {
    const { r, workloads } = refusals([
      controller('Deployment', 'bad', { template: template({ app: 'bad' }) }),
      controller('Deployment', 'good', {
        selector: { matchLabels: { app: 'good' } },
        template: template({ app: 'good' }),
      }),
    ]);
    expect(workloads).toEqual(['Deployment good']);
    expect(r.ports('x/good', 'x/good')).toBe('all');
  });
});
