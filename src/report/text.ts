// The plain-text report for the terminal, grouped like the comment: one line per cause and
// destination (or source), its because-lines, and the folded side listed under it; `verbose`
// gives one sentence per pair instead. Rendered as a stream of lines, each ending in a newline,
// so that a report of millions of paths is never one string nor one array: a header section (the
// verdict, then lead lines), then sections, each a blank line and a title before its lines, left
// out when it has none.
import type { Change, Reason } from '../model/change.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport, ReachReport, StagedPreview } from '../model/report.js';
import { diagnosticLine } from './diagnostic-text.js';
import { describeEndpointSet, endpointContext, type EndpointContext } from './endpoint-sets.js';
import { exposureLines } from './exposure-text.js';
import { guardrailView, type AssertionLines, type GuardrailView } from './guardrail-text.js';
import { groupConnections, type Statement } from './reach-statements.js';
import { statementSentence } from './statement-text.js';
import { remainingLines } from './remaining-text.js';
import { groupChanges, partsSentenceFor, restrictionExplains, type Section } from './group-changes.js';
import {
  changeParts,
  connectionSentence,
  endpointLookup,
  endpointName,
  partsSentence,
  restrictionParts,
  type EndpointLookup,
} from './sentences.js';
import { isIncomplete, summarizeDiff, unreadableLine, verdictLine } from './summary.js';
import { reasonText } from './reason-text.js';
import { wordsText } from './rule-names.js';

const INCOMPLETE = 'incomplete: some input was rejected (errors below); the verdict does not include it';

export interface TextOptions {
  /** One sentence per pair, each with its because-lines, instead of one line per cause. */
  readonly verbose?: boolean;
}

/** How many names of the folded side are listed under a line. */
const MEMBERS_SHOWN = 20;
const SECTIONS: readonly Section[] = ['opened', 'closed', 'restricted'];

export function* renderDiffText(report: DiffReport, options: TextOptions = {}): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  const summary = summarizeDiff(report);
  // Header: the verdict, then the lines a reader must see before any path.
  yield `netreach: ${verdictLine(summary)} (${report.base} -> ${report.head})\n`;
  const unreadable = unreadableLine(summary);
  if (unreadable !== undefined) yield `${unreadable}\n`;
  const guardrails = guardrailView(report, lookup);
  if (guardrails !== undefined) yield* section(`guardrails: ${guardrails.summary}`, guardrailLines(guardrails));
  const context = endpointContext(report.endpoints, lookup);
  yield* section(EXPOSURE_TITLE, exposureTextLines(report, context));
  for (const which of SECTIONS) {
    // What remains sums up the closed paths that follow it.
    if (which === 'closed') yield* section(REMAINING_TITLE, remainingLines(report, context));
    yield* section(
      `${which}:`,
      options.verbose === true ? pairLines(report.changes, which, lookup) : groupLines(report.changes, which, context),
    );
  }
  for (const preview of report.staged ?? [])
    yield* section(
      `if you enforce ${preview.policy} (${preview.file}:${preview.line}):`,
      stagedLines(preview, context),
    );
  if (summary.addedWorkloads.length > 0) yield `\nnew workloads: ${summary.addedWorkloads.join(', ')}\n`;
  if (summary.removedWorkloads.length > 0) yield `\nremoved workloads: ${summary.removedWorkloads.join(', ')}\n`;
  yield* section('warnings:', warningLines(report.diagnostics));
}

/** `check`: the repository config on one revision (a report comparing it with itself). */
export function* renderCheckText(report: DiffReport): Generator<string> {
  const view = guardrailView(report, endpointLookup(report.endpoints), true);
  yield `netreach check: ${view?.summary ?? 'no repository config'} (${report.head})\n`;
  if (isIncomplete(report.diagnostics)) yield `${INCOMPLETE}\n`;
  if (view !== undefined) yield* section('guardrails:', guardrailLines(view, true));
  yield* section('warnings:', warningLines(report.diagnostics));
}

export function* renderReachText(report: ReachReport, options: TextOptions = {}): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  const statements = options.verbose === true ? undefined : groupConnections(report.connections);
  const paths = `${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'}`;
  yield `netreach: ${paths}${statements === undefined ? '' : ` in ${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}`}\n`;
  if (isIncomplete(report.diagnostics)) yield `${INCOMPLETE}\n`;
  if (statements === undefined) {
    for (const c of report.connections) yield `${connectionSentence(c, lookup)}\n`;
  } else {
    const context = endpointContext(report.endpoints, lookup);
    for (const s of statements) for (const line of statementLines(s, context)) yield `${line}\n`;
  }
  yield* section('warnings:', warningLines(report.diagnostics));
}

/** A statement, and the members of a side it folded into a count or a pattern. */
function* statementLines(s: Statement, context: EndpointContext): Generator<string> {
  yield statementSentence(s, context);
  yield* memberLines(
    [
      ['from', s.srcs],
      ['to', s.dsts],
    ],
    context,
  );
}

