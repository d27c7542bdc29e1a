// Which rule or policy a reason or finding is about, as a reference without words
// (model/rule-ref.ts); `report/rule-names.ts` names it. The reference of a rule is also its
// identity across revisions: a base rule whose reference head still has was changed, not removed.
import type { Policy, Rule } from '../model/rule.js';
import type { PolicyRef, ReasonRef, RuleRef, RulePlace } from '../model/rule-ref.js';

const ruleRefs = new WeakMap<Rule, { readonly policy: Policy; readonly ref: RuleRef }>();

/** The reference of a rule of `policy`, made once per rule and policy (a policy placed in Calico's
 * tiers, enforced for a staged preview or relabelled by Kustomize is a copy that shares its rules). */
export function ruleRef(rule: Rule, policy: Policy): RuleRef {
  const known = ruleRefs.get(rule);
  if (known?.policy === policy) return known.ref;
  const ref = makeRuleRef(rule, policy);
  ruleRefs.set(rule, { policy, ref });
  return ref;
}

function makeRuleRef(rule: Rule, policy: Policy): RuleRef {
  const { origin } = rule;
  const place: RulePlace = {
    ...(origin.part === undefined ? {} : { part: origin.part }),
    list: origin.section ?? origin.direction,
    index: origin.index,
  };
  const named = { ...(origin.policy.namespace === undefined ? {} : { namespace: origin.policy.namespace }) };
  const ruleName = origin.name === undefined ? {} : { ruleName: origin.name };
  const { calico } = policy;
  if (calico !== undefined && calico.kubernetes !== true) {
    if (calico.endOfTier !== undefined) return { type: 'calico-tier-end', tier: calico.tier, action: rule.action };
    const { kind } = policy.origin;
    const { tier, order } = calico;
    return {
      type: 'calico',
      kind,
      ...named,
      name: origin.policy.name,
      tier,
      order,
      place,
      ...ruleName,
      action: rule.action,
    };
  }
  if (policy.origin.kind === 'NetworkPolicy')
    return { type: 'network-policy', ...named, name: origin.policy.name, place };
  if (policy.tier === 'namespaced') {
    const { kind } = policy.origin;
    return { type: 'namespaced', kind, ...named, name: origin.policy.name, place, deny: rule.action === 'deny' };
  }
  return {
    type: 'ranked',
    kind: policy.origin.kind,
    name: policy.origin.name,
    tier: policy.tier,
    priority: policy.priority ?? 0,
    place,
    ...ruleName,
    action: rule.action,
  };
}

export function policyRef(policy: Policy): PolicyRef {
  const { kind, namespace, name } = policy.origin;
  return { kind, ...(namespace === undefined ? {} : { namespace }), name };
}

const refKeys = new WeakMap<object, string>();

/** A key that is equal for two references exactly when they are equal (they are built field by
 * field in one order, so their JSON is). */
export function refKey(ref: RuleRef | ReasonRef): string {
  let key = refKeys.get(ref);
  if (key === undefined) refKeys.set(ref, (key = JSON.stringify(ref)));
  return key;
}
