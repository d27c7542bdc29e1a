// `npm run bench [SIZE…]`: generates synthetic repositories, changes a few policies, and prints
// for each size the time of each phase (parse, evaluate, diff, explain, render), the peak memory,
// and the time js-yaml alone takes to parse the same files, so that the ratio can be read beside
// the absolute times. netreach and js-yaml each run in a child process of their own, so that each
// peak memory is its own. A benchmark, not a timed test.
import { spawnSync } from 'node:child_process';
import { loadAll } from 'js-yaml';
import { compareRevisions, type Timings } from '../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../src/engine/options.js';
import { renderDiffText } from '../src/report/text.js';
import { generateRepository } from './generate.js';

/** 50,000 runs only on request (`npm run bench -- 50000`): it takes minutes and gigabytes. */
const SIZES = [500, 2000, 5000, 20000];

type Measurement = Record<string, number>;

/** Both revisions read as a checkout would: distinct string objects for each revision. */
/** `--calico`: the Calico mix (bench/generate.ts), at 5,000 and 20,000 workloads by default. */
const calico = process.argv.includes('--calico');

function readRepository(workloads: number) {
  const repo = generateRepository(workloads, 1, calico);
  const copy = (files: typeof repo.base) => files.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  return { repo, base: copy(repo.base), head: copy(repo.head) };
}

function measureNetreach(workloads: number): Measurement {
  const { repo, base, head } = readRepository(workloads);
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0, workloads: 0, policies: 0 };
  const start = performance.now();
  const report = compareRevisions(
    { label: 'base', files: base },
    { label: 'head', files: head },
    DEFAULT_EVALUATION_OPTIONS,
    timings,
  );
  const t = performance.now();
  let lines = 0;
  for (const chunk of renderDiffText(report))
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
  const renderMs = performance.now() - t;
  return {
    ...timings,
    namespaces: repo.namespaces,
    policies: repo.policies,
    bytes: repo.bytes,
    renderMs,
    totalMs: performance.now() - start,
    rssMb: process.resourceUsage().maxRSS / 1024,
    changes: report.changes.length,
    lines,
    warnings: report.diagnostics.length,
  };
}

/** The yardstick: js-yaml's loadAll on every file of both revisions, nothing kept. */
function measureJsYaml(workloads: number): Measurement {
  const { base, head } = readRepository(workloads);
  const start = performance.now();
  let documents = 0;
  for (const file of [...base, ...head]) documents += loadAll(file.text).length;
  return { yamlMs: performance.now() - start, documents };
}

function child(what: 'netreach' | 'js-yaml', size: number): Measurement {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--child', what, String(size), ...(calico ? ['--calico'] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  return JSON.parse(run.stdout) as Measurement;
}

function ms(value: number | undefined): string {
  return `${((value ?? 0) / 1000).toFixed(2).padStart(6)} s`;
}

const [flag, what, size] = process.argv.slice(2);
if (flag === '--child') {
  process.stdout.write(
    JSON.stringify(what === 'js-yaml' ? measureJsYaml(Number(size)) : measureNetreach(Number(size))),
  );
} else {
  const given = process.argv.slice(2).filter((a) => a !== '--calico');
  const sizes = given.length > 0 ? given.map(Number) : calico ? [5000, 20000] : SIZES;
  console.log(`netreach benchmark${calico ? ' (Calico mix)' : ''} on node ${process.version}, ${process.arch}`);
  for (const workloads of sizes) {
    const y = child('js-yaml', workloads);
    const n = child('netreach', workloads);
    const total = n.totalMs ?? 0;
    console.log(
      [
        `${String(workloads).padStart(6)} workloads`,
        `${String(n.namespaces).padStart(4)} ns`,
        `${String(n.policies).padStart(5)} policies`,
        `${((n.bytes ?? 0) / 1e6).toFixed(1).padStart(5)} MB YAML (both revisions, ${y.documents} documents)`,
        `js-yaml ${ms(y.yamlMs)}`,
        `netreach ${ms(total)} (${(total / (y.yamlMs ?? 1)).toFixed(1)}×)`,
        `parse ${ms(n.parseMs)}`,
        `evaluate ${ms(n.evaluateMs)}`,
        `diff ${ms((n.diffMs ?? 0) - (n.explainMs ?? 0))}`,
        `explain ${ms(n.explainMs)}`,
        `render ${ms(n.renderMs)}`,
        `peak RSS ${(n.rssMb ?? 0).toFixed(0)} MB`,
        `${n.changes} changes, ${n.lines} report lines, ${n.warnings} warnings`,
      ].join(' | '),
    );
  }
}
