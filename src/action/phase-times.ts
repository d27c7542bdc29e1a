// The one log line that tells a user with a slow run where the time went: each phase of the
// pipeline and the size of what was compared.
import type { Timings } from '../diff/compare-revisions.js';

/** `netreach: parse 1.2 s, evaluate 0.3 s, diff 0.5 s, render 0.1 s (5,000 workloads, 2,058 policies, 14 changes)` */
export function phaseTimesLine(timings: Timings, renderMs: number, changes: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const n = (count: number) => count.toLocaleString('en-US');
  return (
    `netreach: parse ${s(timings.parseMs)}, evaluate ${s(timings.evaluateMs)}, diff ${s(timings.diffMs)}, render ${s(renderMs)} ` +
    `(${n(timings.workloads)} workloads, ${n(timings.policies)} policies, ${n(changes)} ${changes === 1 ? 'change' : 'changes'})`
  );
}
