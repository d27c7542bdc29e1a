// fail-on gains violated and finding (issue 12); with a config that has assertions and no
// fail-on, a new violation fails; a config with errors always fails.
import { describe, expect, it } from 'vitest';
import { configFailure, effectiveFailOn, failureReasons, parseFailOn } from '../../src/report/fail-on.js';

const quiet = { opened: 0, closed: 0, incomplete: false, unreadableFiles: 0 };

describe('fail-on and the guardrails', () => {
  it('reads violated and finding', () => {
    expect(parseFailOn(['violated, finding'])).toEqual({ conditions: ['violated', 'finding'] });
  });
  it('violated fails on a new violation, finding on a new finding, each named', () => {
    expect(failureReasons(['violated', 'finding'], { ...quiet, violations: 1, newFindings: 2 })).toEqual([
      '1 assertion is newly violated',
      '2 new findings',
    ]);
    expect(failureReasons(['violated', 'finding'], { ...quiet, violations: 0, newFindings: 0 })).toEqual([]);
  });
  it('opened alone does not fail on a violation', () => {
    expect(failureReasons(['opened'], { ...quiet, violations: 3 })).toEqual([]);
  });
  it('not set: violated when the config has assertions, never otherwise; a list given is kept', () => {
    expect(effectiveFailOn(undefined, true)).toEqual(['violated']);
    expect(effectiveFailOn(undefined, false)).toEqual([]);
    expect(effectiveFailOn([], true)).toEqual([]);
    expect(effectiveFailOn(['opened'], true)).toEqual(['opened']);
  });
  it('a config with errors fails whatever fail-on says', () => {
    expect(configFailure({ configErrors: 2 })).toMatch(/2 errors/);
    expect(configFailure({ configErrors: 0 })).toBeUndefined();
    expect(configFailure({})).toBeUndefined();
  });
});
