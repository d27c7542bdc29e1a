// `npm run bench [SIZE]`: generates synthetic repositories, changes a few policies, and prints for
// each size the time of each phase (parse, evaluate, diff, explain, render), the peak memory, and
// the time js-yaml alone takes to parse the same files, so that the ratio can be read beside the
// absolute times. Each size runs in a child process so that its peak memory is its own. A
// benchmark, not a timed test.
import { spawnSync } from 'node:child_process';
import { loadAll } from 'js-yaml';
import { compareRevisions, type Timings } from '../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../src/engine/options.js';
import { renderDiffText } from '../src/report/text.js';
import { generateRepository } from './generate.js';

/** 50,000 runs only on request (`npm run bench -- 50000`): it takes minutes and gigabytes. */
const SIZES = [500, 2000, 5000, 20000];

function measure(workloads: number): void {
  const repo = generateRepository(workloads);
  // Read the files as a checkout would: distinct string objects for each revision.
  const base = repo.base.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  const head = repo.head.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  // The yardstick: js-yaml's loadAll on every file of both revisions, nothing kept.
  global.gc?.();
  let t = performance.now();
  let documents = 0;
  for (const file of [...base, ...head]) documents += loadAll(file.text).length;
  const yamlMs = performance.now() - t;
  global.gc?.();
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0 };
  const start = performance.now();
  const report = compareRevisions({ label: 'base', files: base }, { label: 'head', files: head }, DEFAULT_EVALUATION_OPTIONS, timings);
  t = performance.now();
  let lines = 0;
  for (const chunk of renderDiffText(report)) for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
  const renderMs = performance.now() - t;
  const total = performance.now() - start;
  const opened = report.changes.filter((c) => Object.keys(c.opened).length > 0).length;
  console.log(
    [
      `${String(workloads).padStart(5)} workloads`,
      `${String(repo.namespaces).padStart(3)} ns`,
      `${String(repo.policies).padStart(5)} policies`,
      `${(repo.bytes / 1e6).toFixed(1).padStart(5)} MB YAML (both revisions, ${documents} documents)`,
      `js-yaml ${ms(yamlMs)}`,
      `parse ${ms(timings.parseMs)}`,
      `evaluate ${ms(timings.evaluateMs)}`,
      `diff ${ms(timings.diffMs - timings.explainMs)}`,
      `explain ${ms(timings.explainMs)}`,
      `render ${ms(renderMs)}`,
      `total ${ms(total)} (${(total / yamlMs).toFixed(1)}× js-yaml)`,
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      `changes ${report.changes.length} (${opened} opened), ${lines} report lines, ${report.diagnostics.length} warnings`,
    ].join(' | '),
  );
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`;
}

const only = process.argv[2];
if (only !== undefined) {
  measure(Number(only));
} else {
  console.log(`netreach benchmark on node ${process.version}, ${process.arch}`);
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, String(size)], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
