// Reads a `labels` mapping, which Kubernetes requires to map strings to strings.
import type { Labels } from '../model/labels.js';
import { isRecord } from './is-record.js';

/** The labels, or an error message when the value is not a mapping of strings to strings. */
export function readLabels(value: unknown): Labels | string {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) return 'labels must be a mapping of keys to string values';
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string')
      return `label "${key}" has the ${v === null ? 'null' : typeof v} value ${JSON.stringify(v)}; label values must be strings (quote it)`;
    labels[key] = v;
  }
  return labels;
}
