// --format sarif (issue 12): SARIF 2.1.0 that the OASIS schema accepts (the schema file shipped
// by @microsoft/jest-sarif, checked with ajv's draft-04 validator), one result per violation,
// finding and config error, each located at file and line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { readRepositoryConfig } from '../../src/policies/repository-config.js';
import { renderDiffSarif } from '../../src/report/sarif.js';

// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type AjvClass = new (options: object) => { compile(schema: object): Validator };
const loaded = AjvModule as unknown as AjvClass & { default?: AjvClass };
const Ajv: AjvClass = loaded.default ?? loaded;
import { deployment, file, namespace, policy } from '../helpers/manifests.js';

const root = path.resolve(__dirname, '../..');
const schema = JSON.parse(
  readFileSync(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

function sarif(configText: string, after: object[]) {
  const world = [
    namespace('payments'),
    namespace('shop'),
    deployment('payments', 'api', { app: 'api' }),
    deployment('shop', 'web', { app: 'web' }),
  ];
  const closed = policy('payments', 'closed', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });
  const report = compareRevisions(
    { label: 'b', files: [file('c.yaml', [...world, closed])] },
    { label: 'h', files: [file('c.yaml', [...world, ...after])] },
    DEFAULT_EVALUATION_OPTIONS,
    undefined,
    undefined,
    readRepositoryConfig({ path: '.netreach.yaml', text: configText }),
  );
  return JSON.parse([...renderDiffSarif(report, { version: 'test' })].join(''));
}

const CONFIG =
  'version: 1\nassertions:\n  - name: payments is closed\n    from: {namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [payments]}]}}\n    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}}\n    expect: deny\n';

describe('SARIF', () => {
  it('the validator is not vacuous: it rejects a log without runs or with a bad level', () => {
    expect(validate({ version: '2.1.0' })).toBe(false);
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
      }),
    ).toBe(false);
  });
  it('the guardrails fixture golden is valid SARIF 2.1.0', () => {
    const log = JSON.parse(readFileSync(path.join(root, 'fixtures/guardrails/expected/report.sarif'), 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'ASSERTION_VIOLATED',
      'PEER_SELECTS_NOTHING',
      'NAMED_PORT_UNDECLARED',
    ]);
  });
  it('a new violation is an error at the assertion line, the rules behind it related locations', () => {
    const log = sarif(CONFIG, [
      policy('payments', 'open', { podSelector: {}, ingress: [{}] }),
      policy('shop', 'ghost', { podSelector: { matchLabels: { app: 'ghost' } } }),
    ]);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [violation, finding] = log.runs[0].results;
    expect(violation).toMatchObject({
      ruleId: 'ASSERTION_VIOLATED',
      level: 'error',
      baselineState: 'new',
      locations: [{ physicalLocation: { artifactLocation: { uri: '.netreach.yaml' }, region: { startLine: 3 } } }],
    });
    expect(violation.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('c.yaml');
    expect(finding).toMatchObject({ ruleId: 'POLICY_SELECTS_NOTHING', level: 'warning', baselineState: 'new' });
  });
  it('a config error is an error result at its line', () => {
    const log = sarif('version: 1\nassertions:\n  - name: a\n    frum: {}\n', []);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'CONFIG_ERROR',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 4 } } }],
    });
  });
  it('nothing to say is a run with no results, still valid', () => {
    const log = sarif(CONFIG, [
      policy('payments', 'closed', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    ]);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
