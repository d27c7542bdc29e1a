// The pull-request comment (and the CLI's Markdown): a verdict line, the opened and closed
// paths grouped by cause, each naming the rules that caused it (linked to file and line when
// links are known), new and removed workloads, warnings, and a footer. It always fits the
// given size: with less room it drops the folded details, then shows counts per namespace
// pair, then cuts rows with a pointer to the full report.
import type { Reason } from '../model/change.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport } from '../model/report.js';
import { endpointContext, type EndpointContext } from './endpoint-sets.js';
import { exposureLines } from './exposure-text.js';
import { guardrailView, type AssertionLines } from './guardrail-text.js';
import { renderMermaid } from './mermaid.js';
import { remainingLines } from './remaining-text.js';
import { groupChanges, partsSentenceFor, type PathGroup } from './group-changes.js';
import { escapeCode, escapeMarkdown } from './markdown-escape.js';
import { endpointLookup, partsSentence, type EndpointLookup } from './sentences.js';
import { summarizeDiff, unreadableLine, verdictLine, type DiffSummary } from './summary.js';
import { reasonText } from './reason-text.js';
import { wordsText } from './rule-names.js';

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65_536;

export interface CommentOptions {
  /** First line (the hidden marker), if any. */
  readonly header?: string;
  /** The heading, instead of `### netreach: <verdict>` (a cluster's section). */
  readonly title?: string;
  /** Link to a rule's file and line, when the files can be linked. */
  readonly linkTo?: (at: Pick<Reason, 'revision' | 'file' | 'line'>) => string | undefined;
  /** Footer lines (compared revisions, tool version); plain Markdown written by the caller. */
  readonly footer?: readonly string[];
  /** Where the full report is, said when the comment had to be shortened. */
  readonly fullReportUrl?: string;
  /** `check`: one revision compared with itself, so nothing is "new" or "still" (Guardrails). */
  readonly oneRevision?: boolean;
  /** Maximum length in characters (default GitHub's comment limit). */
  readonly maxLength?: number;
}

const code = (text: string) => `\`${escapeCode(text)}\``;
const MAX_WARNINGS = 50;

/** From most to least detailed: folded paths per group (up to N), headlines only, counts. */
type Level = { kind: 'full'; detailRows: number } | { kind: 'headlines' } | { kind: 'counts' };
/** What each shorter level leaves out, said under the note. */
const SHORTENED = {
  rows: 'Each line lists at most 20 of its paths.',
  headlines: 'Each line is shown without the list of its paths, and without the picture.',
  counts: 'Paths are counted per namespace pair instead of listed.',
} as const;
const LEVELS: readonly Level[] = [
  { kind: 'full', detailRows: 200 },
  { kind: 'full', detailRows: 20 },
  { kind: 'headlines' },
  { kind: 'counts' },
];

export function renderComment(report: DiffReport, options: CommentOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  for (const level of LEVELS) {
    const text = render(report, options, level, Infinity);
    if (text.length <= maxLength) return text;
  }
  // Still too long: cut the counts table (and what remains) at a row boundary, then the
  // exposure lines: with the headline, they are the last things cut.
  let rows = 200;
  let exposure = MAX_EXPOSURE_SHORT;
  for (;;) {
    const text = render(report, options, { kind: 'counts' }, rows, exposure);
    if (text.length <= maxLength) return text;
    if (rows === 0 && exposure === 0) return text.slice(0, maxLength);
    if (rows > 0) rows = Math.floor(rows / 2);
    else exposure = Math.floor(exposure / 2);
  }
}

