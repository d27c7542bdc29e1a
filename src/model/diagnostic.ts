// A problem found in the user's input: a value, never an exception. Every diagnostic names the
// file and line at fault, what is wrong and what to do about it.

/** The closed set of problems netreach reports. Tests assert on these codes, not on wording. */
export type DiagnosticCode =
  | 'UNREADABLE_FILE'
  | 'FILE_TOO_LARGE'
  | 'SYMLINK_OUTSIDE'
  | 'YAML_SYNTAX'
  | 'YAML_ALIAS_LIMIT'
  | 'YAML_AMBIGUOUS_VALUE'
  | 'HELM_CHART'
  | 'TEMPLATED_FILE'
  | 'NOT_AN_OBJECT'
  | 'NOT_KUBERNETES'
  | 'UNKNOWN_API_VERSION'
  | 'UNKNOWN_FIELD'
  | 'INVALID_FIELD'
  | 'INVALID_WORKLOAD'
  | 'INVALID_SELECTOR'
  | 'INVALID_CIDR'
  | 'NON_CANONICAL_CIDR'
  | 'EXCEPT_OUTSIDE_CIDR'
  | 'INVALID_PORT'
  | 'INVALID_END_PORT'
  | 'INVALID_PEER'
  | 'INVALID_POLICY_TYPE'
  | 'DUPLICATE_NAME'
  | 'UNDECLARED_NAMESPACE'
  | 'HOST_NETWORK'
  | 'NAMED_PORT_EXTERNAL'
  | 'POD_IP_UNKNOWN'
  | 'UNSUPPORTED_POLICY'
  | 'UNDECIDABLE_PEER'
  | 'UNKNOWN_PEER'
  | 'SAME_PRIORITY'
  | 'KUSTOMIZE_REFUSED'
  | 'KUSTOMIZE_FAILED'
  | 'KUSTOMIZE_UNAVAILABLE'
  | 'KUSTOMIZE_SUGGESTED'
  | 'KUSTOMIZATION_NOT_LISTED'
  | 'KUSTOMIZATION_IN_ONE_REVISION'
  | 'PATH_IN_ONE_REVISION';

/**
 * `error`: a document (or part of one) was rejected, so the verdict is incomplete.
 * `warning`: everything was evaluated, but under an assumption the user should know about.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Path of the manifest, relative to the path or revision it was read from. */
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** What is wrong, naming the object and field. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}
