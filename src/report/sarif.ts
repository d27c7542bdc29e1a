// SARIF 2.1.0 (`--format sarif`, the action's `sarif-file` for code scanning): one result per
// violated assertion (at its line in the config, the rules behind its witnesses as related
// locations), per finding and per error of the config, each located at file and line.
// `baselineState` says whether the pull request brings it (`new`) or base had it (`unchanged`).
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AssertionOutcome, Finding } from '../model/guardrail.js';
import type { DiffReport } from '../model/report.js';
import { guardrailView } from './guardrail-text.js';
import { endpointLookup } from './sentences.js';
import { reasonText } from './reason-text.js';
import { wordsText } from './rule-names.js';

export interface SarifOptions {
  /** netreach's version, for `tool.driver.version`. */
  readonly version: string;
  /** A report path as a repository path (manifests read from a rendered directory); default as is. */
  readonly fileOf?: (file: string) => string;
}

const RULES: Readonly<Record<string, string>> = {
  ASSERTION_VIOLATED: 'An assertion of the repository config (.netreach.yaml) is violated',
  POLICY_SELECTS_NOTHING: 'A policy selects no workload',
  PEER_SELECTS_NOTHING: 'A peer selector names a label no workload has',
  NAMESPACE_SELECTOR_NO_MATCH: 'A namespaceSelector names a label no namespace has',
  NAMED_PORT_UNDECLARED: 'A named port that no destination declares',
  EGRESS_WITHOUT_DNS: 'Workloads isolated for egress can reach no DNS server',
  CILIUM_EMPTY_RULE: 'A Cilium empty rule: default deny only',
  DEAD_ALLOW_RULE: 'An allow rule that a deny evaluated before it makes dead',
  CONFIG_ERROR: 'The repository config has an error',
};

export function* renderDiffSarif(report: DiffReport, options: SarifOptions): Generator<string> {
  const view = guardrailView(report, endpointLookup(report.endpoints));
  const location: Locate = (file, line, text) => locationAt((options.fileOf ?? ((f) => f))(file), line, text);
  const results: Result[] = [];
  for (const d of report.diagnostics)
    if (d.severity === 'error' && report.configFile !== undefined && d.file === report.configFile)
      results.push(configResult(d, location));
  for (const lines of view?.violated ?? [])
    results.push(
      assertionResult(
        lines.outcome,
        lines.witnesses.map((w) => w.text),
        location,
      ),
    );
  for (const f of [...(view?.newFindings ?? []), ...(view?.oldFindings ?? [])])
    results.push(findingResult(f, location));
  const used = new Set(results.map((r) => r.ruleId as string));
  const rules: ReportingDescriptor[] = Object.entries(RULES)
    .filter(([id]) => used.has(id))
    .map(([id, text]) => ({ id, shortDescription: { text } }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'netreach', version: options.version, rules } }, results }],
  };
  yield `${JSON.stringify(log, null, 2)}\n`;
}

function locationAt(file: string, line: number, text?: string): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      ...(line > 0 ? { region: { startLine: line } } : {}),
    },
    ...(text === undefined ? {} : { message: { text } }),
  };
}

type Locate = (file: string, line: number, text?: string) => Location;

function assertionResult(a: AssertionOutcome, witnessTexts: readonly string[], location: Locate): Result {
  const shown = witnessTexts.slice(0, 3).join('; ');
  const more =
    a.witnesses.length > 3 || a.moreWitnesses === true
      ? ` and ${a.moreWitnesses === true ? 'more' : a.witnesses.length - 3} more pairs`
      : '';
  const related = new Map<string, Location>();
  for (const w of a.witnesses)
    for (const r of w.because) related.set(`${r.file}:${r.line}`, location(r.file, r.line, reasonText(r)));
  return {
    ruleId: 'ASSERTION_VIOLATED',
    level: a.status === 'newly-violated' ? 'error' : 'warning',
    baselineState: a.status === 'newly-violated' ? 'new' : 'unchanged',
    message: {
      text: `Assertion "${a.name}" (expect ${a.expect}) is ${a.status === 'newly-violated' ? 'newly violated' : 'still violated'}: ${shown}${more}`,
    },
    locations: [location(a.file, a.line)],
    ...(related.size === 0 ? {} : { relatedLocations: [...related.values()].map((l, id) => ({ id, ...l })) }),
    partialFingerprints: { assertion: a.name },
  };
}

function findingResult(f: Finding, location: Locate): Result {
  return {
    ruleId: f.code,
    level: f.new ? 'warning' : 'note',
    baselineState: f.new ? 'new' : 'unchanged',
    message: { text: `${wordsText(f.message)}. ${f.fix}` },
    locations: [location(f.file, f.line)],
  };
}

function configResult(d: Diagnostic, location: Locate): Result {
  return {
    ruleId: 'CONFIG_ERROR',
    level: 'error',
    message: { text: `${d.code}: ${d.message}. ${d.fix}` },
    locations: [location(d.file, d.line)],
  };
}