function render(
  report: DiffReport,
  options: CommentOptions,
  level: Level,
  maxRows: number,
  maxExposure = MAX_EXPOSURE_SHORT,
): string {
  const lookup = endpointLookup(report.endpoints);
  const summary = summarizeDiff(report);
  const out: string[] = [];
  if (options.header !== undefined) out.push(options.header);
  out.push(options.title ?? `### netreach: ${verdictLine(summary)}`);
  const unreadable = unreadableLine(summary);
  if (unreadable !== undefined) out.push('', '> [!WARNING]', `> ${unreadable.replace(/^⚠ /, '')}.`);
  if (level !== LEVELS[0]) {
    out.push(
      '',
      `> [!NOTE]`,
      `> This report was shortened to fit${options.fullReportUrl ? `; the full report is in the [job summary](${options.fullReportUrl})` : ''}. ${SHORTENED[level.kind === 'full' ? 'rows' : level.kind]}`,
    );
  }
  guardrailSection(
    out,
    report,
    lookup,
    options,
    level.kind === 'full' ? Infinity : MAX_WITNESSES_SHORT,
    level.kind === 'full' ? MAX_WARNINGS : MAX_FINDINGS_SHORT,
  );
  const context = endpointContext(report.endpoints, lookup);
  exposureSection(out, report, context, options, level.kind === 'full' ? Infinity : maxExposure);
  if (level.kind === 'full') picture(out, report);
  if (level.kind === 'counts') {
    listSection(out, REMAINING_TITLE, remainingLines(report, context), Math.min(maxRows, MAX_EXPOSURE_SHORT));
    countsTable(out, report, lookup, maxRows);
  } else {
    for (const which of ['opened', 'closed', 'restricted'] as const) {
      if (which === 'closed') listSection(out, REMAINING_TITLE, remainingLines(report, context), Infinity);
      const groups = groupChanges(report.changes, which);
      if (groups.length === 0) continue;
      const total = new Set(groups.flatMap((g) => g.pairs.map((p) => `${p.src}\u0000${p.dst}`))).size;
      out.push('', `**${SECTION_TITLE[which]}** (${total} ${total === 1 ? 'path' : 'paths'})`, '');
      for (const group of groups)
        groupLines(out, group, context, options, level.kind === 'full' ? level.detailRows : 0);
    }
  }
  if (level.kind !== 'counts')
    stagedSection(out, report, context, options, level.kind === 'full' ? level.detailRows : 0);
  if (summary.addedWorkloads.length > 0)
    out.push('', `**New workloads:** ${summary.addedWorkloads.map(code).join(', ')}`);
  if (summary.removedWorkloads.length > 0)
    out.push('', `**Removed workloads:** ${summary.removedWorkloads.map(code).join(', ')}`);
  warnings(out, report.diagnostics);
  if (options.footer !== undefined && options.footer.length > 0) out.push('', '---', ...options.footer);
  return `${out.join('\n')}\n`;
}

/** Calico staged policies: what enforcing each would close and open (compared with head). */
function stagedSection(
  out: string[],
  report: DiffReport,
  context: EndpointContext,
  options: CommentOptions,
  detailRows: number,
): void {
  for (const preview of report.staged ?? []) {
    out.push(
      '',
      `**If you enforce staged policy ${code(preview.policy)}** (${locationLink(preview.file, preview.line, options)})`,
      '',
    );
    const closes = groupChanges(preview.changes, 'closed');
    const opens = groupChanges(preview.changes, 'opened');
    if (closes.length === 0 && opens.length === 0) out.push('- no path changes');
    if (closes.length > 0) out.push('these paths close:', '');
    for (const group of closes) groupLines(out, group, context, options, detailRows);
    if (opens.length > 0) out.push('', 'these paths open:', '');
    for (const group of opens) groupLines(out, group, context, options, detailRows);
  }
}

const SECTION_TITLE = { opened: 'Opened', closed: 'Closed', restricted: 'Restricted differently' } as const;

