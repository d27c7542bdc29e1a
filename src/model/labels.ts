// Labels and label selectors, in the normal form every policy API compiles to.

/** A set of labels (key to value). */
export type Labels = Readonly<Record<string, string>>;

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

/**
 * One requirement of a selector. `matchLabels: {k: v}` is the requirement `k In [v]`.
 * `values` is empty for Exists and DoesNotExist.
 */
export interface LabelRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

/** All requirements must hold (AND). No requirements (`{}`) selects everything. */
export interface LabelSelector {
  readonly requirements: readonly LabelRequirement[];
}
