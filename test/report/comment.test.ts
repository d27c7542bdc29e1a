// The PR comment: grouped by cause, linked, and always within the size it is given.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/model/report.js';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { readManifestPath } from '../../src/manifests/read-directory.js';
import { renderComment } from '../../src/report/comment.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';

const root = path.resolve(__dirname, '../..');

function bigReport(workloads: number): DiffReport {
  const objects: object[] = [
    namespace('shop'),
    namespace('a'),
    namespace('b'),
    deployment('shop', 'api', { app: 'api' }),
  ];
  for (let i = 0; i < workloads; i++) objects.push(deployment(i % 2 ? 'a' : 'b', `w${i}`, { app: `w${i}` }));
  const deny = policy('shop', 'deny', { podSelector: {} });
  const open = policy('shop', 'open', {
    podSelector: { matchLabels: { app: 'api' } },
    ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 8080 }] }],
  });
  return compareRevisions(
    { label: 'base', files: [file('c.yaml', [...objects, deny])] },
    { label: 'head', files: [file('c.yaml', [...objects, deny, open])] },
    DEFAULT_EVALUATION_OPTIONS,
  );
}

/** Every workload gets its own allow policy: one group per workload. */
function manyGroups(workloads: number): DiffReport {
  const objects: object[] = [namespace('a'), namespace('b')];
  for (let i = 0; i < workloads; i++) objects.push(deployment(i % 2 ? 'a' : 'b', `w${i}`, { app: `w${i}` }));
  const deny = [policy('a', 'deny', { podSelector: {} }), policy('b', 'deny', { podSelector: {} })];
  const allows = Array.from({ length: workloads }, (_, i) =>
    policy(i % 2 ? 'a' : 'b', `allow-${i}`, {
      podSelector: { matchLabels: { app: `w${i}` } },
      ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 1000 + i }] }],
    }),
  );
  return compareRevisions(
    { label: 'base', files: [file('c.yaml', [...objects, ...deny])] },
    { label: 'head', files: [file('c.yaml', [...objects, ...deny, ...allows])] },
    DEFAULT_EVALUATION_OPTIONS,
  );
}

describe('comment', () => {
  it('one policy opening a workload to every namespace reads as one line, details folded', () => {
    const report = bigReport(40);
    const line = report.changes[0]?.because[0]?.line;
    const md = renderComment(report);
    const opened = md.slice(md.indexOf('**Opened**'));
    const bullets = opened.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets).toEqual([
      `- \`every workload (41) can now reach shop/api:TCP 8080\` — because \`NetworkPolicy shop/open ingress[0]\` (\`c.yaml:${line}\`)`,
    ]);
    expect(md).toContain('<details><summary>41 paths</summary>');
    expect(md).toContain('  - `a/w1 can now reach shop/api:TCP 8080`');
  });
  it('links each rule to its file and line when a link is given', () => {
    const report = bigReport(2);
    const md = renderComment(report, { linkTo: (r) => `https://example.com/${r.file}#L${r.line}` });
    expect(md).toContain(
      `[\`NetworkPolicy shop/open ingress[0]\`](https://example.com/c.yaml#L${report.changes[0]?.because[0]?.line})`,
    );
  });
  it('a report that does not fit drops the details first', () => {
    const report = bigReport(400);
    const full = renderComment(report);
    const md = renderComment(report, { maxLength: 8000, fullReportUrl: 'https://example.com/run' });
    expect(full.length).toBeGreaterThan(8000);
    expect(md.length).toBeLessThanOrEqual(8000);
    expect(md).toContain(
      'This report was shortened to fit; the full report is in the [job summary](https://example.com/run)',
    );
  });
  it('then shows counts per namespace pair', () => {
    // Room for the exposure lines of the shortened comment (cut last) and the table.
    const md = renderComment(manyGroups(100), { maxLength: 4500 });
    expect(md.length).toBeLessThanOrEqual(4500);
    expect(md).toContain('**Changed paths per namespace pair**');
    expect(md).toContain('| `a` | `b` | 2500 | 0 |');
  });
  it('cuts the counts table before the exposure lines, and those before the headline (#10)', () => {
    const md = renderComment(manyGroups(100), { maxLength: 3000 });
    expect(md.length).toBeLessThanOrEqual(3000);
    expect(md.startsWith('### netreach: 10000 paths opened, 0 closed; exposure: 100 opened, 0 closed\n')).toBe(true);
    expect(md).toContain('**Exposure**');
    expect(md).not.toContain('| `a` | `b` |');
    const tiny = renderComment(manyGroups(100), { maxLength: 400 });
    expect(tiny.startsWith('### netreach: 10000 paths opened, 0 closed; exposure: 100 opened, 0 closed\n')).toBe(true);
    expect(tiny.length).toBeLessThanOrEqual(400);
  });
  it('and finally cuts rows, never passing the limit', () => {
    for (const limit of [300, 420, 1000])
      expect(renderComment(manyGroups(30), { maxLength: limit }).length).toBeLessThanOrEqual(limit);
  });
  it('the demo comment as the action writes it (golden)', async () => {
    const read = async (which: string) => ({
      label: which,
      ...(await readManifestPath(path.join(root, 'fixtures/demo', which))),
    });
    const report = compareRevisions(await read('base'), await read('head'), DEFAULT_EVALUATION_OPTIONS);
    const base = '1111111111111111111111111111111111111111';
    const head = '2222222222222222222222222222222222222222';
    const md = renderComment(report, {
      header: `<!-- netreach:comment key="default" base="${base}" head="${head}" -->`,
      linkTo: (r) => `https://github.com/acme/cluster/blob/${r.revision === 'head' ? head : base}/${r.file}#L${r.line}`,
      footer: [
        `<sub>Compared [\`1111111\`](https://github.com/acme/cluster/commit/${base}) (merge base with main) with [\`2222222\`](https://github.com/acme/cluster/commit/${head}). netreach 0.1.0</sub>`,
      ],
    });
    const golden = path.join(root, 'fixtures/demo/expected/pr-comment.md');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, md);
    expect(md).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('the Guardrails section of a shortened comment (#12)', () => {
  it('keeps every violation and fits the limit with many findings', async () => {
    const { renderComment } = await import('../../src/report/comment.js');
    const findings = Array.from({ length: 500 }, (_, i) => ({
      code: 'PEER_SELECTS_NOTHING' as const,
      file: `p${i}.yaml`,
      line: 1,
      message: [
        `NetworkPolicy ns/p${i} ingress[0] has a peer podSelector on app=x${i}, which no workload in the manifests has`.repeat(
          3,
        ),
      ],
      fix: 'check the label',
      new: i % 2 === 0,
    }));
    const report = {
      endpoints: [],
      changes: [],
      added: [],
      removed: [],
      diagnostics: [],
      base: 'b',
      head: 'h',
      assertions: [
        {
          name: 'payments is closed',
          expect: 'deny' as const,
          status: 'newly-violated' as const,
          witnesses: [],
          file: '.netreach.yaml',
          line: 3,
        },
      ],
      findings,
    };
    const text = renderComment(report, { maxLength: 20_000 });
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain('**newly violated:** payments is closed');
    expect(text).toContain('more new findings');
  });
});
