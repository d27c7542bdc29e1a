// The Markdown reports: the diff as the pull-request comment shows it, and the reach listing.
// Every name from a manifest is shown in a code span, so nothing in it can become HTML, a link
// or a mention.
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { escapeCode } from './markdown-escape.js';
import { renderClustersComment, renderComment } from './comment.js';
import { connectionSentence, endpointLookup } from './sentences.js';
import { isIncomplete } from './summary.js';

const code = (text: string) => `\`${escapeCode(text)}\``;

/** Several clusters as the pull-request comment shows them, without marker and links. */
export function renderClustersMarkdown(clusters: readonly ClusterReport[]): string {
  const [first] = clusters;
  return renderClustersComment(clusters, first === undefined ? {} : { footer: [`<sub>Compared ${code(first.report.base)} with ${code(first.report.head)}.</sub>`] });
}

/** The diff as the pull-request comment shows it, without marker and links. */
export function renderDiffMarkdown(report: DiffReport): string {
  return renderComment(report, { footer: [`<sub>Compared ${code(report.base)} with ${code(report.head)}.</sub>`] });
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
