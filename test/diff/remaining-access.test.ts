// What remains (issue 10): who can still reach a destination that lost sources or ports.
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { endpointContext } from '../../src/report/endpoint-sets.js';
import { remainingLines } from '../../src/report/remaining-text.js';
import { endpointLookup } from '../../src/report/sentences.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';

const world = [
  namespace('shop'),
  deployment('shop', 'frontend', { app: 'frontend' }),
  deployment('shop', 'ads', { app: 'ads' }),
  deployment('shop', 'cart', { app: 'cart' }),
];
const lock = [
  policy('shop', 'deny', { podSelector: {}, policyTypes: ['Ingress'] }),
  policy('shop', 'ads', {
    podSelector: { matchLabels: { app: 'ads' } },
    ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 9555 }] }],
  }),
];

function diff(before: object[], after: object[]) {
  return compareRevisions(
    { label: 'base', files: [file('c.yaml', before)] },
    { label: 'head', files: [file('c.yaml', after)] },
    DEFAULT_EVALUATION_OPTIONS,
  );
}

describe('what remains', () => {
  it('a locked-down destination says who still reaches it and on which port, and that everyone did before', () => {
    const report = diff(world, [...world, ...lock]);
    const ads = report.remaining?.find((r) => r.dst === 'shop/ads');
    expect(ads).toEqual({
      dst: 'shop/ads',
      now: [{ ports: { TCP: [[9555, 9555]] }, peers: ['shop/frontend'] }],
      before: [expect.objectContaining({ everyone: true, peers: [] })],
    });
    const lines = remainingLines(report, endpointContext(report.endpoints, endpointLookup(report.endpoints)));
    expect(lines).toContain('shop/ads now accepts only shop/frontend on TCP 9555 (before: everyone)');
  });
  it('destinations left with the same access are one line', () => {
    const report = diff(world, [...world, lock[0] as object]);
    const lines = remainingLines(report, endpointContext(report.endpoints, endpointLookup(report.endpoints)));
    expect(lines).toEqual(['every workload (3): each now accepts no one (before: everyone)']);
  });
  it('a source whose egress shrank says what it still reaches; its destinations are not listed', () => {
    const out = policy('shop', 'frontend-out', {
      podSelector: { matchLabels: { app: 'frontend' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ podSelector: { matchLabels: { app: 'ads' } } }], ports: [{ port: 9555 }] }],
    });
    const report = diff(world, [...world, out]);
    expect(report.remaining?.map((r) => r.src ?? `dst ${r.dst}`)).toEqual(['shop/frontend']);
    const lines = remainingLines(report, endpointContext(report.endpoints, endpointLookup(report.endpoints)));
    expect(lines).toEqual(['shop/frontend now reaches only shop/ads on TCP 9555 (before: everyone)']);
  });
  it('what remains because a manifest could not be read says so', () => {
    const allow = file('allow.yaml', [lock[1] as object]);
    const broken = { path: 'allow.yaml', text: `${allow.text}\n  bad: [indent` };
    const report = compareRevisions(
      { label: 'base', files: [file('c.yaml', [...world, lock[0] as object]), allow] },
      { label: 'head', files: [file('c.yaml', [...world, lock[0] as object]), broken] },
      DEFAULT_EVALUATION_OPTIONS,
    );
    const ads = report.remaining?.find((r) => r.dst === 'shop/ads');
    expect(ads?.rejected).toEqual([{ revision: 'head', file: 'allow.yaml', line: expect.any(Number) }]);
    const lines = remainingLines(report, endpointContext(report.endpoints, endpointLookup(report.endpoints)));
    expect(lines).toContain(
      'shop/ads now accepts no one (before: shop/frontend on TCP 9555) (depends on input that could not be read)',
    );
  });
  it('a diff that only opens has nothing to say here', () => {
    expect(diff([...world, ...lock], world).remaining).toEqual([]);
  });
});
