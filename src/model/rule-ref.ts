// How the pipeline refers to the rules and policies a report cites, without words: the diff says
// *which* rule decided, `report/rule-names.ts` decides how a reader sees it named. Each reference
// holds exactly what its name shows, so two references are equal when their names are (the diff
// matches rules across revisions by them).
import type { LabelRequirement } from './labels.js';
import type { Action, Direction, Tier } from './rule.js';

/** Where a rule sits in its policy: its list (`ingress`, `egress`, Cilium's `ingressDeny`), its
 * index there, and the part of a policy with several (`specs[1]` of a Cilium policy). */
export interface RulePlace {
  readonly part?: string;
  readonly list: string;
  readonly index: number;
}

/** One rule of a policy, by the API that wrote it. */
export type RuleRef =
  /** A Kubernetes NetworkPolicy's rule (also when Calico evaluates it in its default tier). */
  | {
      readonly type: 'network-policy';
      readonly namespace?: string;
      readonly name: string;
      readonly place: RulePlace;
    }
  /** A rule of another namespaced-tier policy (Cilium's), allow or deny. */
  | {
      readonly type: 'namespaced';
      readonly kind: string;
      readonly namespace?: string;
      readonly name: string;
      readonly place: RulePlace;
      readonly deny: boolean;
    }
  /** A rule of an ordered policy (admin and baseline tiers): by kind, name and rank. */
  | {
      readonly type: 'ranked';
      readonly kind: string;
      readonly name: string;
      readonly tier: Tier;
      readonly priority: number;
      readonly place: RulePlace;
      readonly ruleName?: string;
      readonly action: Action;
    }
  /** A Calico policy's rule: its tier and order (Infinity when the policy has none). */
  | {
      readonly type: 'calico';
      readonly kind: string;
      readonly namespace?: string;
      readonly name: string;
      readonly tier: string;
      readonly order: number;
      readonly place: RulePlace;
      readonly ruleName?: string;
      readonly action: Action;
    }
  /** The end of a Calico tier: its default action for what no rule of the tier decided. */
  | { readonly type: 'calico-tier-end'; readonly tier: string; readonly action: Action };

/** A policy as a whole. */
export interface PolicyRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/** A Kustomize label transformer that added labels to a rule's selectors at head (the
 * commonLabels trap): which one, where it is configured, and what it added to which selector. */
export interface Relabeling {
  readonly what: string;
  readonly file: string;
  readonly line: number;
  readonly labels: readonly LabelRequirement[];
  /** `peers`: the rule's podSelector; `subject`: the policy's. */
  readonly selector: 'peers' | 'subject';
}

/** What a because-line is about. */
export type ReasonRef =
  /** A rule that allows or denies, or (with `change`) one of base that no longer does. */
  | {
      readonly type: 'rule';
      readonly rule: RuleRef;
      /** A Kustomize patch added the rule. */
      readonly addedByPatch?: true;
      /** What became of a base rule: it no longer denies, no longer matches (and why, when a
       * label transformer explains it), or is gone from head. */
      readonly change?: 'no-longer-denies' | 'no-longer-matches' | 'gone';
      readonly relabeled?: Relabeling;
    }
  /** A policy that isolates the endpoint (or, `ended`, no longer does). A Cilium policy that
   * isolates by an empty rule (`{}`) is cited at that rule. */
  | {
      readonly type: 'isolation';
      readonly policy: PolicyRef;
      readonly direction: Direction;
      readonly ended?: true;
      readonly emptyRule?: RuleRef;
    }
  /** A new workload that no policy isolates in this direction. */
  | {
      readonly type: 'new-workload';
      readonly workload: { readonly kind: string; readonly namespace: string; readonly name: string };
      readonly direction: Direction;
    }
  /** An object that could not be read in the reason's revision, and the first clause of why. */
  | { readonly type: 'unreadable'; readonly object: string; readonly cause: string };

/** Something a sentence names, in the report's words: a rule (optionally without its action
 * suffix) or a policy (by its full kind, or by the short one of because-lines). */
export type Named =
  { readonly rule: RuleRef; readonly withoutAction?: true } | { readonly policy: PolicyRef; readonly fullKind?: true };

/** A sentence whose rule and policy names the report writes: `[{rule}, ' allows nothing: …']`. */
export type Words = readonly (string | Named)[];
