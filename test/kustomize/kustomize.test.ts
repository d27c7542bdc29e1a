// Rendering kustomizations: the dependency graph, what is refused before rendering, Kustomize's
// own errors, and provenance of the rendered objects.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { readKustomizationGraph, type GraphSource } from '../../src/manifests/kustomization-graph.js';
import { findKustomize } from '../../src/manifests/kustomize-render.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { diskSource, expandKustomizations, renderKustomizations } from '../../src/manifests/render-kustomizations.js';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'fixtures/kustomize-commonlabels/head');

function memory(files: Record<string, string>): GraphSource {
  return {
    read: (f) => files[path.posix.normalize(f)],
    isDir: (p) => Object.keys(files).some((f) => f.startsWith(`${path.posix.normalize(p)}/`)),
  };
}

describe('kustomization graph', () => {
  it('collects bases, components, patches and generator files', () => {
    const graph = readKustomizationGraph(
      'overlay',
      memory({
        'overlay/kustomization.yaml':
          'resources: [../base, extra.yaml]\ncomponents: [../comp]\npatches:\n  - path: patch.yaml\n  - bare-patch.yaml\npatchesStrategicMerge: [smp.yaml]\nconfigMapGenerator:\n  - name: c\n    files: [conf/app.properties]\n',
        'overlay/extra.yaml': 'x',
        'overlay/patch.yaml': 'x',
        'overlay/bare-patch.yaml': 'x',
        'overlay/smp.yaml': 'x',
        'overlay/conf/app.properties': 'x',
        'base/kustomization.yaml': 'resources: [a.yaml]\n',
        'base/a.yaml': 'x',
        'comp/kustomization.yaml': 'kind: Component\npatches: [{path: p.yaml}]\n',
        'comp/p.yaml': 'x',
      }),
    );
    expect([...graph.files].sort()).toEqual(
      [
        'base/a.yaml',
        'base/kustomization.yaml',
        'comp/kustomization.yaml',
        'comp/p.yaml',
        'overlay/conf/app.properties',
        'overlay/extra.yaml',
        'overlay/kustomization.yaml',
        'overlay/patch.yaml',
        'overlay/bare-patch.yaml',
        'overlay/smp.yaml',
      ].sort(),
    );
    expect(graph.refusals).toEqual([]);
  });
  it('refuses remote bases, Helm charts and KRM functions', () => {
    const graph = readKustomizationGraph(
      'o',
      memory({
        'o/kustomization.yaml':
          'resources:\n  - https://github.com/example/repo//deploy?ref=v1\n  - github.com/example/other/base\nhelmCharts:\n  - name: x\ntransformers: [fn.yaml]\n',
        'o/fn.yaml':
          'apiVersion: example.com/v1\nkind: Fn\nmetadata:\n  annotations:\n    config.kubernetes.io/function: |\n      exec: {path: ./fn}\n',
      }),
    );
    expect(graph.refusals).toHaveLength(4);
    expect(graph.refusals[0]?.message).toContain('remote resource "https://github.com/example/repo//deploy?ref=v1"');
    // Each refusal is at the line of its entry.
    expect(graph.refusals.map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });
  it('a missing base is a problem, not a crash', () => {
    expect(
      readKustomizationGraph('o', memory({ 'o/kustomization.yaml': 'resources: [../gone]\n' })).files.has('gone'),
    ).toBe(true);
    expect(readKustomizationGraph('nothing', memory({})).problems.map((p) => p.message)).toEqual([
      'nothing has no kustomization.yaml',
    ]);
  });
});

describe('rendering', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'netreach-kz-'));
    cpSync(fixture, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const parse = createDocumentParser({ keepPositions: needsPositions });

  it('globs name kustomization directories', () => {
    expect(expandKustomizations(dir, ['apps/overlays/*'])).toEqual(['apps/overlays/prod', 'apps/overlays/staging']);
  });
  it('rendered objects point at the file they came from, and the line of their rule', async () => {
    const rendered = await renderKustomizations(
      dir,
      ['apps/overlays/prod', 'apps/overlays/staging'],
      parse,
      await findKustomize(),
    );
    expect(rendered.diagnostics).toEqual([]);
    const policy = rendered.documents.find((d) => (d.value as { kind: string }).kind === 'NetworkPolicy');
    expect(policy?.file).toBe('apps/base/api-policy.yaml');
    expect(policy?.line).toBe(2);
    expect(policy?.lineOf(['spec', 'ingress', 1])).toBe(19);
    expect((policy?.value as { metadata: { namespace: string } }).metadata.namespace).toBe('shop-prod');
    expect(rendered.dependencies.has('apps/base/api.yaml')).toBe(true);
  });
  it('a failed render is reported with Kustomize’s own message, and the run goes on', async () => {
    writeFileSync(path.join(dir, 'apps/overlays/prod/kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const rendered = await renderKustomizations(
      dir,
      ['apps/overlays/prod', 'apps/overlays/staging'],
      parse,
      await findKustomize(),
    );
    // At the line of the entry Kustomize could not read, never 0.
    expect(rendered.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['KUSTOMIZE_FAILED', 'apps/overlays/prod/kustomization.yaml', 2],
    ]);
    expect(rendered.diagnostics[0]?.message).toMatch(/missing\.yaml/);
    expect(rendered.byKustomization.has('apps/overlays/staging')).toBe(true);
  });
  it('a remote base is refused before rendering, naming the kustomization and what to do', async () => {
    writeFileSync(
      path.join(dir, 'apps/overlays/prod/kustomization.yaml'),
      'resources:\n  - https://github.com/example/app//deploy?ref=main\n',
    );
    const rendered = await renderKustomizations(
      dir,
      ['apps/overlays/prod', 'apps/overlays/staging'],
      parse,
      await findKustomize(),
    );
    expect(rendered.diagnostics.map((d) => [d.code, d.line])).toEqual([['KUSTOMIZE_REFUSED', 2]]);
    expect(rendered.diagnostics[0]?.fix).toContain('source: dirs');
  });
  it('files outside the repository are never read through a link', () => {
    mkdirSync(path.join(dir, 'links'));
    const outside = mkdtempSync(path.join(tmpdir(), 'netreach-out-'));
    writeFileSync(path.join(outside, 'secret.yaml'), 'x');
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'links/secret.yaml'));
    expect(diskSource(dir).read('links/secret.yaml')).toBeUndefined();
    rmSync(outside, { recursive: true, force: true });
  });
  it('without a renderer every kustomization is reported', async () => {
    const rendered = await renderKustomizations(dir, ['apps/overlays/prod', 'apps/overlays/staging'], parse, undefined);
    expect(rendered.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['KUSTOMIZE_UNAVAILABLE', 1],
      ['KUSTOMIZE_UNAVAILABLE', 1],
    ]);
  });
});
