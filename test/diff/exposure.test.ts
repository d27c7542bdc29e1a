// Exposure (issue 10): what a change exposes beyond the workloads of the manifests, found with
// representative peers (a new pod in each namespace, a pod of a namespace no manifest has, a
// namespace labelled as a selector admits) and the address space outside the cluster.
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { failureReasons } from '../../src/report/fail-on.js';
import { summarizeDiff, verdictLine } from '../../src/report/summary.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';
import { reasonText } from '../../src/report/reason-text.js';

const world = [
  namespace('shop'),
  namespace('tools', { team: 'ops' }),
  deployment('shop', 'api', { app: 'api' }),
  deployment('tools', 'cli', { app: 'cli' }),
];
const deny = policy('shop', 'deny', { podSelector: {}, policyTypes: ['Ingress'] });

function diff(before: object[], after: object[]) {
  return compareRevisions(
    { label: 'base', files: [file('c.yaml', before)] },
    { label: 'head', files: [file('c.yaml', after)] },
    DEFAULT_EVALUATION_OPTIONS,
  );
}

describe('exposure', () => {
  it('namespaceSelector {} exposes the workload to every namespace, also those not in the manifests', () => {
    const open = policy('shop', 'open', {
      podSelector: { matchLabels: { app: 'api' } },
      ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 8080 }] }],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    const all = report.exposure?.filter((e) => e.scope === 'all-namespaces');
    expect(all).toEqual([expect.objectContaining({ dst: 'shop/api', opened: { TCP: [[8080, 8080]] }, closed: {} })]);
    expect(all?.[0]?.because.map((r) => reasonText(r))).toEqual(['NetworkPolicy shop/open ingress[0]']);
    // What "every namespace" says is not repeated per namespace.
    expect(report.exposure?.filter((e) => e.scope === 'unlisted-pods' && e.dst === 'shop/api')).toEqual([]);
  });
  it('a namespaceSelector by labels admits namespaces not in the manifests that carry them', () => {
    const open = policy('shop', 'ops', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'ops' } } }] }],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    const unlisted = report.exposure?.find((e) => e.scope === 'unlisted-namespaces' && e.dst === 'shop/api');
    expect(unlisted?.peers).toEqual(['a pod in a new namespace labelled team=ops']);
    expect(report.exposure?.some((e) => e.scope === 'all-namespaces')).toBe(false);
  });
  it('NotIn on the namespace name is never "every namespace": the namespace it leaves out is said apart', () => {
    const open = policy('shop', 'not-kube', {
      podSelector: {},
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }],
              },
            },
          ],
        },
      ],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    expect(report.exposure?.some((e) => e.scope === 'all-namespaces')).toBe(false);
    const peers = report.exposure?.filter((e) => e.dst === 'shop/api').flatMap((e) => e.peers) ?? [];
    expect(peers).toContain('a pod in a new namespace whose name and labels no policy names');
    expect(peers.some((p) => p.includes('kube-system'))).toBe(false);
  });
  it('NotIn on a label leaves out a namespace labelled so, and "every namespace" is not said', () => {
    const open = policy('shop', 'not-blocked', {
      podSelector: {},
      ingress: [
        {
          from: [
            { namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['blocked'] }] } },
          ],
        },
      ],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    expect(report.exposure?.some((e) => e.scope === 'all-namespaces')).toBe(false);
    expect(report.exposure?.flatMap((e) => e.peers).some((p) => p.includes('team=blocked'))).toBe(false);
  });
  it('each value of an In list is a namespace of its own', () => {
    const open = policy('shop', 'mon', {
      podSelector: {},
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [
                  { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['monitoring', 'logging'] },
                ],
              },
            },
          ],
        },
      ],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    expect(report.exposure?.flatMap((e) => e.peers).sort()).toEqual([
      'a pod in namespace logging (not in the manifests)',
      'a pod in namespace monitoring (not in the manifests)',
    ]);
  });
  it('a change of exposure alone is a change: the verdict says so and fail-on opened fails', () => {
    const open = policy('shop', 'ops', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] }],
    });
    const report = diff([...world, deny], [...world, deny, open]);
    expect(report.changes).toEqual([]);
    const summary = summarizeDiff(report);
    expect(verdictLine(summary)).toBe("no path between the manifests' workloads changed; exposure: 1 opened, 0 closed");
    expect(failureReasons(['opened'], summary)).toEqual([
      "exposure opened towards 1 peer beyond the manifests' workloads",
    ]);
  });
  it('removing a default deny exposes the namespace to outside the cluster', () => {
    const report = diff([...world, deny], world);
    const outside = report.exposure?.find((e) => e.scope === 'outside-cluster' && e.dst === 'shop/api');
    expect(outside?.opened).toEqual({ TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] });
    expect(outside?.peers).toEqual(['ip:0.0.0.0/0,::/0']);
    expect(outside?.because.map((r) => reasonText(r))).toEqual(['NetworkPolicy shop/deny no longer isolates ingress']);
  });
  it('podSelector {} in the policy namespace admits a new pod of that namespace only, not every namespace', () => {
    const same = policy('shop', 'same', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });
    const report = diff([...world, deny], [...world, deny, same]);
    // shop/api accepts a new pod of shop, and can reach one (whose ingress the policy opens too).
    expect(report.exposure?.map((e) => [e.scope, e.dst ?? `from ${e.src}`, e.peers])).toEqual([
      ['unlisted-pods', 'shop/api', ['a new pod in shop']],
      ['unlisted-pods', 'from shop/api', ['a new pod in shop']],
    ]);
  });
  it('what closes is said per scope, never as "every namespace"', () => {
    const report = diff(world, [...world, deny]);
    expect(report.exposure?.some((e) => e.scope === 'all-namespaces')).toBe(false);
    expect(
      report.exposure
        ?.filter((e) => e.dst === 'shop/api')
        .map((e) => e.scope)
        .sort(),
    ).toEqual(['outside-cluster', 'unlisted-namespaces', 'unlisted-pods']);
  });
  it('representatives never appear as endpoints, changes or new workloads', () => {
    const open = policy('shop', 'open', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }] }] });
    const report = diff([...world, deny], [...world, deny, open]);
    const ids = new Set(report.endpoints.map((e) => e.id));
    expect([...ids].some((id) => id.includes('('))).toBe(false);
    expect(report.changes.every((c) => ids.has(c.src) && ids.has(c.dst))).toBe(true);
    expect(report.added).toEqual([]);
    expect(report.removed).toEqual([]);
  });
});
