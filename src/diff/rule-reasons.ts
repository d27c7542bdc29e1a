// How reports name the rules behind a verdict (`NetworkPolicy team-two/pod-3 ingress[0]`, an
// admin rule with its priority and action) and turn them into because-lines. Shared by the
// changes of a diff and the witnesses of an assertion, so both say the same thing.
import type { Reason } from '../model/change.js';
import type { Direction, Policy } from '../model/rule.js';
import type { CompiledRule } from '../engine/connectivity.js';

function policyName(origin: { namespace?: string; name: string }): string {
  return origin.namespace === undefined ? origin.name : `${origin.namespace}/${origin.name}`;
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  AdminNetworkPolicy: 'ANP',
  BaselineAdminNetworkPolicy: 'BANP',
  ClusterNetworkPolicy: 'ClusterNetworkPolicy',
  CiliumNetworkPolicy: 'CNP',
  CiliumClusterwideNetworkPolicy: 'CCNP',
};
const ACTION_LABEL = { allow: 'Allow', deny: 'Deny', pass: 'Pass' } as const;

/** How a report names a rule, always with its kind so that a policy is never read as the
 * workload of the same name: `NetworkPolicy team-two/pod-3 ingress[0]`, or for admin policies
 * `ANP deny-restricted (priority 10) egress[2] "deny-all-to-restricted": Deny`. */
export function ruleLabel(rule: CompiledRule['rule'], policy: Policy): string {
  const { origin } = rule;
  const where = `${origin.part === undefined ? '' : `${origin.part} `}${origin.section ?? origin.direction}[${origin.index}]`;
  const kind = KIND_LABEL[policy.origin.kind] ?? policy.origin.kind;
  if (policy.calico !== undefined && policy.calico.kubernetes !== true) return calicoRuleLabel(rule, policy, where);
  if (policy.origin.kind === 'NetworkPolicy') return `NetworkPolicy ${policyName(origin.policy)} ${where}`;
  if (policy.tier === 'namespaced')
    return `${kind} ${policyName(origin.policy)} ${where}${rule.action === 'deny' ? ': Deny' : ''}`;
  const isCnp = kind === 'ClusterNetworkPolicy';
  const rank =
    policy.tier === 'admin'
      ? ` (${isCnp ? 'Admin, ' : ''}priority ${policy.priority ?? 0})`
      : isCnp
        ? ` (Baseline, priority ${policy.priority ?? 0})`
        : '';
  const name = origin.name === undefined ? '' : ` "${origin.name}"`;
  return `${kind} ${policy.origin.name}${rank} ${where}${name}: ${ACTION_LABEL[rule.action]}`;
}

/** Calico's words: `GlobalNetworkPolicy security.deny-egress (tier security, order 10) egress[1]: Deny`,
 * and for the end of a tier `Tier security defaultAction: Deny (no rule of the tier matched)`. */
function calicoRuleLabel(rule: CompiledRule['rule'], policy: Policy, where: string): string {
  const place = policy.calico as NonNullable<Policy['calico']>;
  if (place.endOfTier !== undefined)
    return `Tier ${place.tier} defaultAction: ${ACTION_LABEL[rule.action]} (no rule of the tier matched)`;
  const order = Number.isFinite(place.order) ? `order ${place.order}` : 'no order';
  const name = rule.origin.name === undefined ? '' : ` "${rule.origin.name}"`;
  return `${policy.origin.kind} ${policyName(rule.origin.policy)} (tier ${place.tier}, ${order}) ${where}${name}: ${ACTION_LABEL[rule.action]}`;
}

/** Reasons are values that every change they explain shares (one rule explains thousands of
 * pairs at scale): made once per rule or policy and wording, with their key. */
const reasonMemo = new WeakMap<object, Map<string, Reason>>();
const reasonKeys = new WeakMap<Reason, string>();

function memoReason(owner: object, variant: string, make: () => Reason): Reason {
  let byVariant = reasonMemo.get(owner);
  if (byVariant === undefined) reasonMemo.set(owner, (byVariant = new Map<string, Reason>()));
  let reason = byVariant.get(variant);
  if (reason === undefined) byVariant.set(variant, (reason = make()));
  return reason;
}

/** What tells two reasons apart (the same rule explaining the same side twice is one reason). */
export function reasonKey(r: Reason): string {
  let key = reasonKeys.get(r);
  if (key === undefined)
    reasonKeys.set(r, (key = `${r.explains}\u0000${r.revision}\u0000${r.rule}\u0000${r.file}\u0000${r.line}`));
  return key;
}

export function ruleReason(
  r: CompiledRule,
  suffix: string,
  revision: Reason['revision'],
  explains: Reason['explains'],
): Reason {
  return memoReason(r, `${suffix}\u0000${revision}\u0000${explains}`, () => {
    const patched = r.rule.origin.addedByPatch === true ? ' (added by a patch)' : '';
    return {
      rule: `${ruleLabel(r.rule, r.policy)}${patched}${suffix}`,
      revision,
      explains,
      file: r.rule.origin.file,
      line: r.rule.origin.line,
    };
  });
}

/** Why a policy isolates (or no longer isolates) an endpoint. A Cilium empty rule (`{}`) is named
 * as such, since it reads as allow-all to anyone who knows NetworkPolicy (SEMANTICS §5.3). */
export function isolationReason(
  policy: Policy,
  direction: Direction,
  verb: string,
  revision: Reason['revision'],
  explains: Reason['explains'],
): Reason {
  return memoReason(policy, `${direction}\u0000${verb}\u0000${revision}\u0000${explains}`, () =>
    makeIsolationReason(policy, direction, verb, revision, explains),
  );
}

function makeIsolationReason(
  policy: Policy,
  direction: Direction,
  verb: string,
  revision: Reason['revision'],
  explains: Reason['explains'],
): Reason {
  const empty = policy.rules.find((r) => r.direction === direction && r.emptyRule === true);
  if (empty === undefined) return policyReason(policy, `${verb} ${direction}`, revision, explains);
  const label = ruleLabel(empty, policy).replace(/: (Allow|Deny)$/, '');
  const what =
    verb === 'isolates' ? 'empty rule: default deny only' : `empty rule (default deny only) ${verb} ${direction}`;
  return { rule: `${label} ${what}`, revision, explains, file: empty.origin.file, line: empty.origin.line };
}

function policyReason(
  policy: Policy,
  what: string,
  revision: Reason['revision'],
  explains: Reason['explains'],
): Reason {
  const kind = `${KIND_LABEL[policy.origin.kind] ?? policy.origin.kind} `;
  return {
    rule: `${kind}${policyName(policy.origin)} ${what}`,
    revision,
    explains,
    file: policy.origin.file,
    line: policy.origin.line,
  };
}
