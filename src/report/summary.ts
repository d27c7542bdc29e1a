// Counts that every format leads with: paths opened and closed, workloads added and removed,
// and whether rejected input makes the verdict incomplete.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiffReport } from '../model/report.js';
import { isEmptyPorts } from '../engine/port-set.js';
import { restrictionChange } from './sentences.js';

export interface DiffSummary {
  /** Pairs that gained ports, and pairs that lost ports. */
  readonly opened: number;
  readonly closed: number;
  /** Pairs whose ports stay but whose L7 or DNS restriction changed, and those of them whose
   * restriction was lifted (they allow more: `fail-on: opened` counts them). */
  readonly restricted: number;
  readonly loosened: number;
  /** Exposure entries (towards peers beyond the manifests' workloads) that opened, and that
   * closed: a change can consist of them alone. */
  readonly exposureOpened: number;
  readonly exposureClosed: number;
  readonly addedWorkloads: readonly string[];
  readonly removedWorkloads: readonly string[];
  readonly incomplete: boolean;
  /** Files of either revision with a document that could not be read or was refused. */
  readonly unreadableFiles: number;
  /** Changes that exist only because of such input (they carry `rejected`). */
  readonly dependOnUnreadable: number;
  /** With a repository config: assertions newly violated, findings the change introduces, and
   * the config's errors (all 0 without one). */
  readonly violations: number;
  readonly newFindings: number;
  readonly configErrors: number;
}

export function isIncomplete(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function summarizeDiff(report: DiffReport): DiffSummary {
  // The repository config's own errors are counted apart (`configErrors`): it is no manifest.
  const manifestErrors = report.diagnostics.filter(
    (d) => d.severity === 'error' && (report.configFile === undefined || d.file !== report.configFile),
  );
  return {
    opened: report.changes.filter((c) => !isEmptyPorts(c.opened)).length,
    closed: report.changes.filter((c) => !isEmptyPorts(c.closed)).length,
    restricted: report.changes.filter((c) => restrictionChange(c) !== undefined).length,
    loosened: report.changes.filter((c) => restrictionChange(c)?.which === 'opened').length,
    exposureOpened: (report.exposure ?? []).filter((e) => !isEmptyPorts(e.opened)).length,
    exposureClosed: (report.exposure ?? []).filter((e) => !isEmptyPorts(e.closed)).length,
    addedWorkloads: report.added.map((id) => unreadableMark(id, report, 'base')),
    removedWorkloads: report.removed.map((id) => unreadableMark(id, report, 'head')),
    incomplete: manifestErrors.length > 0,
    unreadableFiles: new Set(manifestErrors.map((d) => d.file)).size,
    dependOnUnreadable: report.changes.filter((c) => c.rejected !== undefined).length,
    violations: (report.assertions ?? []).filter((a) => a.status === 'newly-violated').length,
    newFindings: (report.findings ?? []).filter((f) => f.new).length,
    configErrors: report.configErrors ?? 0,
  };
}

/** A workload that seems to come or go because one revision could not read it says so. */
function unreadableMark(id: string, report: DiffReport, revision: 'base' | 'head'): string {
  return report.unreadable?.includes(id) === true ? `${id} (could not be read at ${revision})` : id;
}

/** The line every format leads with when input could not be read: how much of it, and how many
 * of the reported paths exist only because of it. */
export function unreadableLine(s: DiffSummary): string | undefined {
  if (!s.incomplete) return undefined;
  const files = `${count(s.unreadableFiles)} manifest ${s.unreadableFiles === 1 ? 'file' : 'files'} could not be read in full`;
  const them = s.unreadableFiles === 1 ? 'it' : 'them';
  if (s.dependOnUnreadable === 0)
    return `⚠ ${files}; the verdict does not include what ${s.unreadableFiles === 1 ? 'it holds' : 'they hold'} (see the warnings)`;
  return `⚠ ${files}; ${count(s.dependOnUnreadable)} of the paths below depend on ${them} (see the warnings)`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function verdictLine(
  s: Pick<DiffSummary, 'opened' | 'closed' | 'restricted'> &
    Partial<Pick<DiffSummary, 'exposureOpened' | 'exposureClosed'>>,
): string {
  const paths = (n: number) => `${n} ${n === 1 ? 'path' : 'paths'}`;
  const exposed =
    (s.exposureOpened ?? 0) + (s.exposureClosed ?? 0) > 0
      ? `; exposure: ${s.exposureOpened ?? 0} opened, ${s.exposureClosed ?? 0} closed`
      : '';
  if (s.opened === 0 && s.closed === 0 && s.restricted === 0)
    return exposed === '' ? 'no reachability changes' : `no path between the manifests' workloads changed${exposed}`;
  return `${paths(s.opened)} opened, ${s.closed} closed${s.restricted > 0 ? `, ${s.restricted} restricted differently` : ''}${exposed}`;
}
