// The Markdown report: a verdict line, the opened and closed paths as sentences with the rules
// that caused them, new and removed workloads, and warnings. Every name from a manifest is
// shown in a code span, so nothing in it can become HTML, a link or a mention.
import type { Change, Reason } from '../model/change.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiffReport, ReachReport } from '../model/report.js';
import { escapeCode } from './markdown-escape.js';
import { changeSentences, connectionSentence, endpointLookup, type EndpointLookup } from './sentences.js';
import { isIncomplete, summarizeDiff, verdictLine } from './summary.js';

const code = (text: string) => `\`${escapeCode(text)}\``;

export function renderDiffMarkdown(report: DiffReport): string {
  const lookup = endpointLookup(report.endpoints);
  const summary = summarizeDiff(report);
  const out = [`### netreach: ${verdictLine(summary)}`, ''];
  out.push(`Compared ${code(report.base)} with ${code(report.head)}.`);
  if (summary.incomplete) out.push('', '> [!WARNING]', '> Some input was rejected (see the warnings below): the verdict does not include it.');
  section(out, 'Opened', report.changes, 'opened', lookup);
  section(out, 'Closed', report.changes, 'closed', lookup);
  if (summary.addedWorkloads.length > 0) out.push('', `**New workloads:** ${summary.addedWorkloads.map(code).join(', ')}`);
  if (summary.removedWorkloads.length > 0) out.push('', `**Removed workloads:** ${summary.removedWorkloads.map(code).join(', ')}`);
  warnings(out, report.diagnostics);
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string, changes: readonly Change[], which: 'opened' | 'closed', lookup: EndpointLookup): void {
  const rows: string[] = [];
  for (const change of changes) {
    const text = changeSentences(change, lookup)[which];
    if (text === undefined) continue;
    const because = change.because.filter((r) => r.explains === which).map(reasonText);
    rows.push(`- ${code(text)}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
  }
  if (rows.length > 0) out.push('', `#### ${title} (${rows.length})`, '', ...rows);
}

function reasonText(r: Reason): string {
  return `${code(r.rule)} (${r.revision} ${code(`${r.file}:${r.line}`)})`;
}

function warnings(out: string[], diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  out.push('', `<details><summary>Warnings (${diagnostics.length})</summary>`, '');
  for (const d of diagnostics) out.push(`- ${code(`${d.file}${d.line > 0 ? `:${d.line}` : ''}`)} ${d.severity}: ${code(d.message)} — ${code(d.fix)}`);
  out.push('', '</details>');
}

export function renderReachMarkdown(report: ReachReport): string {
  const lookup = endpointLookup(report.endpoints);
  const out = [`### netreach: ${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'}`, ''];
  if (isIncomplete(report.diagnostics)) out.push('> [!WARNING]', '> Some input was rejected (see the warnings below): the verdict does not include it.', '');
  out.push(...report.connections.map((c) => `- ${code(connectionSentence(c, lookup))}`));
  warnings(out, report.diagnostics);
  return `${out.join('\n')}\n`;
}
