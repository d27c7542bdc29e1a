// Assertions (issue 12): evaluated at base and head over one universe, representatives
// included, each violation naming its witness pairs and the rules that make them so.
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { readRepositoryConfig } from '../../src/policies/repository-config.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';
import { reasonText } from '../../src/report/reason-text.js';

const world = [
  namespace('payments'),
  namespace('shop', { team: 'shop' }),
  deployment('payments', 'api', { app: 'api' }, [{ name: 'http', containerPort: 8080 }]),
  deployment('shop', 'web', { app: 'web' }),
];
const closed = policy('payments', 'closed', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });
const openToShop = policy('payments', 'shop', {
  podSelector: { matchLabels: { app: 'api' } },
  ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shop' } } }], ports: [{ port: 8080 }] }],
});

const CLOSED = `version: 1
assertions:
  - name: payments is closed
    from: {namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [payments]}]}}
    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}}
    expect: deny
`;

function run(before: object[], after: object[], config = CLOSED) {
  return compareRevisions(
    { label: 'base', files: [file('c.yaml', before)] },
    { label: 'head', files: [file('c.yaml', after)] },
    DEFAULT_EVALUATION_OPTIONS,
    undefined,
    undefined,
    readRepositoryConfig({ path: '.netreach.yaml', text: config }),
  );
}

describe('assertion status', () => {
  it('held: denied at base and head', () => {
    expect(run([...world, closed], [...world, closed]).assertions?.map((a) => a.status)).toEqual(['held']);
  });
  it('newly-violated: held at base, broken at head', () => {
    expect(run([...world, closed], [...world, closed, openToShop]).assertions?.map((a) => a.status)).toEqual([
      'newly-violated',
    ]);
  });
  it('violated: broken at base and still at head', () => {
    expect(run(world, [...world, closed, openToShop]).assertions?.map((a) => a.status)).toEqual(['violated']);
  });
  it('fixed: broken at base, held at head, with no witnesses', () => {
    const [outcome] = run(world, [...world, closed]).assertions ?? [];
    expect(outcome).toMatchObject({ status: 'fixed', witnesses: [] });
  });
  it('a report made without a config has no assertions and no findings', () => {
    const report = compareRevisions(
      { label: 'b', files: [file('c.yaml', world)] },
      { label: 'h', files: [file('c.yaml', world)] },
      DEFAULT_EVALUATION_OPTIONS,
    );
    expect(report.assertions).toBeUndefined();
    expect(report.findings).toBeUndefined();
  });
});

