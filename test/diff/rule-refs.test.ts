// A rule's reference (diff/rule-refs.ts) is its identity across revisions: what its name shows and
// nothing else, so a rule whose selector, ports or line changed is the same rule, and a rule that
// moved to another index, policy or action is another.
import { describe, expect, it } from 'vitest';
import { refKey, ruleRef } from '../../src/diff/rule-refs.js';
import { ciliumPolicy, namespace, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

function keys(objects: object[]): string[] {
  const { model } = evaluateObjects([namespace('x'), ...objects]);
  return model.policies.flatMap((p) => p.rules.map((r) => refKey(ruleRef(r, p))));
}

const rule = (app: string, port: number) => ({
  from: [{ podSelector: { matchLabels: { app } } }],
  ports: [{ port }],
});

describe('rule references', () => {
  it('a rule whose peers or ports changed, or that moved down the file, is the same rule', () => {
    const before = keys([policy('x', 'web', { podSelector: {}, ingress: [rule('a', 80)] })]);
    const after = keys([
      policy('x', 'other', { podSelector: {} }),
      policy('x', 'web', { podSelector: { matchLabels: { app: 'web' } }, ingress: [rule('b', 443)] }),
    ]);
    expect(after).toEqual(before);
  });
  it('a rule at another index, in another policy or namespace is another rule', () => {
    const [first, second] = keys([policy('x', 'web', { podSelector: {}, ingress: [rule('a', 80), rule('a', 80)] })]);
    expect(first).not.toBe(second);
    const [renamed] = keys([policy('x', 'api', { podSelector: {}, ingress: [rule('a', 80)] })]);
    const [moved] = keys([namespace('y'), policy('y', 'web', { podSelector: {}, ingress: [rule('a', 80)] })]);
    expect(new Set([first, renamed, moved]).size).toBe(3);
  });
  it('a Cilium allow rule that became a deny rule is another rule', () => {
    const allow = keys([ciliumPolicy('x', 'p', { endpointSelector: {}, ingress: [{ fromEntities: ['world'] }] })]);
    const deny = keys([ciliumPolicy('x', 'p', { endpointSelector: {}, ingressDeny: [{ fromEntities: ['world'] }] })]);
    expect(allow).toHaveLength(1);
    expect(deny).not.toEqual(allow);
  });
  it('the reference of a rule is made once', () => {
    const { model } = evaluateObjects([namespace('x'), policy('x', 'web', { podSelector: {}, ingress: [{}] })]);
    const p = model.policies[0];
    const r = p?.rules[0];
    if (p === undefined || r === undefined) throw new Error('no rule compiled');
    expect(ruleRef(r, p)).toBe(ruleRef(r, p));
  });
  it('a copy of a policy that shares its rules gets references of its own', () => {
    const { model } = evaluateObjects([namespace('x'), policy('x', 'web', { podSelector: {}, ingress: [{}] })]);
    const p = model.policies[0];
    const r = p?.rules[0];
    if (p === undefined || r === undefined) throw new Error('no rule compiled');
    const copy = { ...p, origin: { ...p.origin, kind: 'CiliumNetworkPolicy' } };
    expect(ruleRef(r, p).type).toBe('network-policy');
    expect(ruleRef(r, copy).type).toBe('namespaced');
    expect(ruleRef(r, p).type).toBe('network-policy');
  });
});
