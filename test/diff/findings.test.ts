// Findings (issue 12): mistakes on the head a reviewer cannot see in YAML, each with a code, file
// and line, and `new` when base does not have it.
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { readRepositoryConfig } from '../../src/policies/repository-config.js';
import { anp, ciliumPolicy, deployment, file, namespace, policy } from '../helpers/manifests.js';
import { wordsText } from '../../src/report/rule-names.js';

const world = [
  namespace('shop', { team: 'shop' }),
  namespace('kube-system'),
  deployment('shop', 'web', { app: 'web' }, [{ name: 'http', containerPort: 8080 }]),
  deployment('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }),
];
const config = readRepositoryConfig({ path: '.netreach.yaml', text: 'version: 1\nassertions: []\n' });

function findings(before: object[], after: object[]) {
  const report = compareRevisions(
    { label: 'base', files: [file('base.yaml', before)] },
    { label: 'head', files: [file('p.yaml', after)] },
    DEFAULT_EVALUATION_OPTIONS,
    undefined,
    undefined,
    config,
  );
  return (report.findings ?? []).map((f) => ({
    code: f.code,
    file: f.file,
    line: f.line,
    new: f.new,
    message: wordsText(f.message),
  }));
}

describe('findings', () => {
  it('POLICY_SELECTS_NOTHING: a policy whose podSelector matches no workload, noting that it did at base', () => {
    const before = policy('shop', 'web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] });
    const after = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web', env: 'prod' } },
      policyTypes: ['Ingress'],
    });
    const [f] = findings([...world, before], [...world, after]);
    expect(f).toMatchObject({ code: 'POLICY_SELECTS_NOTHING', file: 'p.yaml', new: true });
    expect(f?.message).toContain('at base it selected 1 workload');
  });
  it('POLICY_SELECTS_NOTHING is not new when base had it already', () => {
    const p = policy('shop', 'ghost', { podSelector: { matchLabels: { app: 'ghost' } }, policyTypes: ['Ingress'] });
    expect(findings([...world, p], [...world, p])).toEqual([
      expect.objectContaining({ code: 'POLICY_SELECTS_NOTHING', new: false }),
    ]);
  });
  it('a default deny ({} podSelector) in a namespace without workloads is not a finding', () => {
    expect(
      findings(world, [
        ...world,
        namespace('empty'),
        policy('empty', 'deny', { podSelector: {}, policyTypes: ['Ingress'] }),
      ]),
    ).toEqual([]);
  });
  it('PEER_SELECTS_NOTHING: a peer podSelector on a label no workload has (a typo), at the file and line of the rule', () => {
    const p = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontedn' } } }] }],
    });
    expect(findings(world, [...world, p])).toEqual([
      expect.objectContaining({ code: 'PEER_SELECTS_NOTHING', new: true, file: 'p.yaml', line: 9 }),
    ]);
  });
  it('NAMESPACE_SELECTOR_NO_MATCH: a namespaceSelector on a label no namespace has; the name label is left alone', () => {
    const p = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [
        {
          from: [
            { namespaceSelector: { matchLabels: { team: 'shopp' } } },
            { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
          ],
        },
      ],
    });
    expect(findings(world, [...world, p]).map((f) => f.code)).toEqual(['NAMESPACE_SELECTOR_NO_MATCH']);
  });
  it('NAMED_PORT_UNDECLARED: a named port no selected destination declares', () => {
    const p = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ ports: [{ port: 'http' }] }, { ports: [{ port: 'metrics' }] }],
    });
    const found = findings(world, [...world, p]);
    expect(found.map((f) => f.code)).toEqual(['NAMED_PORT_UNDECLARED']);
    expect(found[0]?.message).toContain('metrics');
  });
  it('EGRESS_WITHOUT_DNS: a workload isolated for egress that can reach nothing on port 53', () => {
    const p = policy('shop', 'egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ podSelector: {} }], ports: [{ port: 8080 }] }],
    });
    const found = findings(world, [...world, p]);
    expect(found).toEqual([expect.objectContaining({ code: 'EGRESS_WITHOUT_DNS', new: true })]);
    expect(found[0]?.message).toContain('shop/web');
  });
  it('EGRESS_WITHOUT_DNS is not found when egress allows port 53', () => {
    const p = policy('shop', 'egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        { to: [{ podSelector: {} }], ports: [{ port: 8080 }] },
        {
          to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ protocol: 'UDP', port: 53 }],
        },
      ],
    });
    expect(findings(world, [...world, p])).toEqual([]);
  });
  it('CILIUM_EMPTY_RULE: an empty Cilium rule turns on default deny only', () => {
    const p = ciliumPolicy('shop', 'web', { endpointSelector: { matchLabels: { app: 'web' } }, ingress: [{}] });
    expect(findings(world, [...world, p]).map((f) => f.code)).toEqual(['CILIUM_EMPTY_RULE']);
  });
  it('a finding is matched across revisions by what it is about, not by line', () => {
    const p = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontedn' } } }] }],
    });
    expect(findings([...world, p], [namespace('extra'), ...world, p])).toEqual([
      expect.objectContaining({ code: 'PEER_SELECTS_NOTHING', new: false }),
    ]);
  });
  it('DEAD_ALLOW_RULE: an allow rule all of whose traffic an admin Deny decides first, naming that Deny', () => {
    const denyShop = anp('deny-shop', 10, {
      subject: { namespaces: { matchLabels: { team: 'shop' } } },
      ingress: [{ name: 'no-ingress', action: 'Deny', from: [{ namespaces: {} }] }],
    });
    const allow = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 8080 }] }],
    });
    const found = findings(world, [...world, denyShop, allow]);
    expect(found.map((f) => f.code)).toEqual(['DEAD_ALLOW_RULE']);
    expect(found[0]?.message).toContain('ANP deny-shop');
  });
  it('an allow rule that a Deny covers only in part is not dead', () => {
    const denySome = anp('deny-dns', 10, {
      subject: { namespaces: { matchLabels: { team: 'shop' } } },
      ingress: [
        { action: 'Deny', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }] },
      ],
    });
    const allow = policy('shop', 'web', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 8080 }] }],
    });
    expect(findings(world, [...world, denySome, allow])).toEqual([]);
  });
});
