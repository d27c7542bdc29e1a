// Counts that every format leads with: paths opened and closed, workloads added and removed,
// and whether rejected input makes the verdict incomplete.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiffReport } from '../model/report.js';
import { isEmptyPorts } from '../engine/port-set.js';
import { restrictionChange } from './sentences.js';


export interface DiffSummary {
  readonly opened: number;
  readonly closed: number;
  readonly addedWorkloads: readonly string[];
  readonly removedWorkloads: readonly string[];
  readonly incomplete: boolean;
}

export function isIncomplete(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function summarizeDiff(report: DiffReport): DiffSummary {
  return {
    opened: report.changes.filter((c) => !isEmptyPorts(c.opened) || restrictionChange(c)?.which === 'opened').length,
    closed: report.changes.filter((c) => !isEmptyPorts(c.closed) || restrictionChange(c)?.which === 'closed').length,
    addedWorkloads: report.added,
    removedWorkloads: report.removed,
    incomplete: isIncomplete(report.diagnostics),
  };
}

export function verdictLine(s: DiffSummary): string {
  const paths = (n: number) => `${n} ${n === 1 ? 'path' : 'paths'}`;
  if (s.opened === 0 && s.closed === 0) return 'no reachability changes';
  return `${paths(s.opened)} opened, ${s.closed} closed`;
}
