// What every format says about the repository config's assertions and the head's findings, in
// the order a reviewer needs it (issue 12): violations first (new ones before old ones), then new
// findings, then what was fixed or holds, then findings the base already had. The formats only
// lay these out.
import type { Reason } from '../model/change.js';
import type { AssertionOutcome, AssertionStatus, Finding, Witness } from '../model/guardrail.js';
import type { DiffReport } from '../model/report.js';
import { portsSuffix } from './port-text.js';
import { endpointName, type EndpointLookup } from './sentences.js';

export interface WitnessLine {
  /** `shop/web can reach payments/api:TCP 8080`, representatives by their description. */
  readonly text: string;
  readonly reasons: readonly Reason[];
  /** Because-lines without a rule: `nothing isolates shop/web for egress`. */
  readonly notes: readonly string[];
}

export interface AssertionLines {
  readonly outcome: AssertionOutcome;
  /** `newly violated`, `still violated`, `fixed`, `holds`. */
  readonly label: string;
  readonly witnesses: readonly WitnessLine[];
  /** `more pairs break it than these 20` when the witnesses were cut; a vacuous assertion's
   * warning. */
  readonly notes: readonly string[];
}

export interface GuardrailView {
  /** `1 newly violated, 1 fixed, 1 held; 2 new findings`. */
  readonly summary: string;
  readonly violated: readonly AssertionLines[];
  readonly newFindings: readonly Finding[];
  readonly passing: readonly AssertionLines[];
  readonly oldFindings: readonly Finding[];
  readonly configErrors: number;
  /** Some manifest could not be read: a status may be wrong for what it holds. */
  readonly incomplete: boolean;
}

const LABEL: Record<AssertionStatus, string> = {
  'newly-violated': 'newly violated',
  violated: 'still violated (already at base)',
  fixed: 'fixed',
  held: 'holds',
};
const ORDER: readonly AssertionStatus[] = ['newly-violated', 'violated', 'fixed', 'held'];

/** Undefined when the report was made without a repository config. `oneRevision`: for `check`,
 * which compares a revision with itself (nothing is new or still). */
export function guardrailView(
  report: DiffReport,
  lookup: EndpointLookup,
  oneRevision = false,
): GuardrailView | undefined {
  if (report.assertions === undefined) return undefined;
  const sorted = [...report.assertions].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const lines = sorted.map((outcome) => assertionLines(outcome, lookup, oneRevision));
  const findings = report.findings ?? [];
  const count = (s: AssertionStatus) => report.assertions?.filter((a) => a.status === s).length ?? 0;
  const parts = ORDER.filter((s) => count(s) > 0).map(
    (s) => `${count(s)} ${s === 'held' ? 'held' : oneRevision ? 'violated' : LABEL[s]}`,
  );
  const newCount = findings.filter((f) => f.new).length;
  const oldCount = findings.length - newCount;
  const findingParts = oneRevision
    ? [`${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`]
    : [
        `${newCount} new ${newCount === 1 ? 'finding' : 'findings'}`,
        ...(oldCount > 0 ? [`${oldCount} already at base`] : []),
      ];
  const errors = report.configErrors ?? 0;
  const summary = [
    ...(errors > 0 ? [`the config has ${errors} ${errors === 1 ? 'error' : 'errors'}, so the check fails`] : []),
    parts.length === 0 ? 'no assertions' : parts.join(', '),
    findingParts.join(', '),
  ].join('; ');
  return {
    summary,
    violated: lines.filter((l) => l.outcome.status === 'newly-violated' || l.outcome.status === 'violated'),
    newFindings: findings.filter((f) => f.new),
    passing: lines.filter((l) => l.outcome.status === 'fixed' || l.outcome.status === 'held'),
    oldFindings: findings.filter((f) => !f.new),
    configErrors: errors,
    incomplete: report.diagnostics.some((d) => d.severity === 'error' && d.file !== report.configFile),
  };
}

function assertionLines(outcome: AssertionOutcome, lookup: EndpointLookup, oneRevision: boolean): AssertionLines {
  const notes: string[] = [];
  if (outcome.moreWitnesses === true) notes.push(`more pairs break it than these ${outcome.witnesses.length}`);
  if (outcome.vacuous !== undefined)
    notes.push(`checks nothing: its ${outcome.vacuous} matches no endpoint of the head revision`);
  return {
    outcome,
    label: oneRevision && outcome.status === 'violated' ? 'violated' : LABEL[outcome.status],
    witnesses: outcome.witnesses.map((w) => witnessLine(w, outcome.expect, lookup)),
    notes,
  };
}

function witnessLine(w: Witness, expect: AssertionOutcome['expect'], lookup: EndpointLookup): WitnessLine {
  const src = w.srcDescription ?? endpointName(w.src, lookup);
  const dst = w.dstDescription ?? endpointName(w.dst, lookup);
  const verb = expect === 'deny' ? 'can reach' : 'cannot reach';
  const notes = (w.unisolated ?? []).map((d) => `nothing isolates ${d === 'egress' ? src : dst} for ${d}`);
  return { text: `${src} ${verb} ${dst}${portsSuffix(w.ports)}`, reasons: w.because, notes };
}