function groupLines(
  out: string[],
  group: PathGroup,
  context: EndpointContext,
  options: CommentOptions,
  detailRows: number,
): void {
  const [first] = group.pairs;
  if (first === undefined) return;
  const headline = partsSentenceFor(group, context);
  const because = group.reasons.map((r) => reasonLink(r, options));
  out.push(`- ${code(headline)}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
  if (detailRows > 0 && group.pairs.length > 1) {
    out.push(`  <details><summary>${group.pairs.length} paths</summary>`, '');
    for (const pair of group.pairs.slice(0, detailRows))
      out.push(`  - ${code(partsSentence(pair.src, group.parts, pair.dst, context.lookup))}`);
    if (group.pairs.length > detailRows) out.push(`  - … and ${group.pairs.length - detailRows} more`);
    out.push('', '  </details>');
  }
}

function reasonLink(r: Reason, options: CommentOptions): string {
  const text = code(`${reasonText(r)}${r.revision === 'base' ? ' (base)' : ''}`);
  const url = options.linkTo?.(r);
  return url === undefined ? `${text} (${code(`${r.file}:${r.line}`)})` : `[${text}](${url})`;
}

/** Witnesses per assertion, and findings of each kind (new, base's), when the comment had to be
 * shortened: the violations themselves are never cut. */
const MAX_WITNESSES_SHORT = 3;
const MAX_FINDINGS_SHORT = 10;

/** The Guardrails section leads, when the report was made with a repository config: violations
 * (with their witnesses), new findings, what was fixed or holds, then findings base had. */
function guardrailSection(
  out: string[],
  report: DiffReport,
  lookup: EndpointLookup,
  options: CommentOptions,
  maxWitnesses: number,
  maxFindings: number,
): void {
  const view = guardrailView(report, lookup, options.oneRevision === true);
  if (view === undefined) return;
  const icon = view.violated.some((l) => l.outcome.status === 'newly-violated') || view.configErrors > 0 ? '❌ ' : '';
  out.push('', `**${icon}Guardrails** (${escapeMarkdown(view.summary)})`, '');
  if (view.configErrors > 0)
    out.push('- ❌ **the config has errors** (listed under warnings): the assertions they are in were not checked');
  if (view.incomplete)
    out.push(
      '- ⚠️ **some manifests could not be read** (listed under warnings): these statuses leave out what they hold',
    );
  for (const lines of view.violated) assertionItem(out, lines, options, maxWitnesses);
  for (const f of view.newFindings.slice(0, maxFindings))
    out.push(
      `- ⚠️ **${options.oneRevision === true ? 'finding' : 'new finding'}** ${code(f.code)} at ${locationLink(f.file, f.line, options)}: ${escapeMarkdown(wordsText(f.message))} — ${escapeMarkdown(f.fix)}`,
    );
  if (view.newFindings.length > maxFindings)
    out.push(`- … and ${view.newFindings.length - maxFindings} more new findings`);
  for (const lines of view.passing) assertionItem(out, lines, options, 0);
  if (view.oldFindings.length > 0) {
    const n = view.oldFindings.length;
    out.push(`- <details><summary>${n} ${n === 1 ? 'finding' : 'findings'} already at base</summary>`, '');
    for (const f of view.oldFindings.slice(0, maxFindings))
      out.push(
        `  - ${code(f.code)} at ${locationLink(f.file, f.line, options)}: ${escapeMarkdown(wordsText(f.message))}`,
      );
    if (n > maxFindings) out.push(`  - … and ${n - maxFindings} more`);
    out.push('', '  </details>');
  }
}

const STATUS_ICON = { 'newly-violated': '❌', violated: '⚠️', fixed: '✅', held: '✔️' } as const;

function assertionItem(out: string[], lines: AssertionLines, options: CommentOptions, maxWitnesses: number): void {
  const { outcome } = lines;
  out.push(
    `- ${STATUS_ICON[outcome.status]} **${lines.label}:** ${escapeMarkdown(outcome.name)} (${code(`expect: ${outcome.expect}`)}, ${locationLink(outcome.file, outcome.line, options)})`,
  );
  for (const w of lines.witnesses.slice(0, maxWitnesses)) {
    const because = [...w.reasons.map((r) => reasonLink(r, options)), ...w.notes.map((n) => escapeMarkdown(n))];
    out.push(`  - ${code(w.text)}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
  }
  if (lines.witnesses.length > maxWitnesses && maxWitnesses > 0)
    out.push(`  - … and ${lines.witnesses.length - maxWitnesses} more`);
  for (const note of lines.notes) out.push(`  - ${escapeMarkdown(note)}`);
}

/** A file and line, linked like a head rule when links are known. */
function locationLink(file: string, line: number, options: CommentOptions): string {
  const text = code(`${file}${line > 0 ? `:${line}` : ''}`);
  const url = options.linkTo?.({ revision: 'head', file, line });
  return url === undefined ? text : `[${text}](${url})`;
}

/** Exposure comes before the paths, and is the last thing cut: at most this many lines when
 * the comment had to be shortened. */
const MAX_EXPOSURE_SHORT = 20;

function exposureSection(
  out: string[],
  report: DiffReport,
  context: EndpointContext,
  options: CommentOptions,
  maxLines: number,
): void {
  const lines = exposureLines(report, context);
  if (lines.length === 0) return;
  out.push(
    '',
    '**Exposure** (beyond the workloads in the manifests; a new pod is one whose labels no policy uses)',
    '',
  );
  for (const line of lines.slice(0, maxLines)) {
    const because = [
      ...line.reasons.map((r) => reasonLink(r, options)),
      ...(line.moreReasons > 0 ? [`${line.moreReasons} more`] : []),
    ];
    const depends = line.dependsOnUnreadable ? ' (depends on input that could not be read)' : '';
    out.push(`- ${code(line.text)}${depends}${because.length > 0 ? ` — because ${because.join(', ')}` : ''}`);
  }
  if (lines.length > maxLines) out.push(`- … and ${lines.length - maxLines} more`);
}

/** Past this many workload edges the picture shows namespaces: a star of 40 arrows into one
 * workload says less than "20 paths" from each of two namespaces. */
const MAX_PICTURE_EDGES = 30;

