// Namespaces without a manifest have only kubernetes.io/metadata.name (SEMANTICS §2.7): netreach
// says so once, where a selector reads another namespace label, and only then (#9).
import { describe, expect, it } from 'vitest';
import { anp, ciliumPolicy, deployment, file, namespace, policy } from '../helpers/manifests.js';
import { evaluateFiles, evaluateObjects } from '../helpers/verdicts.js';

const web = (ns: string) => deployment(ns, 'web', { app: 'web' });
const warnings = (objects: object[]) =>
  evaluateObjects(objects).model.diagnostics.filter((d) => d.code === 'UNDECLARED_NAMESPACE');
const teams = Array.from({ length: 12 }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`);

describe('UNDECLARED_NAMESPACE is said once, where it can change a verdict (#9)', () => {
  it('no warning when no selector reads namespace labels', () => {
    expect(warnings([...teams.map(web), policy('team-01', 'deny', { podSelector: {}, ingress: [] })])).toEqual([]);
  });
  it('no warning when selectors read only kubernetes.io/metadata.name', () => {
    const p = policy('team-01', 'p', {
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['team-02'] }],
              },
            },
          ],
        },
      ],
    });
    expect(warnings([...teams.map(web), p])).toEqual([]);
  });
  it('one warning for all undeclared namespaces, at the first selector that reads another label', () => {
    const netpol = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: p, namespace: team-01}',
      'spec:',
      '  podSelector: {}',
      '  ingress:',
      '  - from: [{podSelector: {}}]',
      '  - from:',
      '    - namespaceSelector: {matchLabels: {env: prod}}',
    ].join('\n');
    const r = evaluateFiles([
      file('workloads.yaml', [namespace('team-01'), ...teams.map(web)]),
      { path: 'netpol.yaml', text: netpol },
    ]);
    const found = r.model.diagnostics.filter((d) => d.code === 'UNDECLARED_NAMESPACE');
    expect(found.map((d) => [d.file, d.line])).toEqual([['netpol.yaml', 8]]);
    expect(found[0]?.message).toContain('team-02, team-03');
    expect(found[0]?.message).toContain('and 1 more');
  });
  it('no warning when every namespace is declared', () => {
    const p = policy('a', 'p', { ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: 'prod' } } }] }] });
    expect(warnings([namespace('a'), web('a'), p])).toEqual([]);
  });
  it('an AdminNetworkPolicy subject on namespace labels counts', () => {
    const policyObject = anp('guard', 10, {
      subject: { namespaces: { matchLabels: { env: 'prod' } } },
      ingress: [{ name: 'deny', action: 'Deny', from: [{ namespaces: {} }] }],
    });
    expect(warnings([web('a'), policyObject]).length).toBe(1);
  });
  it('a Cilium selector on io.cilium.k8s.namespace.labels counts, one on the name label does not', () => {
    const on = (key: string) =>
      ciliumPolicy('a', 'p', { endpointSelector: {}, ingress: [{ fromEndpoints: [{ matchLabels: { [key]: 'x' } }] }] });
    expect(warnings([web('a'), web('b'), on('k8s:io.cilium.k8s.namespace.labels.team')]).length).toBe(1);
    expect(
      warnings([web('a'), web('b'), on('k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name')]),
    ).toEqual([]);
  });
});
