// The Markdown reports: the diff as the pull-request comment shows it, and the reach listing.
// Every name from a manifest is shown in a code span, so nothing in it can become HTML, a link
// or a mention. Rendered as a stream of chunks: the diff fits the comment's size budget, but a
// reach listing has no bound.
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { guardrailView } from './guardrail-text.js';
import { escapeCode, escapeMarkdown } from './markdown-escape.js';
import { renderClustersComment, renderComment } from './comment.js';
import { endpointContext } from './endpoint-sets.js';
import { groupConnections } from './reach-statements.js';
import { endpointLookup } from './sentences.js';
import { statementSentence } from './statement-text.js';
import { isIncomplete } from './summary.js';

const code = (text: string) => `\`${escapeCode(text)}\``;

/** Several clusters as the pull-request comment shows them, without marker and links. */
export function* renderClustersMarkdown(clusters: readonly ClusterReport[]): Generator<string> {
  const [first] = clusters;
  yield renderClustersComment(
    clusters,
    first === undefined
      ? {}
      : { footer: [`<sub>Compared ${code(first.report.base)} with ${code(first.report.head)}.</sub>`] },
  );
}

/** The diff as the pull-request comment shows it, without marker and links. */
export function* renderDiffMarkdown(report: DiffReport): Generator<string> {
  yield renderComment(report, { footer: [`<sub>Compared ${code(report.base)} with ${code(report.head)}.</sub>`] });
}

/** `check`: the repository config on one revision, its Guardrails section leading. */
export function* renderCheckMarkdown(report: DiffReport): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  const view = guardrailView(report, lookup, true);
  yield renderComment(report, {
    title: `### netreach check: ${escapeMarkdown(view?.summary ?? 'no repository config')}`,
    oneRevision: true,
    footer: [`<sub>Checked ${code(report.head)}.</sub>`],
  });
}

/** The reach listing: a header (the count, then lead lines), the paths, the warnings. */
export function* renderReachMarkdown(report: ReachReport): Generator<string> {
  const lookup = endpointLookup(report.endpoints);
  const statements = groupConnections(report.connections);
  const context = endpointContext(report.endpoints, lookup);
  yield `### netreach: ${report.connections.length} allowed ${report.connections.length === 1 ? 'path' : 'paths'} in ${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}\n\n`;
  if (isIncomplete(report.diagnostics))
    yield '> [!WARNING]\n> Some input was rejected (see the warnings below): the verdict does not include it.\n\n';
  for (const s of statements) yield `- ${code(statementSentence(s, context))}\n`;
  yield* warnings(report.diagnostics);
}

function* warnings(diagnostics: readonly Diagnostic[]): Generator<string> {
  if (diagnostics.length === 0) return;
  yield `\n<details><summary>Warnings (${diagnostics.length})</summary>\n\n`;
  for (const d of diagnostics)
    yield `- ${code(`${d.file}${d.line > 0 ? `:${d.line}` : ''}`)} ${d.severity}: ${code(d.message)} — ${code(d.fix)}\n`;
  yield '\n</details>\n';
}
