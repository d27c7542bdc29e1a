// Reads a Kubernetes LabelSelector (matchLabels + matchExpressions) into the normal form, with
// the validation the API server applies (SEMANTICS §2.6, §2.16).
import type { LabelRequirement, LabelSelector } from '../model/labels.js';
import { isRecord } from '../manifests/is-record.js';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** The selector, or what is wrong with it (as a sentence fragment). */
export function readLabelSelector(value: unknown): LabelSelector | string {
  if (value === null || value === undefined) return { requirements: [] };
  if (!isRecord(value)) return 'a label selector must be a mapping with matchLabels and/or matchExpressions';
  const requirements: LabelRequirement[] = [];
  const { matchLabels, matchExpressions } = value;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return 'matchLabels must be a mapping of keys to string values';
    for (const [key, v] of Object.entries(matchLabels)) {
      if (typeof v !== 'string')
        return `matchLabels "${key}" has the value ${JSON.stringify(v)}; values must be strings (quote it)`;
      requirements.push({ key, operator: 'In', values: [v] });
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return 'matchExpressions must be a list';
    for (const [i, e] of matchExpressions.entries()) {
      if (!isRecord(e) || typeof e.key !== 'string' || e.key === '') return `matchExpressions[${i}] needs a key`;
      const { key, operator } = e;
      if (typeof operator !== 'string' || !OPERATORS.has(operator)) {
        return `matchExpressions[${i}] has the operator ${JSON.stringify(operator)}; use In, NotIn, Exists or DoesNotExist`;
      }
      const values = e.values ?? [];
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
        return `matchExpressions[${i}].values must be a list of strings`;
      const needsValues = operator === 'In' || operator === 'NotIn';
      if (needsValues && values.length === 0) return `matchExpressions[${i}] (${operator}) needs at least one value`;
      if (!needsValues && values.length > 0) return `matchExpressions[${i}] (${operator}) must not have values`;
      requirements.push({ key, operator: operator as LabelRequirement['operator'], values: values as string[] });
    }
  }
  return { requirements };
}
