// Files that belong to any kustomization (Components and unlisted overlays included) are never
// read as plain manifests; a kustomization nothing listed renders gets one warning (#9 item 7).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { findKustomize } from '../../src/manifests/kustomize-render.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import {
  expandKustomizations,
  readPlainKustomizations,
  renderKustomizations,
} from '../../src/manifests/render-kustomizations.js';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const deployment = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: c, image: x}]}\n`;
const denyAll =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netreach-owned-'));
  write('app/base/kustomization.yaml', 'resources: [web.yaml, api.yaml]\n');
  write('app/base/web.yaml', deployment('web'));
  write('app/base/api.yaml', deployment('api'));
  // A Component of policies, used by no listed overlay (as in microservices-demo).
  write(
    'app/components/network-policies/kustomization.yaml',
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [deny-all.yaml]\n',
  );
  write('app/components/network-policies/deny-all.yaml', denyAll);
  // A test kustomization nobody lists, with a patch of its own.
  write(
    'app/tests/all-components/kustomization.yaml',
    'resources: [../../base]\ncomponents: [../../components/network-policies]\npatches:\n  - path: open-api.yaml\n',
  );
  write(
    'app/tests/all-components/open-api.yaml',
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all}\nspec:\n  policyTypes: [Ingress, Egress]\n',
  );
  write('app/overlays/dev/kustomization.yaml', 'namespace: dev\nresources: [../../base]\n');
  write('platform/namespaces.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}\n');
  // A plain manifest in `default`, which the Component's deny-all must not isolate.
  write('platform/toolbox.yaml', deployment('toolbox'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reach(args: string[]) {
  let out = '';
  const code = await runCli(['reach', '.', '--format', 'json', '--kustomize-command', 'kubectl', ...args], {
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    version: 'test',
  });
  return {
    code,
    report: JSON.parse(out) as {
      endpoints: { id: string; type: string }[];
      connections: { src: string; dst: string }[];
      warnings: { code: string; file: string; line: number }[];
    },
  };
}

describe('files of kustomizations are never plain manifests (#9)', () => {
  it('a Component no listed kustomization uses is not read as plain manifests (#9)', async () => {
    const { code, report } = await reach(['--kustomize', 'app/overlays/*']);
    expect(code).toBe(0);
    // What the dev overlay renders, and the plain toolbox, which no policy isolates.
    expect(
      report.endpoints
        .filter((e) => e.type === 'workload')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['default/toolbox', 'dev/api', 'dev/web']);
    expect(report.connections).toContainEqual(expect.objectContaining({ src: 'dev/web', dst: 'default/toolbox' }));
    expect(report.warnings.filter((w) => w.file.startsWith('app/components/'))).toEqual([]);
  });
  it('an unlisted kustomization gets one warning, and its files are not read (#9)', async () => {
    const { report } = await reach(['--kustomize', 'app/overlays/*']);
    const unlisted = report.warnings.filter((w) => w.code === 'KUSTOMIZATION_NOT_LISTED');
    // Only the top one: app/base is used by the listed overlay, the Component is a Component.
    expect(unlisted.map((w) => w.file)).toEqual(['app/tests/all-components/kustomization.yaml']);
    expect(report.warnings.filter((w) => w.file === 'app/tests/all-components/open-api.yaml')).toEqual([]);
  });
  it('listing it evaluates it, with its Component, and the warning goes (#9)', async () => {
    const { report } = await reach(['--kustomize', 'app/overlays/*', '--kustomize', 'app/tests/all-components']);
    expect(report.warnings.filter((w) => w.code === 'KUSTOMIZATION_NOT_LISTED')).toEqual([]);
    expect(report.warnings.filter((w) => w.code.startsWith('KUSTOMIZE'))).toEqual([]);
    expect(report.endpoints.map((e) => e.id)).toEqual(expect.arrayContaining(['default/web', 'dev/web']));
    // The test kustomization renders into `default`, where its deny-all now isolates the toolbox.
    expect(report.connections).not.toContainEqual(expect.objectContaining({ src: 'dev/web', dst: 'default/toolbox' }));
  });
  it('without --kustomize, kustomizations are read as they are, each with a suggestion', async () => {
    const { report } = await reach([]);
    expect(report.warnings.filter((w) => w.code === 'KUSTOMIZE_SUGGESTED').map((w) => w.file)).toContain(
      'app/components/network-policies/kustomization.yaml',
    );
    expect(report.endpoints.map((e) => e.id)).toContain('default/web');
  });
});

describe('Components render only through a kustomization that lists them (#9)', () => {
  it('a glob leaves Components out', () => {
    expect(expandKustomizations(dir, ['app/*/*'])).toEqual(['app/overlays/dev', 'app/tests/all-components']);
  });
  it('a Component named on its own is rendered like any kustomization (kubectl kustomize renders it)', async () => {
    const parse = createDocumentParser({ keepPositions: needsPositions });
    const rendered = await renderKustomizations(
      dir,
      ['app/components/network-policies'],
      parse,
      await findKustomize('kubectl'),
    );
    expect(rendered.diagnostics.filter((d) => d.file.startsWith('app/components/'))).toEqual([]);
    expect(rendered.documents.map((d) => [d.file, (d.value as { metadata: { name: string } }).metadata.name])).toEqual([
      ['app/components/network-policies/deny-all.yaml', 'deny-all'],
    ]);
  });
  it('a Component named with --kustomize changes the verdict, like any kustomization', async () => {
    const { report } = await reach(['--kustomize', 'app/components/network-policies']);
    expect(report.warnings.filter((w) => w.code.startsWith('KUSTOMIZE'))).toEqual([]);
    // Its deny-all (namespace default) isolates the plain toolbox, which the overlays leave open.
    expect(report.connections.filter((c) => c.dst === 'default/toolbox')).toEqual([]);
    expect(
      (await reach(['--kustomize', 'app/overlays/*'])).report.connections.filter((c) => c.dst === 'default/toolbox'),
    ).not.toEqual([]);
  });
  it('without --kustomize, a Component is never suggested for --kustomize: the kustomization that lists it is', async () => {
    const { report } = await reach([]);
    const suggested = (report.warnings as { code: string; file: string; fix?: string }[]).filter(
      (w) => w.code === 'KUSTOMIZE_SUGGESTED',
    );
    const component = suggested.find((w) => w.file === 'app/components/network-policies/kustomization.yaml');
    expect(component?.fix).toBe(
      'render it with --kustomize app/tests/all-components, which lists app/components/network-policies under components',
    );
    expect(suggested.find((w) => w.file === 'app/overlays/dev/kustomization.yaml')?.fix).toBe(
      'render it with --kustomize app/overlays/dev',
    );
  });
});

describe('without --kustomize, patch files are never read as objects', () => {
  const files = (kustomization: string) => [
    { path: 'o/kustomization.yaml', text: kustomization },
    { path: 'o/p.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 2}\n' },
    { path: 'o/web.yaml', text: deployment('web') },
  ];
  const read = (kustomization: string) =>
    readPlainKustomizations(files(kustomization), 'render it with --kustomize').files.map((f) => f.path);
  it('a patch listed as patches: - path: is left out', () => {
    expect(read('resources: [web.yaml]\npatches:\n- path: p.yaml\n')).toEqual(['o/kustomization.yaml', 'o/web.yaml']);
  });
  it('a patch listed as a bare file name under patches is left out', () => {
    expect(read('resources: [web.yaml]\npatches:\n- p.yaml\n')).toEqual(['o/kustomization.yaml', 'o/web.yaml']);
  });
  it('a patchesStrategicMerge file is left out', () => {
    expect(read('resources: [web.yaml]\npatchesStrategicMerge:\n- p.yaml\n')).toEqual([
      'o/kustomization.yaml',
      'o/web.yaml',
    ]);
  });
  it('a patchesJson6902 path is left out', () => {
    expect(
      read('resources: [web.yaml]\npatchesJson6902:\n- target: {kind: Deployment, name: web}\n  path: p.yaml\n'),
    ).toEqual(['o/kustomization.yaml', 'o/web.yaml']);
  });
  it('an inline patch is no file, and resources stay plain manifests', () => {
    expect(
      read(
        'resources: [web.yaml, p.yaml]\npatches:\n- patch: |-\n    - op: add\n      path: /spec/replicas\n      value: 2\n  target: {kind: Deployment}\n',
      ),
    ).toEqual(['o/kustomization.yaml', 'o/p.yaml', 'o/web.yaml']);
  });
  it("the overlay's warning names the patch files left out", () => {
    const [warning] = readPlainKustomizations(
      files('resources: [web.yaml]\npatches:\n- path: p.yaml\n'),
      'render it with --kustomize',
    ).diagnostics;
    expect(warning?.code).toBe('KUSTOMIZE_SUGGESTED');
    expect(warning?.message).toContain('(o/p.yaml) were not read as objects');
  });
});
