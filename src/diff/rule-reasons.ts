// The reasons behind a verdict, as references the report words (model/rule-ref.ts): the rule that
// allows or denies, what became of a base rule, a policy's isolation. Shared by the changes of a
// diff and the witnesses of an assertion, so both cite the same things.
import type { Reason } from '../model/change.js';
import type { Direction, Policy } from '../model/rule.js';
import type { ReasonRef, Relabeling } from '../model/rule-ref.js';
import type { CompiledRule } from '../engine/connectivity.js';
import { policyRef, refKey, ruleRef } from './rule-refs.js';

/** Reasons are values that every change they explain shares (one rule explains thousands of
 * pairs at scale): made once per rule or policy and variant, with their key. */
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
    reasonKeys.set(r, (key = `${r.explains}\u0000${r.revision}\u0000${refKey(r.ref)}\u0000${r.file}\u0000${r.line}`));
  return key;
}

/** What became of a base rule that no longer allows or denies (none: the rule decides now). */
export interface RuleChange {
  readonly change: NonNullable<Extract<ReasonRef, { type: 'rule' }>['change']>;
  readonly relabeled?: Relabeling;
}

export function ruleReason(
  r: CompiledRule,
  revision: Reason['revision'],
  explains: Reason['explains'],
  change?: RuleChange,
): Reason {
  const variant = `${change === undefined ? '' : JSON.stringify(change)}\u0000${revision}\u0000${explains}`;
  return memoReason(r, variant, () => ({
    ref: {
      type: 'rule',
      rule: ruleRef(r.rule, r.policy),
      ...(r.rule.origin.addedByPatch === true ? { addedByPatch: true as const } : {}),
      ...change,
    },
    revision,
    explains,
    file: r.rule.origin.file,
    line: r.rule.origin.line,
  }));
}

/** Why a policy isolates (or, `ended`, no longer isolates) an endpoint. A Cilium policy that does it
 * by an empty rule (`{}`) is cited at that rule, since it reads as allow-all to anyone who knows
 * NetworkPolicy (SEMANTICS §5.3). */
export function isolationReason(
  policy: Policy,
  direction: Direction,
  ended: boolean,
  revision: Reason['revision'],
  explains: Reason['explains'],
): Reason {
  return memoReason(policy, `${direction}\u0000${ended}\u0000${revision}\u0000${explains}`, () => {
    const empty = policy.rules.find((r) => r.direction === direction && r.emptyRule === true);
    const at = empty?.origin ?? policy.origin;
    return {
      ref: {
        type: 'isolation',
        policy: policyRef(policy),
        direction,
        ...(ended ? { ended: true as const } : {}),
        ...(empty === undefined ? {} : { emptyRule: ruleRef(empty, policy) }),
      },
      revision,
      explains,
      file: at.file,
      line: at.line,
    };
  });
}
