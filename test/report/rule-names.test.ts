// How reports name rules and policies (report/rule-names.ts) and word because-lines
// (report/reason-text.ts), from the references the diff makes of compiled policies
// (diff/rule-refs.ts): one test per kind of name.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/model/change.js';
import type { ReasonRef } from '../../src/model/rule-ref.js';
import { ruleRef } from '../../src/diff/rule-refs.js';
import { endOfTierRule } from '../../src/engine/calico-tiers.js';
import { createBitset } from '../../src/engine/bitset.js';
import { reasonText } from '../../src/report/reason-text.js';
import { policyName, ruleName, ruleNameWithoutAction, wordsText } from '../../src/report/rule-names.js';
import { anp, banp, ciliumClusterwidePolicy, ciliumPolicy, cnp, namespace, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

const allNs = { namespaces: {} };

/** Every rule of the compiled policies, by its report name. */
function names(objects: object[]): string[] {
  const { model } = evaluateObjects([namespace('x'), ...objects]);
  return model.policies.flatMap((p) => p.rules.map((r) => ruleName(ruleRef(r, p))));
}

function reason(ref: ReasonRef, revision: Reason['revision'] = 'head'): Reason {
  return { ref, revision, explains: 'opened', file: 'p.yaml', line: 3 };
}

const npRule = { type: 'network-policy', namespace: 'x', name: 'web', place: { list: 'ingress', index: 0 } } as const;

describe('rule names', () => {
  it('a NetworkPolicy rule is named with its kind, namespace, list and index', () => {
    expect(names([policy('x', 'web', { podSelector: {}, ingress: [{}], egress: [{}, {}] })])).toEqual([
      'NetworkPolicy x/web ingress[0]',
      'NetworkPolicy x/web egress[0]',
      'NetworkPolicy x/web egress[1]',
    ]);
  });
  it('a Cilium rule has the short kind, its part, and says Deny only for a deny rule', () => {
    const spec = {
      endpointSelector: {},
      ingress: [{ fromEntities: ['world'] }],
      egressDeny: [{ toEntities: ['world'] }],
    };
    expect(names([ciliumPolicy('x', 'api', [spec, spec]), ciliumClusterwidePolicy('wide', spec)])).toEqual([
      'CNP x/api specs[0] ingress[0]',
      'CNP x/api specs[0] egressDeny[0]: Deny',
      'CNP x/api specs[1] ingress[0]',
      'CNP x/api specs[1] egressDeny[0]: Deny',
      'CCNP wide ingress[0]',
      'CCNP wide egressDeny[0]: Deny',
    ]);
  });
  it('an admin rule has its priority, its own name and its action; a BANP rule has no priority', () => {
    const objects = [
      anp('guard', 10, {
        subject: allNs,
        egress: [
          { name: 'deny-vault', action: 'Deny', to: [allNs] },
          { action: 'Pass', to: [allNs] },
        ],
      }),
      banp({ subject: allNs, ingress: [{ name: 'from-all', action: 'Allow', from: [allNs] }] }),
    ];
    expect(names(objects)).toEqual([
      'ANP guard (priority 10) egress[0] "deny-vault": Deny',
      'ANP guard (priority 10) egress[1]: Pass',
      'BANP default ingress[0] "from-all": Allow',
    ]);
  });
  it('a ClusterNetworkPolicy rule says which of its tiers it is in', () => {
    const objects = [
      cnp('accept', 'Admin', 10, { subject: allNs, ingress: [{ action: 'Accept', from: [allNs] }] }),
      cnp('deny', 'Baseline', 20, { subject: allNs, ingress: [{ action: 'Deny', from: [allNs] }] }),
    ];
    expect(names(objects)).toEqual([
      'ClusterNetworkPolicy accept (Admin, priority 10) ingress[0]: Allow',
      'ClusterNetworkPolicy deny (Baseline, priority 20) ingress[0]: Deny',
    ]);
  });
  it('a Calico rule has its tier and order, or says it has none; a Kubernetes policy beside it keeps its name', () => {
    const V3 = 'projectcalico.org/v3';
    const objects = [
      { apiVersion: V3, kind: 'Tier', metadata: { name: 'security' }, spec: { order: 100 } },
      {
        apiVersion: V3,
        kind: 'GlobalNetworkPolicy',
        metadata: { name: 'security.lock' },
        spec: { tier: 'security', order: 10, selector: 'all()', egress: [{ action: 'Deny', metadata: { name: 'x' } }] },
      },
      {
        apiVersion: V3,
        kind: 'NetworkPolicy',
        metadata: { name: 'open', namespace: 'x' },
        spec: { selector: 'all()', ingress: [{ action: 'Allow' }] },
      },
      policy('x', 'web', { podSelector: {}, ingress: [{}] }),
    ];
    expect(names(objects)).toEqual([
      'GlobalNetworkPolicy security.lock (tier security, order 10) egress[0]: Deny',
      'NetworkPolicy x/open (tier default, no order) ingress[0]: Allow',
      'NetworkPolicy x/web ingress[0]',
    ]);
  });
  it("the end of a Calico tier is named by the tier's default action", () => {
    const tier = { name: 'security', order: 100, defaultAction: 'pass' as const };
    const end = endOfTierRule(tier, 'ingress', createBitset(1), { file: 'p.yaml', line: 1 });
    expect(ruleName(ruleRef(end.rule, end.policy))).toBe(
      'Tier security defaultAction: Pass (no rule of the tier matched)',
    );
  });
  it('a name without its action drops only Allow and Deny', () => {
    expect(
      ruleNameWithoutAction({
        type: 'namespaced',
        kind: 'CiliumNetworkPolicy',
        name: 'p',
        place: { list: 'ingressDeny', index: 0 },
        deny: true,
      }),
    ).toBe('CNP p ingressDeny[0]');
    const pass = {
      type: 'ranked',
      kind: 'AdminNetworkPolicy',
      name: 'a',
      tier: 'admin',
      priority: 1,
      place: { list: 'egress', index: 0 },
      action: 'pass',
    } as const;
    expect(ruleNameWithoutAction(pass)).toBe('ANP a (priority 1) egress[0]: Pass');
  });
  it('a policy is named by its short kind in because-lines and its full kind in findings', () => {
    const ref = { kind: 'CiliumNetworkPolicy', namespace: 'x', name: 'api' };
    expect(policyName(ref)).toBe('CNP x/api');
    expect(policyName(ref, true)).toBe('CiliumNetworkPolicy x/api');
    expect(policyName({ kind: 'GlobalNetworkPolicy', name: 'g' })).toBe('GlobalNetworkPolicy g');
  });
  it('a sentence writes out the names it holds, in place', () => {
    expect(
      wordsText([
        { rule: npRule },
        ' allows nothing: everything it matches is denied first by ',
        { policy: { kind: 'AdminNetworkPolicy', name: 'a' } },
      ]),
    ).toBe('NetworkPolicy x/web ingress[0] allows nothing: everything it matches is denied first by ANP a');
  });
});

describe('because-lines', () => {
  it('a rule that decides is its name, and says so when a Kustomize patch added it', () => {
    expect(reasonText(reason({ type: 'rule', rule: npRule }))).toBe('NetworkPolicy x/web ingress[0]');
    expect(reasonText(reason({ type: 'rule', rule: npRule, addedByPatch: true }))).toBe(
      'NetworkPolicy x/web ingress[0] (added by a patch)',
    );
  });
  it('a base rule says what became of it', () => {
    const text = (change: 'no-longer-denies' | 'no-longer-matches' | 'gone') =>
      reasonText(reason({ type: 'rule', rule: npRule, change }, 'base'));
    expect([text('no-longer-denies'), text('no-longer-matches'), text('gone')]).toEqual([
      'NetworkPolicy x/web ingress[0] no longer denies',
      'NetworkPolicy x/web ingress[0] no longer matches',
      'NetworkPolicy x/web ingress[0] is gone',
    ]);
  });
  it('a rule that no longer matches because of a label transformer names it and the labels, once each', () => {
    const label = { key: 'env', operator: 'In', values: ['prod'] } as const;
    const text = reasonText(
      reason({
        type: 'rule',
        rule: npRule,
        change: 'no-longer-matches',
        relabeled: {
          what: 'commonLabels',
          file: 'overlays/prod/kustomization.yaml',
          line: 10,
          labels: [label, { ...label }, { key: 'tier', operator: 'Exists', values: [] }],
          selector: 'subject',
        },
      }),
    );
    expect(text).toBe(
      "NetworkPolicy x/web ingress[0] no longer matches: commonLabels at overlays/prod/kustomization.yaml:10 adds env=prod, tier Exists to the policy's podSelector",
    );
  });
  it('an isolating policy is named with the direction, and a Cilium empty rule as such', () => {
    const policy = { kind: 'CiliumNetworkPolicy', namespace: 'x', name: 'api' };
    const emptyRule = {
      type: 'namespaced',
      kind: 'CiliumNetworkPolicy',
      namespace: 'x',
      name: 'api',
      place: { list: 'ingress', index: 0 },
      deny: false,
    } as const;
    expect(reasonText(reason({ type: 'isolation', policy, direction: 'ingress' }))).toBe('CNP x/api isolates ingress');
    expect(reasonText(reason({ type: 'isolation', policy, direction: 'egress', ended: true }))).toBe(
      'CNP x/api no longer isolates egress',
    );
    expect(reasonText(reason({ type: 'isolation', policy, direction: 'ingress', emptyRule }))).toBe(
      'CNP x/api ingress[0] empty rule: default deny only',
    );
    expect(reasonText(reason({ type: 'isolation', policy, direction: 'ingress', emptyRule, ended: true }))).toBe(
      'CNP x/api ingress[0] empty rule (default deny only) no longer isolates ingress',
    );
  });
  it('a new workload and an unreadable object say what they are', () => {
    const workload = { kind: 'Deployment', namespace: 'shop', name: 'web' };
    expect(reasonText(reason({ type: 'new-workload', workload, direction: 'egress' }))).toBe(
      'Deployment shop/web is new, and no policy isolates its egress',
    );
    expect(
      reasonText(reason({ type: 'unreadable', object: 'NetworkPolicy x/p', cause: 'YAML syntax error' }, 'base')),
    ).toBe('NetworkPolicy x/p could not be read at base: YAML syntax error');
  });
});
