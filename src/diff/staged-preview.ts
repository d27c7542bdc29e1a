// Calico staged policies (docs/semantics-calico.md §10): not enforced, so not part of head's
// verdicts; each is evaluated as if enforced on top of head, and the report says what that would
// close and open: the preview Calico users stage policies for.
import type { ClusterModel } from '../model/cluster.js';
import type { StagedPreview } from '../model/report.js';
import type { Policy } from '../model/rule.js';
import { evaluate } from '../engine/evaluate.js';
import type { Connectivity } from '../engine/connectivity.js';
import type { EvaluationOptions } from '../engine/options.js';
import type { Universe } from '../engine/universe.js';
import { placeInCalicoTiers } from '../policies/build-cluster.js';
import { diffConnectivity } from './diff-connectivity.js';

/** Past this many staged policies, the rest are not previewed (each costs one evaluation). */
export const STAGED_PREVIEW_LIMIT = 20;

export interface StagedModel {
  readonly policy: Policy;
  readonly model: ClusterModel;
}

export function stagedModels(head: ClusterModel): StagedModel[] {
  return (head.stagedPolicies ?? []).slice(0, STAGED_PREVIEW_LIMIT).map((policy) => {
    const enforced: Policy = {
      ...policy,
      calico: { ...(policy.calico as NonNullable<Policy['calico']>), staged: undefined },
    };
    return { policy, model: { ...head, policies: placeInCalicoTiers([...head.policies, enforced]) } };
  });
}

export function stagedPreviews(
  staged: readonly StagedModel[],
  universe: Universe,
  head: Connectivity,
  options: EvaluationOptions,
): StagedPreview[] {
  return staged.map(({ policy, model }) => {
    const { origin } = policy;
    return {
      policy: `${origin.kind} ${origin.namespace === undefined ? '' : `${origin.namespace}/`}${origin.name}`,
      file: origin.file,
      line: origin.line,
      changes: diffConnectivity(head, evaluate(universe, model, options)),
    };
  });
}