/** The changed paths as a Mermaid flowchart (GitHub draws it), when it is small enough to read. */
function picture(out: string[], report: DiffReport): void {
  const drawn = renderMermaid(report, { maxEdges: MAX_PICTURE_EDGES });
  if (drawn === undefined) return;
  // Folded to two arrows or fewer (one namespace into itself), a picture says nothing the
  // headline does not.
  if (drawn.level === 'namespaces' && (drawn.text.match(/-->|-\.->/g) ?? []).length < 3) return;
  const what =
    drawn.level === 'namespaces' ? 'Changed paths between namespaces (too many to draw one by one)' : 'Changed paths';
  out.push(
    '',
    `<details open><summary>${what}: opened solid, closed dashed</summary>`,
    '',
    '```mermaid',
    drawn.text,
    '```',
    '',
    '</details>',
  );
}

const REMAINING_TITLE =
  '**What remains** (for each workload whose ingress or egress shrank: what it still accepts or reaches)';

function listSection(out: string[], title: string, lines: readonly string[], maxLines: number): void {
  if (lines.length === 0) return;
  out.push('', title, '');
  for (const line of lines.slice(0, maxLines)) out.push(`- ${code(line)}`);
  if (lines.length > maxLines) out.push(`- … and ${lines.length - maxLines} more`);
}

function countsTable(out: string[], report: DiffReport, lookup: EndpointLookup, maxRows: number): void {
  const side = (id: string) => {
    const e = lookup(id);
    if (e === undefined || e.type === 'external' || e.type === 'dns') return '(outside the cluster)';
    return e.type === 'entity' ? e.id : e.namespace;
  };
  const counts = new Map<string, { from: string; to: string; opened: number; closed: number }>();
  for (const c of report.changes) {
    const from = side(c.src);
    const to = side(c.dst);
    const key = `${from}\u0000${to}`;
    let row = counts.get(key);
    if (row === undefined) counts.set(key, (row = { from, to, opened: 0, closed: 0 }));
    if (Object.keys(c.opened).length > 0) row.opened++;
    if (Object.keys(c.closed).length > 0) row.closed++;
  }
  const rows = [...counts.values()].sort((a, b) => b.opened + b.closed - (a.opened + a.closed));
  out.push('', '**Changed paths per namespace pair**', '', '| from | to | opened | closed |', '|---|---|---:|---:|');
  // In a table, `|` ends a cell even inside a code span unless escaped.
  const cell = (text: string) => code(text).replace(/\|/g, '\\|');
  for (const row of rows.slice(0, maxRows))
    out.push(`| ${cell(row.from)} | ${cell(row.to)} | ${row.opened} | ${row.closed} |`);
  if (rows.length > maxRows) out.push('', `… and ${rows.length - maxRows} more namespace pairs.`);
}

function warnings(out: string[], diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  out.push(
    '',
    `<details><summary>${diagnostics.length} ${diagnostics.length === 1 ? 'warning' : 'warnings'}${errors > 0 ? ` (${errors} rejected)` : ''}</summary>`,
    '',
  );
  for (const d of diagnostics.slice(0, MAX_WARNINGS))
    out.push(
      `- ${code(`${d.file}${d.line > 0 ? `:${d.line}` : ''}`)} ${d.severity}: ${code(d.message)} — ${code(d.fix)}`,
    );
  if (diagnostics.length > MAX_WARNINGS) out.push(`- … and ${diagnostics.length - MAX_WARNINGS} more`);
  out.push('', '</details>');
}

/** Several clusters in one comment: a verdict over all, then a section per cluster, each
 * fitted to its share of the size. */
export function renderClustersComment(clusters: readonly ClusterReport[], options: CommentOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  const summaries = clusters.map((c) => summarizeDiff(c.report));
  const sum = (f: (s: DiffSummary) => number) => summaries.reduce((n, s) => n + f(s), 0);
  const total = {
    opened: sum((s) => s.opened),
    closed: sum((s) => s.closed),
    restricted: sum((s) => s.restricted),
    exposureOpened: sum((s) => s.exposureOpened),
    exposureClosed: sum((s) => s.exposureClosed),
  };
  const head = [
    ...(options.header === undefined ? [] : [options.header]),
    `### netreach: ${verdictLine(total)} in ${clusters.length} ${clusters.length === 1 ? 'cluster' : 'clusters'}`,
  ].join('\n');
  const foot =
    options.footer !== undefined && options.footer.length > 0 ? ['', '---', ...options.footer].join('\n') : '';
  const share = Math.floor((maxLength - head.length - foot.length - 16) / Math.max(1, clusters.length));
  const sections = clusters.map((c, i) => {
    const { header: _header, footer: _footer, ...rest } = options;
    return renderComment(c.report, {
      ...rest,
      title: `#### \`${escapeCode(c.name)}\`: ${verdictLine(summaries[i] as DiffSummary)}`,
      maxLength: share,
    }).trimEnd();
  });
  return `${[head, ...sections].join('\n\n')}${foot === '' ? '' : `\n${foot}`}\n`;
}
