// The plain-text report for the terminal: the sentences, each with the rules that caused it.
// Rendered as a stream of lines, each ending in a newline, so that a report of millions of paths
// is never one string nor one array: a header section (the verdict, then lead lines), then
// sections, each a blank line and a title before its lines, left out when it has none.
import type { Change, Reason } from '../model/change.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { diagnosticLine } from './diagnostic-text.js';
import { changeSentences, connectionSentence, endpointLookup, restrictionSentence, type EndpointLookup } from './sentences.js';
import { isIncomplete, summarizeDiff, unreadableLine, verdictLine } from './summary.js';

const INCOMPLETE = 'incomplete: some input was rejected (errors below); the verdict does not include it';

export function* renderDiffText(report: DiffReport): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  const summary = summarizeDiff(report);
  // Header: the verdict, then the lines a reader must see before any path.
  yield `netreach: ${verdictLine(summary)} (${report.base} -> ${report.head})\n`;
  const unreadable = unreadableLine(summary);
  if (unreadable !== undefined) yield `${unreadable}\n`;
  yield* section('opened:', changeLines(report.changes, 'opened', lookup));
  yield* section('closed:', changeLines(report.changes, 'closed', lookup));
  if (summary.addedWorkloads.length > 0) yield `\nnew workloads: ${summary.addedWorkloads.join(', ')}\n`;
  if (summary.removedWorkloads.length > 0) yield `\nremoved workloads: ${summary.removedWorkloads.join(', ')}\n`;
  yield* section('warnings:', warningLines(report.diagnostics));
}

export function* renderReachText(report: ReachReport): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  yield `netreach: ${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'}\n`;
  if (isIncomplete(report.diagnostics)) yield `${INCOMPLETE}\n`;
  for (const c of report.connections) yield `${connectionSentence(c, lookup)}\n`;
  yield* section('warnings:', warningLines(report.diagnostics));
}

/** Several clusters: one section each. */
export function* renderClustersText(clusters: readonly ClusterReport[]): Generator<string> {
  for (const [i, c] of clusters.entries()) {
    if (i > 0) yield '\n';
    yield `== cluster ${c.name} ==\n`;
    yield* renderDiffText(c.report);
  }
}

/** A blank line and the title before the first line; nothing when there is no line. */
function* section(title: string, lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    if (first) yield `\n${title}\n`;
    first = false;
    yield `${line}\n`;
  }
}

/** Each change's sentence for the ports it opened (or closed), followed by its because-lines. */
function* changeLines(changes: readonly Change[], which: 'opened' | 'closed', lookup: EndpointLookup): Generator<string> {
  for (const change of changes) {
    const s = changeSentences(change, lookup)[which];
    const r = restrictionSentence(change, lookup);
    if (s !== undefined) {
      yield s;
      yield* becauseLines(change.because, which);
    }
    if (r?.which === which) {
      yield r.text;
      if (s === undefined) yield* becauseLines(change.because, which);
    }
  }
}

function* becauseLines(reasons: readonly Reason[], explains: Reason['explains']): Generator<string> {
  for (const r of reasons) if (r.explains === explains) yield `  because ${r.rule} (${r.revision} ${r.file}:${r.line})`;
}

function* warningLines(diagnostics: readonly Diagnostic[]): Generator<string> {
  for (const d of diagnostics) yield `  ${diagnosticLine(d)}`;
}
