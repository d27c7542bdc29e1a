// The words of a because-line: what a reason's reference says, in the names of rule-names.ts.
// `NetworkPolicy shop/web ingress[0] no longer matches: commonLabels at overlays/prod/kustomization.yaml:10
// adds env=prod to its podSelector`, `NetworkPolicy x/deny isolates ingress`.
import type { Reason } from '../model/change.js';
import type { LabelRequirement } from '../model/labels.js';
import type { ReasonRef, Relabeling } from '../model/rule-ref.js';
import { policyName, ruleName, ruleNameWithoutAction } from './rule-names.js';

const CHANGE_TEXT = {
  'no-longer-denies': ' no longer denies',
  'no-longer-matches': ' no longer matches',
  gone: ' is gone',
};

/** Reasons are shared by every change they explain (thousands at scale): worded once each. */
const texts = new WeakMap<Reason, string>();

/** What a report says after "because". */
export function reasonText(reason: Reason): string {
  let text = texts.get(reason);
  if (text === undefined) texts.set(reason, (text = refText(reason.ref, reason.revision)));
  return text;
}

function refText(ref: ReasonRef, revision: Reason['revision']): string {
  switch (ref.type) {
    case 'rule': {
      const patched = ref.addedByPatch === true ? ' (added by a patch)' : '';
      const change = ref.change === undefined ? '' : CHANGE_TEXT[ref.change];
      const why = ref.relabeled === undefined ? '' : relabelText(ref.relabeled);
      return `${ruleName(ref.rule)}${patched}${change}${why}`;
    }
    case 'isolation': {
      const verb = ref.ended === true ? 'no longer isolates' : 'isolates';
      if (ref.emptyRule === undefined) return `${policyName(ref.policy)} ${verb} ${ref.direction}`;
      // A Cilium empty rule reads as allow-all to anyone who knows NetworkPolicy (SEMANTICS §5.3).
      const what =
        ref.ended === true
          ? `empty rule (default deny only) ${verb} ${ref.direction}`
          : 'empty rule: default deny only';
      return `${ruleNameWithoutAction(ref.emptyRule)} ${what}`;
    }
    case 'new-workload': {
      const { kind, namespace, name } = ref.workload;
      return `${kind} ${namespace}/${name} is new, and no policy isolates its ${ref.direction}`;
    }
    case 'unreadable':
      return `${ref.object} could not be read at ${revision}: ${ref.cause}`;
  }
}

/** `: commonLabels at overlays/prod/kustomization.yaml:10 adds env=prod to its podSelector`. */
function relabelText(r: Relabeling): string {
  const labels = [...new Set(r.labels.map(requirementText))].join(', ');
  const where = r.selector === 'peers' ? 'its podSelector' : "the policy's podSelector";
  return `: ${r.what} at ${r.file}:${r.line} adds ${labels} to ${where}`;
}

function requirementText(q: LabelRequirement): string {
  if (q.operator === 'In' && q.values.length === 1) return `${q.key}=${q.values[0]}`;
  return q.values.length === 0 ? `${q.key} ${q.operator}` : `${q.key} ${q.operator} (${q.values.join(', ')})`;
}
