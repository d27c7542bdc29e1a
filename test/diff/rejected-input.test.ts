// Changes that exist only because a document could not be read or was refused in one revision
// say so (issue 9, item 6): JSON `rejected`, a because-line naming the document, and the lead
// line's count. Changes that do not depend on it stay as they are.
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { summarizeDiff, unreadableLine } from '../../src/report/summary.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';
import { reasonText } from '../../src/report/reason-text.js';
import type { Reason } from '../../src/model/change.js';

const world = [
  namespace('ns1'),
  namespace('ns3'),
  deployment('ns1', 'web', { app: 'web' }),
  deployment('ns3', 'api', { app: 'api' }, [{ name: 'http', containerPort: 8080 }]),
];
const isolateNs3 = policy('ns3', 'np3', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });

function compare(base: ManifestFile[], head: ManifestFile[]) {
  return compareRevisions({ label: 'base', files: base }, { label: 'head', files: head }, DEFAULT_EVALUATION_OPTIONS);
}

/** The text of `policies.yaml` with one bad indent in its second document. */
function brokenPolicies(objects: object[]): ManifestFile {
  const good = file('policies.yaml', objects);
  const docs = good.text.split('\n---\n');
  docs[1] = `${docs[1]}\n  broken:\n - indent`;
  return { path: 'policies.yaml', text: docs.join('\n---\n') };
}

describe('changes caused by unreadable input (#9)', () => {
  it('a policy that could not be read at head: the paths it "opens" name the unreadable document, not "no longer isolates" (#9)', () => {
    const keep = policy('ns1', 'web-egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{}] });
    const report = compare(
      [file('apps.yaml', world), file('policies.yaml', [keep, isolateNs3])],
      [file('apps.yaml', world), brokenPolicies([keep, isolateNs3])],
    );
    const change = report.changes.find((c) => c.src === 'ns1/web' && c.dst === 'ns3/api');
    expect(change?.rejected).toEqual([{ revision: 'head', file: 'policies.yaml', line: expect.any(Number) }]);
    expect(reasonText(change?.because[0] as Reason)).toMatch(
      /^NetworkPolicy ns3\/np3 could not be read at head: YAML syntax error/,
    );
    expect(change?.because.some((r) => reasonText(r).includes('no longer isolates'))).toBe(false);
    expect(report.changes.every((c) => c.rejected !== undefined)).toBe(true);
  });
  it('a change made on purpose next to the broken document is not marked (#9)', () => {
    const before = policy('ns1', 'web-egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{}] });
    const after = policy('ns1', 'web-egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ns3' } } }] }],
    });
    const report = compare(
      [file('apps.yaml', world), file('policies.yaml', [before, isolateNs3])],
      [file('apps.yaml', world), brokenPolicies([after, isolateNs3])],
    );
    const intended = report.changes.find((c) => c.src === 'ns1/web' && c.dst === 'ns1/web');
    expect(intended?.closed).not.toEqual({});
    expect(intended?.rejected).toBeUndefined();
    expect(report.changes.find((c) => c.dst === 'ns3/api')?.rejected).toBeDefined();
  });
  it('a workload refused at head: its paths close because it could not be read, not because it was removed (#9)', () => {
    const broken = { ...(deployment('ns3', 'api', { app: 'api' }) as Record<string, unknown>) };
    broken.spec = {
      template: {
        metadata: { labels: { app: ['not', 'a', 'string'] } },
        spec: { containers: [{ name: 'c', image: 'x' }] },
      },
    };
    const report = compare([file('apps.yaml', world)], [file('apps.yaml', [...world.slice(0, 3), broken])]);
    expect(report.changes.length).toBeGreaterThan(0);
    for (const change of report.changes) {
      expect(change.rejected).toEqual([{ revision: 'head', file: 'apps.yaml', line: expect.any(Number) }]);
      expect(reasonText(change.because[0] as Reason)).toMatch(/^Deployment ns3\/api could not be read at head/);
    }
  });
  it('a base document that could not be read and is fixed at head marks the changes it alone causes (#9)', () => {
    const report = compare(
      [file('apps.yaml', world), brokenPolicies([policy('ns1', 'x', { podSelector: {} }), isolateNs3])],
      [file('apps.yaml', world), file('policies.yaml', [policy('ns1', 'x', { podSelector: {} }), isolateNs3])],
    );
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.every((c) => c.rejected?.[0]?.revision === 'base')).toBe(true);
    expect(reasonText(report.changes[0]?.because[0] as Reason)).toMatch(
      /^NetworkPolicy ns3\/np3 could not be read at base/,
    );
  });
  it('the lead line counts unreadable files and the paths that depend on them (#9)', () => {
    const report = compare(
      [file('apps.yaml', world), file('policies.yaml', [policy('ns1', 'x', { podSelector: {} }), isolateNs3])],
      [file('apps.yaml', world), brokenPolicies([policy('ns1', 'x', { podSelector: {} }), isolateNs3])],
    );
    const summary = summarizeDiff(report);
    expect(summary.dependOnUnreadable).toBe(report.changes.length);
    expect(unreadableLine(summary)).toBe(
      `⚠ 1 manifest file could not be read in full; ${report.changes.length} of the paths below depend on it (see the warnings)`,
    );
  });
});

describe('workloads that one revision could not read (#9)', () => {
  it('are listed as unreadable, and the removed list says why (#9)', () => {
    const broken = { ...(deployment('ns3', 'api', { app: 'api' }) as Record<string, unknown>) };
    broken.spec = {
      template: {
        metadata: { labels: { app: ['not', 'a', 'string'] } },
        spec: { containers: [{ name: 'c', image: 'x' }] },
      },
    };
    const report = compare([file('apps.yaml', world)], [file('apps.yaml', [...world.slice(0, 3), broken])]);
    expect(report.removed).toEqual(['ns3/api']);
    expect(report.unreadable).toEqual(['ns3/api']);
    expect(summarizeDiff(report).removedWorkloads).toEqual(['ns3/api (could not be read at head)']);
  });
});
