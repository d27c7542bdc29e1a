// The JSON contract of DESIGN §5 (version 1). Other tools parse it: field names are stable;
// fields are only ever added.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Endpoint } from '../model/endpoint.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { formatAddress } from '../net/ip-format.js';
import { isIncomplete } from './summary.js';

function endpointJson(e: Endpoint): unknown {
  if (e.type === 'workload') return { id: e.id, type: e.type, namespace: e.namespace, name: e.name, kind: e.kind };
  if (e.type === 'entity') return { id: e.id, type: e.type, name: e.name };
  if (e.type === 'dns') return { id: e.id, type: e.type, pattern: e.pattern };
  return { id: e.id, type: e.type, ranges: e.ranges.map((r) => [formatAddress(r.family, r.first), formatAddress(r.family, r.last)]) };
}

function warningJson(d: Diagnostic): unknown {
  return { file: d.file, line: d.line, message: d.message, code: d.code, severity: d.severity, fix: d.fix };
}

/** Pretty JSON with short arrays of numbers or strings (port ranges, address pairs) kept on one line. */
function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+((?:"[^"\n]*"|-?\d+)(?:,\s+(?:"[^"\n]*"|-?\d+))*)\s+\]/g, (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`)}\n`;
}

export function renderReachJson(report: ReachReport): string {
  return stringify({
    version: 1,
    incomplete: isIncomplete(report.diagnostics),
    endpoints: report.endpoints.map(endpointJson),
    connections: report.connections,
    warnings: report.diagnostics.map(warningJson),
  });
}

export function renderDiffJson(report: DiffReport): string {
  return stringify(diffJson(report));
}

/** Several clusters: `{version: 1, clusters: [{name, …the diff of that cluster…}]}`. */
export function renderClustersJson(clusters: readonly ClusterReport[]): string {
  return stringify({ version: 1, clusters: clusters.map((c) => ({ name: c.name, ...diffJson(c.report) })) });
}

function diffJson(report: DiffReport): Record<string, unknown> {
  return {
    version: 1,
    incomplete: isIncomplete(report.diagnostics),
    base: report.base,
    head: report.head,
    endpoints: report.endpoints.map(endpointJson),
    changes: report.changes.map((c) => ({ ...c, because: c.because.map((r) => ({ rule: r.rule, file: r.file, line: r.line, revision: r.revision, explains: r.explains })) })),
    added: report.added,
    removed: report.removed,
    ...(report.unreadable === undefined ? {} : { unreadable: report.unreadable }),
    warnings: report.diagnostics.map(warningJson),
  };
}
