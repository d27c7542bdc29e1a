// netreach reads tabs and indentation as kubectl does. Each case was run through kubectl 1.32
// (`kubectl annotate --local -f FILE x=y -o json`, which decodes with kubectl's own decoder and
// needs no cluster) and kustomize 5.5 (`kubectl kustomize`), and the value or refusal they gave
// is the expectation here. The shapes come from real manifests: Deployment `args` in flow style,
// JSON-ish `{ }` blocks pasted into YAML, ConfigMaps holding Makefiles and shell scripts.
import { describe, expect, it } from 'vitest';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';

const parse = createDocumentParser({ keepPositions: needsPositions });
const HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';

/** The `data` of the ConfigMap, or the codes and lines of what was refused. */
function read(body: string): unknown {
  const parsed = parse({ path: 'cm.yaml', text: HEAD + body });
  if (parsed.diagnostics.length > 0) return parsed.diagnostics.map((d) => `${d.code}@${d.line}`);
  return (parsed.documents[0]?.value as { data?: unknown } | undefined)?.data;
}

describe('tabs inside flow collections separate tokens, as in kubectl (#9)', () => {
  const accepted: [string, string, unknown][] = [
    ['a tab after a comma', 'data: {a: x,\tc: d}\n', { a: 'x', c: 'd' }],
    ['tabs around every token', 'data: {\ta: x\t,\tc: d\t}\n', { a: 'x', c: 'd' }],
    ['a tab after a colon', 'data: {a:\tx}\n', { a: 'x' }],
    ['tabs in nested collections', 'data: {a: [1,\t2], b: {c:\td}}\n', { a: [1, 2], b: { c: 'd' } }],
    ['a tab before a comma after a plain scalar', 'data: {a: http://x\t, b: c}\n', { a: 'http://x', b: 'c' }],
    ['tab-indented lines of a flow mapping', 'data: {\n\t"a": "b",\n\t"c": "d"\n}\n', { a: 'b', c: 'd' }],
    ['tab-indented lines with comments', 'data:\n  k: [\n\t\t"x", # c\t\n\t\t"y"\n  ]\n', { k: ['x', 'y'] }],
    ['a flow line less indented than its key', 'data:\n  k: [x,\nz]\n', { k: ['x', 'z'] }],
    ['a blank line holding a tab', 'data: {a: b,\n\n\t\n c: d}\n', { a: 'b', c: 'd' }],
    ['a tab after the closing brace', 'data: {a: b}\t\n', { a: 'b' }],
    ['a tab-indented continuation of a quoted scalar', 'data: {a: "x\n\ty", b: c}\n', { a: 'x y', b: 'c' }],
    ['an anchor before the collection', 'data: &x {a:\tb}\n', { a: 'b' }],
  ];
  for (const [name, body, data] of accepted) it(`accepts ${name}`, () => expect(read(body)).toEqual(data));

  it('keeps tabs that are content: inside quotes, between words, in block scalars', () => {
    expect(read('data: {a: "q\\"\t,", b: c}\n')).toEqual({ a: 'q"\t,', b: 'c' });
    expect(read("data:\n  a: 'it''s\t[x'\n")).toEqual({ a: "it's\t[x" });
    expect(read('data:\n  a: x\ty\n')).toEqual({ a: 'x\ty' });
    expect(read('data:\n  a: |\n    [x,\ty]\n    \tz\n')).toEqual({ a: '[x,\ty]\n\tz\n' });
    expect(read('data:\n  a: |\n    all:\n    \techo hi\n  b: c\n')).toEqual({ a: 'all:\n\techo hi\n', b: 'c' });
  });

  it('refuses a tab that would continue a plain scalar onto a new line, as kubectl does', () => {
    expect(read('data: {a: x\n\ty}\n')).toEqual(['YAML_SYNTAX@6']);
    expect(read('data:\n  a: [x\n\t,y]\n')).toEqual(['YAML_SYNTAX@7']);
  });
});

describe('a tab in block indentation is refused, as in kubectl, even on a blank line (#9)', () => {
  it('refuses a blank line holding a tab between keys', () => {
    expect(read('data:\n  a: b\n\t\n  c: d\n')).toEqual(['YAML_SYNTAX@7']);
  });
  it('refuses a tab-indented comment line', () => {
    expect(read('data: {a: b} # x\n\t# y\n')).toEqual(['YAML_SYNTAX@6']);
  });
  it('refuses a tab in the indentation of a block scalar, and keeps one after it', () => {
    expect(read('data:\n  a: |\n    x\n\t\n    y\n')).toEqual(['YAML_SYNTAX@8']);
    expect(read('data:\n  a: |\n    x\n    \t\n    y\n')).toEqual({ a: 'x\n\t\ny\n' });
  });
  it('accepts a tab-indented continuation of a quoted scalar', () => {
    expect(read('data:\n  k: "a\n\tb"\n  j: [c,\td]\n')).toEqual({ k: 'a b', j: ['c', 'd'] });
  });
  it('accepts a blank line with a tab after a document end marker', () => {
    expect(read('data:\n  a: b\n...\n\t\n')).toEqual({ a: 'b' });
  });
  it('keeps the other documents of the file', () => {
    const parsed = parse({ path: 'cm.yaml', text: `${HEAD}data: {a: b}\n---\n${HEAD}data:\n  a: b\n\t\n` });
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['YAML_SYNTAX', 13]]);
    expect(parsed.documents.map((d) => d.line)).toEqual([1]);
  });
});

describe('reading flow collections as go-yaml does stays bounded (#9)', () => {
  it('a bracket far to the right followed by many short lines does not blow up', () => {
    const text = `${HEAD}data:\n  k: ${' '.repeat(50_000)}[\n${'\tx,\n'.repeat(50_000)}]\n`;
    const started = Date.now();
    const parsed = parse({ path: 'cm.yaml', text });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['YAML_SYNTAX']);
  });
});
