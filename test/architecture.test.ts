// The layering of STYLE §2.1: imports point one way, toward model/; only the shells touch the
// process, the Actions toolkit or the terminal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '../src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}
const layer = (relative: string) => relative.split(path.sep)[0] as string;
// What each folder may import from (besides itself).
const allowed: Record<string, string[]> = {
  model: [],
  net: ['model'],
  manifests: ['model', 'net'],
  policies: ['model', 'net', 'manifests'],
  engine: ['model', 'net', 'manifests', 'policies'],
  diff: ['model', 'net', 'manifests', 'policies', 'engine'],
  report: ['model', 'net', 'engine', 'diff'],
  cli: ['model', 'net', 'manifests', 'policies', 'engine', 'diff', 'report'],
  action: ['model', 'net', 'manifests', 'policies', 'engine', 'diff', 'report'],
  'index.ts': ['action'],
};
const shells = new Set(['cli', 'action']);
const edges = new Set([
  'manifests/read-directory.ts',
  'manifests/read-git.ts',
  'manifests/kustomize-render.ts',
  'manifests/render-kustomizations.ts',
]);

describe('architecture', () => {
  for (const file of files(src)) {
    const rel = path.relative(src, file);
    it(`${rel} imports only what its layer may`, () => {
      const text = readFileSync(file, 'utf8');
      const from = layer(rel);
      for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = path.relative(src, path.resolve(path.dirname(file), match[1] as string));
        const to = layer(target);
        if (to === from) continue;
        expect(allowed[from] ?? [], `${rel} imports ${target}`).toContain(to);
      }
      if (!shells.has(from) && from !== 'index.ts') {
        expect(text, `${rel} must not read process state`).not.toMatch(/\bprocess\.(env|argv|cwd|exit|stdout|stderr)/);
        expect(text, `${rel} must not use the Actions toolkit`).not.toMatch(/from '@actions\/|from '@octokit\//);
        if (!edges.has(rel))
          expect(text, `${rel} must not touch the file system or processes`).not.toMatch(
            /from 'node:(fs|child_process)/,
          );
      }
    });
  }
});

/** Every import of src/ (type-only ones too), as edges between files relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import) '(\.[^']+)'/g)].map((m) =>
      path.relative(src, path.resolve(path.dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
    );
    graph.set(path.relative(src, file), targets);
  }
  return graph;
}

/** The first import cycle found, as the files around it, or undefined. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found !== undefined) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('no import cycles', () => {
  it('no file of src/ imports itself through others, type-only imports included', () => {
    const cycle = findCycle(importGraph());
    expect(cycle === undefined ? 'none' : cycle.join(' -> ')).toBe('none');
  });
  it('the cycle finder finds a cycle', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(
      findCycle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toBeUndefined();
  });
});

describe('words belong to the report', () => {
  // The diff says which rule decided (model/rule-ref.ts); only report/rule-names.ts says how a rule
  // is named. These are the words of its names: short kinds, ranks, a Calico tier's end.
  const naming =
    /['`"](?:ANP|BANP|CNP|CCNP)\b|\(tier \$\{|priority \$\{[^}]*\}\)|no rule of the tier matched|KIND_LABEL/;
  it('rules and policies are named in report/rule-names.ts only', () => {
    const namingFiles = files(src)
      .map((f) => path.relative(src, f))
      .filter((rel) => naming.test(readFileSync(path.join(src, rel), 'utf8')));
    expect(namingFiles).toEqual([path.join('report', 'rule-names.ts')]);
  });
});
