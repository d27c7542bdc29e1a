// How every format names the rules and policies it cites, always with the kind so that a policy is
// never read as the workload of the same name: `NetworkPolicy team-two/pod-3 ingress[0]`, an admin
// rule with its priority, name and action, a Calico rule with its tier and order.
import type { Action } from '../model/rule.js';
import type { Named, PolicyRef, RulePlace, RuleRef, Words } from '../model/rule-ref.js';

/** The short kinds of because-lines. */
const KIND_LABEL: Readonly<Record<string, string>> = {
  AdminNetworkPolicy: 'ANP',
  BaselineAdminNetworkPolicy: 'BANP',
  ClusterNetworkPolicy: 'ClusterNetworkPolicy',
  CiliumNetworkPolicy: 'CNP',
  CiliumClusterwideNetworkPolicy: 'CCNP',
};
const ACTION_LABEL: Readonly<Record<Action, string>> = { allow: 'Allow', deny: 'Deny', pass: 'Pass' };

function shortKind(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function qualified(ref: { readonly namespace?: string; readonly name: string }): string {
  return ref.namespace === undefined ? ref.name : `${ref.namespace}/${ref.name}`;
}

function placeText(p: RulePlace): string {
  return `${p.part === undefined ? '' : `${p.part} `}${p.list}[${p.index}]`;
}

function ruleNameText(name: string | undefined): string {
  return name === undefined ? '' : ` "${name}"`;
}

/** `NetworkPolicy team-two/pod-3 ingress[0]`, `CNP shop/api ingressDeny[0]: Deny`,
 * `ANP deny-restricted (priority 10) egress[2] "deny-all-to-restricted": Deny`,
 * `GlobalNetworkPolicy security.deny-egress (tier security, order 10) egress[1]: Deny`,
 * `Tier security defaultAction: Deny (no rule of the tier matched)`. */
export function ruleName(ref: RuleRef): string {
  switch (ref.type) {
    case 'network-policy':
      return `NetworkPolicy ${qualified(ref)} ${placeText(ref.place)}`;
    case 'namespaced':
      return `${shortKind(ref.kind)} ${qualified(ref)} ${placeText(ref.place)}${ref.deny ? ': Deny' : ''}`;
    case 'ranked':
      return `${shortKind(ref.kind)} ${ref.name}${rankText(ref)} ${placeText(ref.place)}${ruleNameText(ref.ruleName)}: ${ACTION_LABEL[ref.action]}`;
    case 'calico': {
      const order = Number.isFinite(ref.order) ? `order ${ref.order}` : 'no order';
      return `${ref.kind} ${qualified(ref)} (tier ${ref.tier}, ${order}) ${placeText(ref.place)}${ruleNameText(ref.ruleName)}: ${ACTION_LABEL[ref.action]}`;
    }
    case 'calico-tier-end':
      return `Tier ${ref.tier} defaultAction: ${ACTION_LABEL[ref.action]} (no rule of the tier matched)`;
  }
}

/** An admin policy's priority; a ClusterNetworkPolicy says which of its tiers; a BANP has none. */
function rankText(ref: Extract<RuleRef, { type: 'ranked' }>): string {
  const isCnp = ref.kind === 'ClusterNetworkPolicy';
  if (ref.tier === 'admin') return ` (${isCnp ? 'Admin, ' : ''}priority ${ref.priority})`;
  return isCnp ? ` (Baseline, priority ${ref.priority})` : '';
}

/** A rule's name without the action it ends with (`: Allow`, `: Deny`), for sentences that say
 * what the rule does instead. */
export function ruleNameWithoutAction(ref: RuleRef): string {
  return ruleName(ref).replace(/: (Allow|Deny)$/, '');
}

/** `CNP shop/api` in because-lines; `CiliumNetworkPolicy shop/api` with `fullKind`. */
export function policyName(ref: PolicyRef, fullKind = false): string {
  return `${fullKind ? ref.kind : shortKind(ref.kind)} ${qualified(ref)}`;
}

function namedText(n: Named): string {
  if ('rule' in n) return n.withoutAction === true ? ruleNameWithoutAction(n.rule) : ruleName(n.rule);
  return policyName(n.policy, n.fullKind === true);
}

/** A sentence with its names written out. */
export function wordsText(words: Words): string {
  let out = '';
  for (const w of words) out += typeof w === 'string' ? w : namedText(w);
  return out;
}
