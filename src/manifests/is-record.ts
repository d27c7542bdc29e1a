// What every reader of parsed YAML needs: a type guard for mappings, and a look-up by a name
// taken from a manifest that never finds Object's own properties (`kind: constructor`).

/** Whether a parsed YAML value is a mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `table[key]` when the table itself has the key; undefined for `constructor`, `toString`… */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
