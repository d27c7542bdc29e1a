// A manifest value as a message shows it: strings as they are, numbers and booleans as written,
// anything else as JSON (never "[object Object]").
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? 'undefined';
}
