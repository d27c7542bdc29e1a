// The JSON contract of DESIGN §5 (version 1). Other tools parse it: field names are stable;
// fields are only ever added. Rendered as a stream of chunks, one per endpoint, change or
// connection, so that no report is ever one string (V8 caps strings near 512 MB): the bytes are
// those of `JSON.stringify(report, null, 2)` with short arrays kept on one line (pretty-json.ts).
import type { Change, Exposure } from '../model/change.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Endpoint } from '../model/endpoint.js';
import type { AssertionOutcome, Finding } from '../model/guardrail.js';
import type { ClusterReport, DiffReport, ReachReport } from '../model/report.js';
import { formatAddress } from '../net/ip-format.js';
import { prettyJson } from './pretty-json.js';
import { groupConnections } from './reach-statements.js';
import { isIncomplete } from './summary.js';
import { reasonText } from './reason-text.js';
import { wordsText } from './rule-names.js';

/** An array written element by element; its elements are objects (never numbers or strings,
 * which the one-line form of short arrays would need to see together). */
class Streamed {
  constructor(readonly items: Iterable<unknown>) {}
}

/** An object some of whose fields are streamed (a value of any other type is written whole). */
class Fields {
  constructor(readonly fields: Readonly<Record<string, unknown>>) {}
}

/** An array of `items`, each turned into its JSON value only when it is written. */
function streamed<T>(items: readonly T[], toJson: (item: T) => unknown = (item) => item): Streamed {
  return new Streamed(
    (function* () {
      for (const item of items) yield toJson(item);
    })(),
  );
}

function endpointJson(e: Endpoint): unknown {
  if (e.type === 'workload')
    return {
      id: e.id,
      type: e.type,
      namespace: e.namespace,
      name: e.name,
      kind: e.kind,
      ...(e.services === undefined ? {} : { services: e.services }),
    };
  if (e.type === 'entity') return { id: e.id, type: e.type, name: e.name };
  if (e.type === 'dns') return { id: e.id, type: e.type, pattern: e.pattern };
  return {
    id: e.id,
    type: e.type,
    ranges: e.ranges.map((r) => [formatAddress(r.family, r.first), formatAddress(r.family, r.last)]),
  };
}

function warningJson(d: Diagnostic): unknown {
  return { file: d.file, line: d.line, message: d.message, code: d.code, severity: d.severity, fix: d.fix };
}

function changeJson(c: Change): unknown {
  return {
    ...c,
    because: c.because.map((r) => ({
      rule: reasonText(r),
      file: r.file,
      line: r.line,
      revision: r.revision,
      explains: r.explains,
    })),
  };
}

function assertionJson(a: AssertionOutcome): unknown {
  const { file, line, witnesses, ...rest } = a;
  return {
    ...rest,
    witnesses: witnesses.map((w) => ({
      ...w,
      because: w.because.map((r) => ({ rule: reasonText(r), file: r.file, line: r.line, revision: r.revision })),
    })),
    file,
    line,
  };
}

function findingJson(f: Finding): unknown {
  return { code: f.code, file: f.file, line: f.line, message: wordsText(f.message), new: f.new, fix: f.fix };
}

function exposureJson(e: Exposure): unknown {
  return {
    ...e,
    because: e.because.map((r) => ({
      rule: reasonText(r),
      file: r.file,
      line: r.line,
      revision: r.revision,
      explains: r.explains,
    })),
  };
}

export function* renderReachJson(report: ReachReport): Generator<string> {
  yield* document(
    new Fields({
      version: 1,
      incomplete: isIncomplete(report.diagnostics),
      endpoints: streamed(report.endpoints, endpointJson),
      connections: streamed(report.connections),
      statements: streamed(groupConnections(report.connections)),
      warnings: streamed(report.diagnostics, warningJson),
    }),
  );
}

export function* renderDiffJson(report: DiffReport): Generator<string> {
  yield* document(diffJson(report));
}

/** Several clusters: `{version: 1, clusters: [{name, …the diff of that cluster…}]}`. */
export function* renderClustersJson(clusters: readonly ClusterReport[]): Generator<string> {
  yield* document(
    new Fields({
      version: 1,
      clusters: streamed(clusters, (c) => new Fields({ name: c.name, ...diffJson(c.report).fields })),
    }),
  );
}

function diffJson(report: DiffReport): Fields {
  return new Fields({
    version: 1,
    incomplete: isIncomplete(report.diagnostics),
    base: report.base,
    head: report.head,
    // With a repository config only: a report without one is byte for byte as before.
    ...(report.assertions === undefined ? {} : { assertions: streamed(report.assertions, assertionJson) }),
    ...(report.findings === undefined ? {} : { findings: streamed(report.findings, findingJson) }),
    ...(report.configErrors === undefined || report.configErrors === 0 ? {} : { configErrors: report.configErrors }),
    endpoints: streamed(report.endpoints, endpointJson),
    changes: streamed(report.changes, changeJson),
    exposure: streamed(report.exposure ?? [], exposureJson),
    remaining: streamed(report.remaining ?? []),
    ...(report.remainingNotWorkedOut === undefined ? {} : { remainingNotWorkedOut: report.remainingNotWorkedOut }),
    added: report.added,
    removed: report.removed,
    ...(report.unreadable === undefined ? {} : { unreadable: report.unreadable }),
    ...(report.staged === undefined
      ? {}
      : {
          staged: streamed(
            report.staged,
            (p) =>
              new Fields({ policy: p.policy, file: p.file, line: p.line, changes: streamed(p.changes, changeJson) }),
          ),
        }),
    warnings: streamed(report.diagnostics, warningJson),
  });
}

function* document(value: Fields): Generator<string> {
  yield* objectChunks(value, '');
  yield '\n';
}

/** An object with streamed fields, at an indentation. */
function* objectChunks(value: Fields, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const [key, field] of Object.entries(value.fields)) {
    if (field === undefined || typeof field === 'function') continue; // as JSON.stringify does
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* valueChunks(field, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function* valueChunks(value: unknown, indent: string): Generator<string> {
  if (value instanceof Streamed) {
    const inner = `${indent}  `;
    let first = true;
    for (const item of value.items) {
      const start = `${first ? '[\n' : ',\n'}${inner}`;
      first = false;
      // One chunk per plain item: a connection costs one string, not a generator.
      if (item instanceof Streamed || item instanceof Fields) {
        yield start;
        yield* valueChunks(item, inner);
      } else {
        yield `${start}${prettyJson(item ?? null, inner)}`;
      }
    }
    yield first ? '[]' : `\n${indent}]`;
  } else if (value instanceof Fields) {
    yield* objectChunks(value, indent);
  } else {
    yield prettyJson(value, indent);
  }
}
