// What the API server requires of a workload before it creates pods: a selector that matches
// the pod template's labels (Deployment, StatefulSet, DaemonSet, ReplicaSet; a
// ReplicationController's defaults to them), and at least one container. Reading the workload is
// workloads.ts's business; this only says why one would be refused, and where.
import type { DocumentPath } from '../model/manifest.js';
import type { WorkloadKind } from '../model/workload.js';
import { isRecord } from './is-record.js';
import { readLabels } from './read-labels.js';

/** Why the API server would refuse a workload: the field at fault (relative to the object), what
 * is wrong, and how to fix it. */
export interface WorkloadProblem {
  readonly path: DocumentPath;
  readonly message: string;
  readonly fix: string;
}

/** Where each workload kind keeps its pod template (a bare Pod is its own). */
export const TEMPLATE_PATHS: Readonly<Record<WorkloadKind, readonly string[]>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
/** Kinds whose selector must be given (apps/v1); Job and CronJob selectors are generated. */
const NEEDS_SELECTOR = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** Why `value` (an object of a workload kind) would be refused: none when it would not (or when
 * it is no workload, or its template is missing: workloads.ts says so). */
export function workloadProblems(kind: string, value: Record<string, unknown>): WorkloadProblem[] {
  // Only workload kinds (and never a kind named after an Object property, such as `constructor`).
  if (!Object.hasOwn(TEMPLATE_PATHS, kind)) return [];
  return [containersProblem(kind, value), selectorProblem(kind, value)].filter(
    (p): p is WorkloadProblem => p !== undefined,
  );
}

function templateOf(kind: string, value: Record<string, unknown>): Record<string, unknown> | undefined {
  let template: unknown = value;
  for (const key of TEMPLATE_PATHS[kind as WorkloadKind] ?? [])
    template = isRecord(template) ? template[key] : undefined;
  return isRecord(template) ? template : undefined;
}

function containersProblem(kind: string, value: Record<string, unknown>): WorkloadProblem | undefined {
  const templatePath = TEMPLATE_PATHS[kind as WorkloadKind];
  const template = templateOf(kind, value);
  if (templatePath === undefined || template === undefined) return undefined;
  const spec = template.spec;
  const containers = isRecord(spec) ? spec.containers : undefined;
  const where = kind === 'Pod' ? 'the Pod' : 'the pod template';
  if (!Array.isArray(containers) || containers.length === 0) {
    return {
      path: [...templatePath, ...(isRecord(spec) ? ['spec', ...(containers === undefined ? [] : ['containers'])] : [])],
      message: `${where} has no containers (spec.containers is ${containers === undefined ? 'missing' : 'empty'}), so the API server refuses it`,
      fix: `add spec.containers with at least one container (name and image)`,
    };
  }
  return undefined;
}

function selectorProblem(kind: string, value: Record<string, unknown>): WorkloadProblem | undefined {
  if (kind !== 'ReplicationController' && !NEEDS_SELECTOR.has(kind)) return undefined;
  const template = templateOf(kind, value);
  if (template === undefined) return undefined;
  const labels = readLabels(isRecord(template.metadata) ? template.metadata.labels : undefined);
  if (typeof labels === 'string') return undefined; // workloads.ts refuses bad labels itself
  const selector = isRecord(value.spec) ? value.spec.selector : undefined;
  if (kind === 'ReplicationController') {
    // Optional: it defaults to the template's labels; a given one must match them.
    if (selector === undefined || selector === null) return undefined;
    if (!isRecord(selector) || Object.values(selector).some((v) => typeof v !== 'string')) {
      return {
        path: ['spec', 'selector'],
        message: 'spec.selector must be a mapping of label keys to string values',
        fix: 'write the selector as labels of the pod template, or leave it out',
      };
    }
    const missing = Object.entries(selector).filter(([k, v]) => labels[k] !== v);
    return missing.length === 0
      ? undefined
      : mismatch(
          ['spec', 'selector'],
          missing.map(([k, v]) => `${k}=${String(v)}`),
        );
  }
  if (selector === undefined || selector === null) {
    return {
      path: ['spec'],
      message: 'spec.selector is missing, so the API server refuses it',
      fix: "add spec.selector matching the pod template's labels (spec.template.metadata.labels)",
    };
  }
  const unmatched = selectorMisses(selector, labels);
  if (typeof unmatched === 'string')
    return {
      path: ['spec', 'selector'],
      message: `spec.selector: ${unmatched}`,
      fix: "write spec.selector with matchLabels (or matchExpressions) matching the pod template's labels",
    };
  return unmatched.length === 0 ? undefined : mismatch(['spec', 'selector'], unmatched);
}

function mismatch(path: DocumentPath, requirements: readonly string[]): WorkloadProblem {
  return {
    path,
    message: `spec.selector (${requirements.join(', ')}) does not match the pod template's labels (spec.template.metadata.labels), so the API server refuses it`,
    fix: "make spec.selector match the pod template's labels, or add the labels to the template",
  };
}

/** The selector's requirements that the labels fail, as text; a message for a selector that is
 * malformed or empty (an empty selector is invalid for apps/v1 workloads). */
function selectorMisses(selector: unknown, labels: Readonly<Record<string, string>>): string[] | string {
  if (!isRecord(selector)) return 'a selector must be a mapping with matchLabels and/or matchExpressions';
  const misses: string[] = [];
  let requirements = 0;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return 'matchLabels must be a mapping of keys to string values';
    for (const [key, v] of Object.entries(matchLabels)) {
      if (typeof v !== 'string')
        return `matchLabels "${key}" has the value ${JSON.stringify(v)}; values must be strings (quote it)`;
      requirements++;
      if (labels[key] !== v) misses.push(`${key}=${v}`);
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return 'matchExpressions must be a list';
    for (const [i, e] of matchExpressions.entries()) {
      if (!isRecord(e) || typeof e.key !== 'string' || e.key === '') return `matchExpressions[${i}] needs a key`;
      const values = Array.isArray(e.values) ? e.values.map(String) : [];
      const has = Object.hasOwn(labels, e.key);
      const value = labels[e.key];
      requirements++;
      const ok =
        e.operator === 'In'
          ? has && values.includes(value as string)
          : e.operator === 'NotIn'
            ? !has || !values.includes(value as string)
            : e.operator === 'Exists'
              ? has
              : e.operator === 'DoesNotExist'
                ? !has
                : undefined;
      if (ok === undefined)
        return `matchExpressions[${i}] has the operator ${JSON.stringify(e.operator)}; use In, NotIn, Exists or DoesNotExist`;
      if (!ok) misses.push(`${e.key} ${String(e.operator)}${values.length > 0 ? ` (${values.join(', ')})` : ''}`);
    }
  }
  if (requirements === 0) return 'the selector is empty, which is invalid for this kind';
  return misses;
}
