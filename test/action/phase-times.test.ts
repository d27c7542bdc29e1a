import { describe, expect, it } from 'vitest';
import { phaseTimesLine } from '../../src/action/phase-times.js';

describe('the phase times log line (#11)', () => {
  it('gives each phase in seconds and the size of the comparison', () => {
    const timings = { parseMs: 1234, evaluateMs: 260, diffMs: 540, explainMs: 20, workloads: 5000, policies: 2058 };
    expect(phaseTimesLine(timings, 90, 14)).toBe(
      'netreach: parse 1.2 s, evaluate 0.3 s, diff 0.5 s, render 0.1 s (5,000 workloads, 2,058 policies, 14 changes)',
    );
  });
  it('says change for one', () => {
    const timings = { parseMs: 0, evaluateMs: 0, diffMs: 0, explainMs: 0, workloads: 1, policies: 0 };
    expect(phaseTimesLine(timings, 0, 1)).toBe(
      'netreach: parse 0.0 s, evaluate 0.0 s, diff 0.0 s, render 0.0 s (1 workloads, 0 policies, 1 change)',
    );
  });
});
