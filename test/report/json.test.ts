// The JSON report is streamed object by object, with the bytes of the single-string form it
// replaced (`JSON.stringify(report, null, 2)` with short arrays of numbers or strings on one
// line), so the contract of DESIGN §5 does not move by a byte (#9).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Revision } from '../../src/diff/compare-revisions.js';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { reach } from '../../src/engine/reach.js';
import { readManifestPath } from '../../src/manifests/read-directory.js';
import type { DiffReport } from '../../src/model/report.js';
import { renderClustersJson, renderDiffJson, renderReachJson } from '../../src/report/json.js';
import { prettyJson } from '../../src/report/pretty-json.js';

const root = path.resolve(__dirname, '../..');

/** The single-string form the streamed renderer replaced. */
function singleString(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+((?:"[^"\n]*"|-?\d+)(?:,\s+(?:"[^"\n]*"|-?\d+))*)\s+\]/g, (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`)}\n`;
}

async function revision(dir: string): Promise<Revision> {
  const read = await readManifestPath(dir);
  return { label: path.relative(root, dir), ...read };
}

/** Every scenario with base/ and head/: the golden fixtures and the messy cases. */
function scenarios(): string[] {
  const out: string[] = [];
  for (const parent of ['fixtures', 'fixtures/messy']) {
    for (const name of readdirSync(path.join(root, parent))) {
      const dir = path.join(root, parent, name);
      const children = readdirSync(dir);
      if (children.includes('base') && children.includes('head')) out.push(dir);
    }
  }
  return out;
}

const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('streamed JSON (#9)', () => {
  it('has scenarios', () => expect(scenarios().length).toBeGreaterThan(5));
  for (const dir of scenarios()) {
    it(`${path.relative(root, dir)}: the diff has the bytes of the single-string form`, async () => {
      const report = compareRevisions(
        await revision(path.join(dir, 'base')),
        await revision(path.join(dir, 'head')),
        DEFAULT_EVALUATION_OPTIONS,
      );
      const text = joined(renderDiffJson(report));
      expect(text).toBe(singleString(JSON.parse(text)));
      expect(JSON.parse(text).changes).toHaveLength(report.changes.length);
    });
  }

  it('reach, clusters and an empty report have the bytes of the single-string form', async () => {
    const head = await revision(path.join(root, 'fixtures/demo/head'));
    const reachText = joined(renderReachJson(reach(head.files, DEFAULT_EVALUATION_OPTIONS)));
    expect(reachText).toBe(singleString(JSON.parse(reachText)));
    const report = compareRevisions(
      await revision(path.join(root, 'fixtures/demo/base')),
      head,
      DEFAULT_EVALUATION_OPTIONS,
    );
    const clusters = joined(
      renderClustersJson([
        { name: 'prod', report },
        { name: 'staging', report },
      ]),
    );
    expect(clusters).toBe(singleString(JSON.parse(clusters)));
    const empty: DiffReport = {
      endpoints: [],
      changes: [],
      added: [],
      removed: [],
      diagnostics: [],
      base: 'a',
      head: 'b',
    };
    expect(joined(renderDiffJson(empty))).toBe(singleString(JSON.parse(joined(renderDiffJson(empty)))));
    expect(joined(renderClustersJson([]))).toBe('{\n  "version": 1,\n  "clusters": []\n}\n');
  });

  it('is one chunk per endpoint and per change, not one string', async () => {
    const report = compareRevisions(
      await revision(path.join(root, 'fixtures/demo/base')),
      await revision(path.join(root, 'fixtures/demo/head')),
      DEFAULT_EVALUATION_OPTIONS,
    );
    const chunks = [...renderDiffJson(report)];
    expect(chunks.length).toBeGreaterThan(report.endpoints.length + report.changes.length);
    expect(chunks.some((c) => c.includes('"endpoints"') && c.includes('"changes"'))).toBe(false);
  });
});

describe('pretty JSON', () => {
  it('writes what JSON.stringify writes, with arrays of integers or plain strings on one line', () => {
    const value = {
      a: [[1, 65535]],
      b: ['x', 'y'],
      c: [],
      d: {},
      e: [true, null],
      f: [1.5, 2],
      g: ['say "hi"', 'x'],
      h: [{ i: 1 }],
      j: undefined,
      k: [undefined],
      l: 'ü\n',
    };
    expect(prettyJson(value, '')).toBe(singleString(value).trimEnd());
  });
  it('leaves a string that looks like a short array as it is (the text rewrite changed it)', () => {
    expect(prettyJson({ message: 'ports [ 1, 2 ] and "a,  b"' }, '')).toBe(
      '{\n  "message": "ports [ 1, 2 ] and \\"a,  b\\""\n}',
    );
  });
});
