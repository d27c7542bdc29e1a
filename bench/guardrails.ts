// `npm run bench:guardrails [WORKLOADS]`: what 20 assertions of a repository config add to a diff
// of the synthetic repository of `npm run bench` (5,000 workloads by default): the time spent on
// the assertions and the findings (median of 5 runs after a warm-up), beside the whole diff
// without a config. A benchmark, not a timed test.
import { compareRevisions, type Timings } from '../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../src/engine/options.js';
import { readRepositoryConfig } from '../src/policies/repository-config.js';
import { generateRepository } from './generate.js';

const workloads = Number(process.argv[2] ?? 5000);
const repo = generateRepository(workloads);

/** 20 assertions of the kinds the README shows: namespace isolation (deny, every namespace to
 * one), DNS for everyone (allow), nothing from outside (deny, ipBlock), team to team on a port. */
function config(): string {
  const lines = ['version: 1', 'assertions:'];
  for (let i = 0; i < 8; i++) {
    lines.push(
      `  - name: ns-${i} is closed to other namespaces`,
      `    from: {namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [ns-${i}]}]}}`,
      `    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ns-${i}}}}`,
      '    expect: deny',
    );
  }
  for (let i = 0; i < 4; i++) {
    lines.push(
      `  - name: team-${i} can resolve names`,
      `    from: {namespaceSelector: {matchLabels: {team: team-${i}}}}`,
      '    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}',
      '    ports: [{protocol: UDP, port: 53}]',
      '    expect: allow',
    );
  }
  for (let i = 0; i < 4; i++) {
    lines.push(
      `  - name: nothing in team-${i} is reachable from outside`,
      '    from: {ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}',
      `    to: {namespaceSelector: {matchLabels: {team: team-${i}}}}`,
      '    expect: deny',
    );
  }
  for (let i = 0; i < 4; i++) {
    lines.push(
      `  - name: team-${i} reaches team-${i + 4} on 8080`,
      `    from: {namespaceSelector: {matchLabels: {team: team-${i}}}}`,
      `    to: {namespaceSelector: {matchLabels: {team: team-${i + 4}}}}`,
      '    ports: [{port: 8080}]',
      '    expect: allow',
    );
  }
  return `${lines.join('\n')}\n`;
}

const assertions = readRepositoryConfig({ path: '.netreach.yaml', text: config() });
if (assertions.diagnostics.length > 0 || assertions.assertions.length !== 20)
  throw new Error(`the generated config is broken: ${JSON.stringify(assertions.diagnostics)}`);

function run(withConfig: boolean): { total: number; timings: Timings; statuses: string } {
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0, workloads: 0, policies: 0 };
  const base = repo.base.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  const head = repo.head.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  const start = performance.now();
  const report = compareRevisions(
    { label: 'base', files: base },
    { label: 'head', files: head },
    DEFAULT_EVALUATION_OPTIONS,
    timings,
    undefined,
    withConfig ? assertions : undefined,
  );
  const total = performance.now() - start;
  const counts = new Map<string, number>();
  for (const a of report.assertions ?? []) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const statuses =
    [...counts].map(([s, n]) => `${n} ${s}`).join(', ') +
    (report.findings === undefined ? '' : `; ${report.findings.length} findings`);
  return { total, timings, statuses };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
run(true);
const without = Array.from({ length: 5 }, () => run(false));
const withConfig = Array.from({ length: 5 }, () => run(true));
const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(
  `netreach guardrails benchmark: ${workloads} workloads, ${repo.policies} policies, node ${process.version}`,
);
console.log(`without config: total ${ms(median(without.map((r) => r.total)))} (median of 5)`);
console.log(`with 20 assertions: total ${ms(median(withConfig.map((r) => r.total)))}; ${withConfig[0]?.statuses}`);
console.log(
  `the assertions and findings take ${ms(median(withConfig.map((r) => r.timings.guardrailsMs ?? 0)))} of it (median of 5)`,
);
