// Calico's selector language as a tree (docs/semantics-calico.md §7): what the Calico compiler
// parses a `selector:` string into and what the engine matches endpoint labels against.

export type CalicoSelector =
  | { readonly op: 'all' }
  /** `global()`: matches the non-namespaced endpoints (GlobalNetworkSets) of a namespaceSelector. */
  | { readonly op: 'global' }
  | { readonly op: 'has'; readonly key: string }
  | {
      readonly op: '==' | '!=' | 'contains' | 'starts with' | 'ends with';
      readonly key: string;
      readonly value: string;
    }
  | { readonly op: 'in' | 'not in'; readonly key: string; readonly values: readonly string[] }
  | { readonly op: '!'; readonly operand: CalicoSelector }
  | { readonly op: '&&' | '||'; readonly operands: readonly CalicoSelector[] };
