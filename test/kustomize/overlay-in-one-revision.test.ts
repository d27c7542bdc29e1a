// A listed overlay present in one revision only is a part of the cluster added or removed by the
// change, never an error (#9 item 7).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { findKustomize } from '../../src/manifests/kustomize-render.js';
import { overlaysInOneRevision } from '../../src/manifests/overlays-in-one-revision.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { renderKustomizations } from '../../src/manifests/render-kustomizations.js';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const deployment = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: c, image: x}]}\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netreach-one-side-'));
  for (const revision of ['base', 'head']) {
    write(`${revision}/app/base/kustomization.yaml`, 'resources: [web.yaml]\n');
    write(`${revision}/app/base/web.yaml`, deployment('web'));
    write(`${revision}/platform/namespaces.yaml`, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: monitoring}\n');
  }
  // The overlays arrive with the change: the base revision has none.
  write('head/app/overlays/prod/kustomization.yaml', 'namespace: prod\nresources: [../../base]\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diff(args: string[]) {
  let out = '';
  const code = await runCli(['diff', 'base', 'head', '--format', 'json', '--kustomize-command', 'kubectl', ...args], {
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: () => undefined,
    version: 'test',
  });
  return { code, out };
}
type Warning = { code: string; severity?: string; message: string };

describe('an overlay in one revision only (#9)', () => {
  it('a glob that matches an overlay at head only adds a part of the cluster, without error (#9)', async () => {
    const { code, out } = await diff(['--kustomize', 'app/overlays/*']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { incomplete: boolean; endpoints: { id: string }[]; warnings: Warning[] };
    expect(report.warnings.map((w) => w.code)).not.toContain('KUSTOMIZE_FAILED');
    expect(report.incomplete).toBe(false);
    expect(report.endpoints.map((e) => e.id)).toContain('prod/web');
  });
  it('an overlay named at head only is no error either (#9)', async () => {
    const { code, out } = await diff(['--kustomize', 'app/overlays/prod']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { incomplete: boolean; warnings: Warning[] };
    expect(report.warnings.map((w) => w.code)).not.toContain('KUSTOMIZE_FAILED');
    expect(report.incomplete).toBe(false);
  });
  it('with separate clusters, the overlay is a cluster whose workloads are all new (#9)', async () => {
    const { code, out } = await diff(['--kustomize', 'app/overlays/*', '--clusters', 'separate']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      clusters: { name: string; added?: string[]; incomplete?: boolean; warnings: Warning[] }[];
    };
    const prod = report.clusters.find((c) => c.name === 'app/overlays/prod');
    expect(prod?.warnings.map((w) => w.code)).not.toContain('KUSTOMIZE_FAILED');
    expect(JSON.stringify(prod)).toContain('prod/web');
  });
  it('the revision without the overlay renders nothing for it, and says nothing wrong', async () => {
    const parse = createDocumentParser({ keepPositions: needsPositions });
    const rendered = await renderKustomizations(
      path.join(dir, 'base'),
      ['app/overlays/prod'],
      parse,
      await findKustomize('kubectl'),
    );
    expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...rendered.byKustomization.keys()]).toEqual([]);
  });
  it('each overlay in one revision gets one warning of its own, saying added or removed (#9)', () => {
    const warnings = overlaysInOneRevision(
      ['app/overlays/dev', 'app/overlays/old'],
      ['app/overlays/dev', 'app/overlays/prod'],
    );
    expect(warnings.map((w) => [w.code, w.severity, w.file])).toEqual([
      ['KUSTOMIZATION_IN_ONE_REVISION', 'warning', 'app/overlays/prod'],
      ['KUSTOMIZATION_IN_ONE_REVISION', 'warning', 'app/overlays/old'],
    ]);
    expect(warnings[0]?.message).toContain('added');
    expect(warnings[1]?.message).toContain('removed');
  });
});
