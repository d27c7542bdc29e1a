import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { DiffReport } from '../../src/model/report.js';
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../src/action/annotations.js';

const diagnostic = (i: number, severity: Diagnostic['severity']): Diagnostic => ({
  code: 'YAML_SYNTAX',
  severity,
  file: `f${i}.yaml`,
  line: i + 1,
  message: `m${i}`,
  fix: 'fix',
});
const report = (diagnostics: Diagnostic[]): DiffReport => ({
  endpoints: [],
  changes: [
    {
      src: 'a/x',
      dst: 'b/y',
      before: {},
      after: { TCP: [[80, 80]] },
      opened: { TCP: [[80, 80]] },
      closed: {},
      endpointStatus: { src: 'unchanged', dst: 'unchanged' },
      because: [
        {
          ref: {
            type: 'rule',
            rule: { type: 'network-policy', namespace: 'b', name: 'p', place: { list: 'ingress', index: 0 } },
          },
          revision: 'head',
          explains: 'opened',
          file: 'p.yaml',
          line: 9,
        },
      ],
    },
  ],
  added: [],
  removed: [],
  diagnostics,
  base: 'b',
  head: 'h',
});

describe('annotations', () => {
  it('a rule that opened paths gets a warning on its file and line', () => {
    expect(selectAnnotations(report([]), (f) => f)).toEqual([
      {
        level: 'warning',
        title: 'netreach: NetworkPolicy b/p ingress[0] opens 1 path',
        message: 'a/x can now reach b/y:TCP 80',
        file: 'p.yaml',
        line: 9,
      },
    ]);
  });
  it('rejected manifests are errors on their file and line', () => {
    expect(selectAnnotations(report([diagnostic(0, 'error')]), (f) => f)[0]).toMatchObject({
      level: 'error',
      file: 'f0.yaml',
      line: 1,
    });
  });
  it('each level stays within GitHub’s 10 per step, the last one counting the rest', () => {
    const list = selectAnnotations(
      report(Array.from({ length: 25 }, (_, i) => diagnostic(i, i % 2 === 0 ? 'error' : 'warning'))),
      (f) => f,
    );
    const errors = list.filter((a) => a.level === 'error');
    const warnings = list.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(warnings).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(errors[9]?.message).toBe('4 more errors; the job summary lists them all');
  });
  it('files outside the repository get no file', () => {
    expect(selectAnnotations(report([diagnostic(0, 'error')]), () => undefined)[0]).not.toHaveProperty('file');
  });
});