describe('witnesses', () => {
  it('name the pair, the ports and the rules that allow it, as a change names them', () => {
    const [outcome] = run([...world, closed], [...world, closed, openToShop]).assertions ?? [];
    const web = outcome?.witnesses.find((w) => w.src === 'shop/web');
    expect(web).toMatchObject({ dst: 'payments/api', ports: { TCP: [[8080, 8080]] }, unisolated: ['egress'] });
    expect(web?.because.map((r) => [reasonText(r), r.file, r.revision])).toEqual([
      ['NetworkPolicy payments/shop ingress[0]', 'c.yaml', 'head'],
    ]);
  });
  it('cover pods that do not exist yet, said in words: a new pod in shop, a namespace labelled team=shop', () => {
    const [outcome] = run([...world, closed], [...world, closed, openToShop]).assertions ?? [];
    const described = outcome?.witnesses.flatMap((w) => (w.srcDescription === undefined ? [] : [w.srcDescription]));
    expect(described).toEqual(
      expect.arrayContaining(['a new pod in shop', 'a pod in a new namespace labelled team=shop']),
    );
  });
  it('of expect: allow name the ports not allowed and the policy that isolates', () => {
    const config = `version: 1\nassertions:\n  - name: shop reaches the api\n    from: {namespaceSelector: {matchLabels: {team: shop}}, podSelector: {matchLabels: {app: web}}}\n    to: {podSelector: {matchLabels: {app: api}}}\n    ports: [{port: http}]\n    expect: allow\n`;
    const report = run([...world, openToShop], [...world, closed], config);
    const [outcome] = report.assertions ?? [];
    expect(outcome?.status).toBe('newly-violated');
    expect(outcome?.witnesses).toEqual([
      expect.objectContaining({ src: 'shop/web', dst: 'payments/api', ports: { TCP: [[8080, 8080]] } }),
    ]);
    expect(outcome?.witnesses[0]?.because.map((r) => reasonText(r))).toEqual([
      'NetworkPolicy payments/closed isolates ingress',
    ]);
  });
  it('are at most 20, and the outcome says when more pairs break it', () => {
    const many = Array.from({ length: 25 }, (_, i) => deployment('shop', `w${i}`, { app: `w${i}` }));
    const [outcome] = run([...world, closed, ...many], [...world, ...many]).assertions ?? [];
    expect(outcome?.witnesses).toHaveLength(20);
    expect(outcome?.moreWitnesses).toBe(true);
  });
  it('an ipBlock matches the addresses it names exactly, whatever the rules cut', () => {
    const config = `version: 1\nassertions:\n  - name: nothing from 203.0.113.0/24\n    from: {ipBlock: {cidr: 203.0.113.0/24}}\n    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}}\n    expect: deny\n`;
    const fromOutside = policy('payments', 'outside', {
      podSelector: {},
      ingress: [{ from: [{ ipBlock: { cidr: '198.51.100.0/24' } }] }],
    });
    expect(run([...world, closed], [...world, closed, fromOutside], config).assertions?.map((a) => a.status)).toEqual([
      'held',
    ]);
    const [outcome] =
      run(
        [...world, closed],
        [
          ...world,
          closed,
          policy('payments', 'all', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] }),
        ],
        config,
      ).assertions ?? [];
    expect(outcome?.status).toBe('newly-violated');
    expect(outcome?.witnesses.map((w) => w.src)).toContain('ip:203.0.113.0/24');
  });
  it('an assertion whose scope matches nothing holds but says it checks nothing', () => {
    const config = `version: 1\nassertions:\n  - name: typo\n    from: {namespaceSelector: {}}\n    to: {podSelector: {matchLabels: {app: apii}}}\n    expect: deny\n`;
    const [outcome] = run(world, world, config).assertions ?? [];
    expect(outcome).toMatchObject({ status: 'held', vacuous: 'to' });
  });
});

describe('the config in the report', () => {
  it('its errors come first among the diagnostics and are counted', () => {
    const report = run(world, world, 'version: 1\nassertions:\n  - name: a\n    form: {}\n');
    expect(report.configErrors).toBeGreaterThan(0);
    expect(report.diagnostics[0]).toMatchObject({ file: '.netreach.yaml', severity: 'error' });
  });
});

describe('guardrails over incomplete input', () => {
  it('the config errors are not counted as unreadable manifests', async () => {
    const { summarizeDiff } = await import('../../src/report/summary.js');
    const summary = summarizeDiff(run(world, world, 'version: 1\nassertions:\n  - name: a\n    form: {}\n'));
    expect(summary).toMatchObject({ incomplete: false, unreadableFiles: 0 });
    expect(summary.configErrors).toBeGreaterThan(0);
  });
  it('the Guardrails section says when some manifest could not be read', async () => {
    const { renderDiffText } = await import('../../src/report/text.js');
    const report = compareRevisions(
      { label: 'base', files: [file('c.yaml', [...world, closed])] },
      { label: 'head', files: [file('c.yaml', [...world, closed]), { path: 'broken.yaml', text: 'kind: [' }] },
      DEFAULT_EVALUATION_OPTIONS,
      undefined,
      undefined,
      readRepositoryConfig({ path: '.netreach.yaml', text: CLOSED }),
    );
    expect([...renderDiffText(report)].join('')).toContain(
      'some manifests could not be read (see the warnings): these statuses leave out what they hold',
    );
  });
});
