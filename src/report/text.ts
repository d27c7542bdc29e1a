// The plain-text report for the terminal: the sentences, each with the rules that caused it.
import type { Reason } from '../model/change.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { diagnosticLine } from './diagnostic-text.js';
import { changeSentences, connectionSentence, endpointLookup, restrictionSentence } from './sentences.js';
import { isIncomplete, summarizeDiff, unreadableLine, verdictLine } from './summary.js';

const INCOMPLETE = 'incomplete: some input was rejected (errors below); the verdict does not include it';

export function renderDiffText(report: DiffReport): string {
  const lookup = endpointLookup(report.endpoints);
  const summary = summarizeDiff(report);
  const lines = [`netreach: ${verdictLine(summary)} (${report.base} -> ${report.head})`];
  const unreadable = unreadableLine(summary);
  if (unreadable !== undefined) lines.push(unreadable);
  const opened: string[] = [];
  const closed: string[] = [];
  for (const change of report.changes) {
    const s = changeSentences(change, lookup);
    const r = restrictionSentence(change, lookup);
    if (s.opened !== undefined) opened.push(s.opened, ...becauseLines(change.because, 'opened'));
    if (r?.which === 'opened') opened.push(r.text, ...(s.opened === undefined ? becauseLines(change.because, 'opened') : []));
    if (s.closed !== undefined) closed.push(s.closed, ...becauseLines(change.because, 'closed'));
    if (r?.which === 'closed') closed.push(r.text, ...(s.closed === undefined ? becauseLines(change.because, 'closed') : []));
  }
  if (opened.length > 0) lines.push('', 'opened:', ...opened);
  if (closed.length > 0) lines.push('', 'closed:', ...closed);
  if (summary.addedWorkloads.length > 0) lines.push('', `new workloads: ${summary.addedWorkloads.join(', ')}`);
  if (summary.removedWorkloads.length > 0) lines.push('', `removed workloads: ${summary.removedWorkloads.join(', ')}`);
  if (report.diagnostics.length > 0) lines.push('', 'warnings:', ...report.diagnostics.map((d) => `  ${diagnosticLine(d)}`));
  return `${lines.join('\n')}\n`;
}

function becauseLines(reasons: readonly Reason[], explains: Reason['explains']): string[] {
  return reasons.filter((r) => r.explains === explains).map((r) => `  because ${r.rule} (${r.revision} ${r.file}:${r.line})`);
}

export function renderReachText(report: ReachReport): string {
  const lookup = endpointLookup(report.endpoints);
  const lines = [`netreach: ${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'}`];
  if (isIncomplete(report.diagnostics)) lines.push(INCOMPLETE);
  lines.push(...report.connections.map((c) => connectionSentence(c, lookup)));
  if (report.diagnostics.length > 0) lines.push('', 'warnings:', ...report.diagnostics.map((d) => `  ${diagnosticLine(d)}`));
  return `${lines.join('\n')}\n`;
}

/** Several clusters: one section each. */
export function renderClustersText(clusters: readonly ClusterReport[]): string {
  return clusters.map((c) => `== cluster ${c.name} ==\n${renderDiffText(c.report)}`).join('\n');
}
