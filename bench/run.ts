// `npm run bench`: generates synthetic repositories, changes one policy, and prints for each
// size the time to parse, evaluate and diff both revisions, and the peak memory. Each size runs
// in a child process so that its peak memory is its own. A benchmark, not a timed test.
import { spawnSync } from 'node:child_process';
import { compareRevisions, type Timings } from '../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../src/engine/options.js';
import { renderDiffText } from '../src/report/text.js';
import { generateRepository } from './generate.js';

const SIZES = [500, 2000, 5000];

function measure(workloads: number): void {
  const repo = generateRepository(workloads);
  // Read the files as a checkout would: distinct string objects for each revision.
  const base = repo.base.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  const head = repo.head.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString() }));
  global.gc?.();
  const timings: Timings = { parseMs: 0, evaluateMs: 0, diffMs: 0 };
  const start = performance.now();
  const report = compareRevisions({ label: 'base', files: base }, { label: 'head', files: head }, DEFAULT_EVALUATION_OPTIONS, timings);
  const t = performance.now();
  const text = [...renderDiffText(report)].join('');
  const renderMs = performance.now() - t;
  const total = performance.now() - start;
  const opened = report.changes.filter((c) => Object.keys(c.opened).length > 0).length;
  console.log(
    [
      `${String(workloads).padStart(5)} workloads`,
      `${String(repo.namespaces).padStart(3)} ns`,
      `${String(repo.policies).padStart(4)} policies`,
      `${(repo.bytes / 1e6).toFixed(1).padStart(5)} MB YAML (both revisions)`,
      `parse ${ms(timings.parseMs)}`,
      `evaluate ${ms(timings.evaluateMs)}`,
      `diff ${ms(timings.diffMs)}`,
      `render ${ms(renderMs)}`,
      `total ${ms(total)}`,
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      `changes ${report.changes.length} (${opened} opened), ${text.split('\n').length} report lines, ${report.diagnostics.length} warnings`,
    ].join(' | '),
  );
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(5)} ms`;
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