/** Under a folded line: the names it stands for (up to a bound), where the line did not name them. */
function* memberLines(
  sides: readonly (readonly ['from' | 'to', readonly string[]])[],
  context: EndpointContext,
): Generator<string> {
  for (const [label, all] of sides) {
    const described = describeEndpointSet(all, context);
    if (!described.folded) continue;
    // Addresses are named exactly in the line, unless the line counted every member.
    const ids = described.text.endsWith(' endpoints')
      ? all
      : all.filter((id) => context.lookup(id)?.type !== 'external');
    const names = ids.map((id) => endpointName(id, context.lookup));
    const shown = names.slice(0, MEMBERS_SHOWN).join(', ');
    yield `  ${label}: ${shown}${ids.length > MEMBERS_SHOWN ? ` and ${ids.length - MEMBERS_SHOWN} more (--verbose lists every pair)` : ''}`;
  }
}

/** Several clusters: one section each. */
export function* renderClustersText(clusters: readonly ClusterReport[], options: TextOptions = {}): Generator<string> {
  for (const [i, c] of clusters.entries()) {
    if (i > 0) yield '\n';
    yield `== cluster ${c.name} ==\n`;
    yield* renderDiffText(c.report, options);
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

const REMAINING_TITLE =
  'what remains (for each workload whose ingress or egress shrank: what it still accepts or reaches):';

/** The exposure section comes first: it is what a reviewer must see before any path. */
const EXPOSURE_TITLE =
  'exposure (beyond the workloads in the manifests; a new pod is one whose labels no policy uses):';

function* exposureTextLines(report: DiffReport, context: EndpointContext): Generator<string> {
  for (const line of exposureLines(report, context)) {
    yield `${line.text}${line.dependsOnUnreadable ? ' (depends on input that could not be read)' : ''}`;
    yield* becauseLines(line.reasons);
    if (line.moreReasons > 0) yield `  and ${line.moreReasons} more rules (see the paths below)`;
  }
}

/** Violations with their witnesses and because-lines, new findings, what was fixed or holds, and
 * the findings base already had. */
function* guardrailLines(view: GuardrailView, oneRevision = false): Generator<string> {
  if (view.configErrors > 0) yield 'CONFIG ERRORS (see the warnings): the assertions they are in were not checked';
  if (view.incomplete)
    yield 'some manifests could not be read (see the warnings): these statuses leave out what they hold';
  for (const lines of view.violated) yield* assertionTextLines(lines);
  for (const f of view.newFindings)
    yield `${oneRevision ? 'finding' : 'new finding'} ${f.code} at ${f.file}:${f.line}: ${wordsText(f.message)} (${f.fix})`;
  for (const lines of view.passing) yield* assertionTextLines(lines);
  for (const f of view.oldFindings)
    yield `finding already at base ${f.code} at ${f.file}:${f.line}: ${wordsText(f.message)}`;
  if (view.violated.length + view.passing.length + view.newFindings.length + view.oldFindings.length === 0)
    yield 'nothing to check';
}

function* assertionTextLines(lines: AssertionLines): Generator<string> {
  const { outcome } = lines;
  const label =
    outcome.status === 'newly-violated' || outcome.status === 'violated' ? lines.label.toUpperCase() : lines.label;
  yield `${label}: ${outcome.name} (expect ${outcome.expect}, ${outcome.file}:${outcome.line})`;
  for (const w of lines.witnesses) {
    yield `  ${w.text}`;
    for (const r of w.reasons) yield `    because ${reasonText(r)} (${r.revision} ${r.file}:${r.line})`;
    for (const n of w.notes) yield `    because ${n}`;
  }
  for (const n of lines.notes) yield `  ${n}`;
}

/** One line per group, its because-lines, and the members of its folded side. */
function* groupLines(changes: readonly Change[], which: Section, context: EndpointContext): Generator<string> {
  for (const group of groupChanges(changes, which)) {
    yield partsSentenceFor(group, context);
    yield* becauseLines(group.reasons);
    if (group.pairs.length < 2) continue;
    yield* memberLines(
      [
        ['from', [...new Set(group.pairs.map((p) => p.src))]],
        ['to', [...new Set(group.pairs.map((p) => p.dst))]],
      ],
      context,
    );
  }
}

/** What enforcing a staged policy closes and opens. */
function* stagedLines(preview: StagedPreview, context: EndpointContext): Generator<string> {
  const closes = [...groupLines(preview.changes, 'closed', context)];
  const opens = [...groupLines(preview.changes, 'opened', context)];
  if (closes.length === 0 && opens.length === 0) yield 'no path changes';
  if (closes.length > 0) yield 'these paths close:';
  for (const line of closes) yield `  ${line}`;
  if (opens.length > 0) yield 'these paths open:';
  for (const line of opens) yield `  ${line}`;
}

/** Each change's sentence for the ports it opened (closed, or restricted differently), followed
 * by its because-lines. */
function* pairLines(changes: readonly Change[], which: Section, lookup: EndpointLookup): Generator<string> {
  for (const change of changes) {
    const parts = which === 'restricted' ? restrictionParts(change) : changeParts(change, which);
    if (parts === undefined) continue;
    yield partsSentence(change.src, parts, change.dst, lookup);
    const explains = which === 'restricted' ? restrictionExplains(change) : which;
    yield* becauseLines(change.because.filter((r) => r.explains === explains));
  }
}

function* becauseLines(reasons: readonly Reason[]): Generator<string> {
  for (const r of reasons) yield `  because ${reasonText(r)} (${r.revision} ${r.file}:${r.line})`;
}

function* warningLines(diagnostics: readonly Diagnostic[]): Generator<string> {
  for (const d of diagnostics) yield `  ${diagnosticLine(d)}`;
}
