// The one type guard every reader of parsed YAML needs.

/** Whether a parsed YAML value is a mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
