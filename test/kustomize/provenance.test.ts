// Provenance of rendered objects: never line 0, but the source file and line, else the
// kustomization entry that brought the object in; and the transformers that changed a policy,
// named in the because-line of the commonLabels trap (#9 item 10).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { readKustomizationNode, type GraphSource } from '../../src/manifests/kustomization-graph.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { findKustomize } from '../../src/manifests/kustomize-render.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { renderKustomizations } from '../../src/manifests/render-kustomizations.js';
import { attributeRendered } from '../../src/manifests/rendered-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';

const fixture = path.resolve(__dirname, '../../fixtures/kustomize-commonlabels');
const parse = createDocumentParser({ keepPositions: needsPositions });
let dir: string;

/** The fixture without `buildMetadata` in any kustomization: what most repositories have. */
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netreach-provenance-'));
  cpSync(fixture, dir, { recursive: true });
  const strip = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) strip(p);
      else if (name === 'kustomization.yaml')
        writeFileSync(p, readFileSync(p, 'utf8').replace(/buildMetadata:\n(\s+- \w+\n)+/, ''));
    }
  };
  strip(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function diff(format: string) {
  let out = '';
  const code = await runCli(
    ['diff', 'base', 'head', '--kustomize', 'apps/overlays/*', '--kustomize-command', 'kubectl', '--format', format],
    {
      cwd: dir,
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
      version: 'test',
    },
  );
  expect(code).toBe(0);
  return out;
}

/** Every `line` anywhere in a JSON value. */
function lines(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(lines);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'line' && typeof v === 'number' ? [v] : lines(v)));
}

describe('rendered objects cite their source, never line 0 (#9)', () => {
  it('no because-line or warning of a rendered diff cites line 0, without buildMetadata in the overlays (#9)', async () => {
    const report = JSON.parse(await diff('json')) as { changes: { because: { file: string; line: number }[] }[] };
    expect(report.changes.length).toBeGreaterThan(0);
    expect(lines(report)).not.toContain(0);
    expect(report.changes[0]?.because[0]).toMatchObject({ file: 'apps/base/api-policy.yaml', line: 19 });
  });
  it('an object without origin points at the object of its kind and name among the overlay files, else at the resources entry (#9)', () => {
    const source: GraphSource = {
      read: (f) =>
        (({ 'o/kustomization.yaml': 'namePrefix: p-\nresources:\n  - np.yaml\n' }) as Record<string, string>)[f],
      isDir: () => false,
    };
    const overlay = readKustomizationNode('o', source);
    if (overlay === undefined) throw new Error('no overlay');
    const np = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}}\n';
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p-settings}\n';
    const rendered = parse({
      path: 'o/kustomization.yaml',
      text: `${np.replace('name: np', 'name: p-np')}---\n${cm}`,
    }).documents;
    const sourceDocuments = (f: string) =>
      f === 'o/np.yaml' ? parse({ path: f, text: `# policies\n${np}` }).documents : undefined;
    const attributed = attributeRendered(rendered, {
      overlay,
      resolve: (p) => p,
      kustomization: () => undefined,
      sourceDocuments,
      files: ['o/np.yaml'],
    });
    expect(attributed.map((d) => [d.file, d.line])).toEqual([
      ['o/np.yaml', 2],
      ['o/kustomization.yaml', 2],
    ]);
  });
  it('a generated object points at its generator entry (#9)', () => {
    const source: GraphSource = {
      read: (f) =>
        (
          ({
            'o/kustomization.yaml':
              'resources: []\nconfigMapGenerator:\n  - name: a\n    literals: [x=y]\n  - name: settings\n    literals: [x=y]\n',
          }) as Record<string, string>
        )[f],
      isDir: () => false,
    };
    const overlay = readKustomizationNode('o', source);
    if (overlay === undefined) throw new Error('no overlay');
    const origin =
      'config.kubernetes.io/origin: |\n      configuredIn: kustomization.yaml\n      configuredBy:\n        apiVersion: builtin\n        kind: ConfigMapGenerator\n';
    const rendered = parse({
      path: 'o/kustomization.yaml',
      text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-4h2m\n  annotations:\n    ${origin}`,
    }).documents;
    const attributed = attributeRendered(rendered, {
      overlay,
      resolve: (p) => path.posix.join('o', p),
      kustomization: (f) => (f === overlay.file ? overlay : undefined),
      sourceDocuments: () => undefined,
      files: [],
    });
    expect(attributed.map((d) => [d.file, d.line])).toEqual([['o/kustomization.yaml', 5]]);
  });
});

describe('the transformers that changed a rendered policy (#9)', () => {
  it('a rendered policy carries each transformer that ran over it, at the line of its field (#9)', async () => {
    const rendered = await renderKustomizations(
      path.join(dir, 'head'),
      ['apps/overlays/prod', 'apps/overlays/staging'],
      parse,
      await findKustomize('kubectl'),
    );
    const policy = rendered.byKustomization
      .get('apps/overlays/prod')
      ?.find((d) => (d.value as { kind: string }).kind === 'NetworkPolicy');
    expect(policy?.transformedBy).toEqual([
      { what: 'namespace', file: 'apps/overlays/prod/kustomization.yaml', line: 3 },
      { what: 'namePrefix', file: 'apps/overlays/prod/kustomization.yaml', line: 4 },
      { what: 'commonLabels', file: 'apps/overlays/prod/kustomization.yaml', line: 8 },
    ]);
  });
  it('the because-line of the commonLabels trap names commonLabels, its line, and the labels it added (#9)', async () => {
    const text = await diff('text');
    expect(text).toContain(
      'because NetworkPolicy shop-prod/prod-api-ingress ingress[1] no longer matches: commonLabels at apps/overlays/prod/kustomization.yaml:8 adds env=prod to its podSelector (base apps/base/api-policy.yaml:19)',
    );
  });
});

describe('rules a patch adds are cited at the patch, never at a line without them', () => {
  let repo: string;
  const np =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: api}}\n    ports:\n    - port: 80\n';
  const workloads = ['web', 'api']
    .map(
      (n) =>
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${n}, namespace: shop}\nspec:\n  selector: {matchLabels: {app: ${n}}}\n  template:\n    metadata: {labels: {app: ${n}}}\n    spec: {containers: [{name: c, image: x}]}\n`,
    )
    .join('---\n');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'netreach-patch-provenance-'));
    write('app/kustomization.yaml', 'resources: [np.yaml, workloads.yaml]\n');
    write('app/np.yaml', np);
    write('app/workloads.yaml', workloads);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));
  const render = async (overlay: string) => {
    write('overlay/kustomization.yaml', overlay);
    const rendered = await renderKustomizations(repo, ['overlay'], parse, await findKustomize('kubectl'));
    const model = buildCluster([], { parse, defaultNamespace: 'default', documents: rendered.documents });
    return model.policies.flatMap((p) =>
      p.rules.map((r) => [
        `${r.direction}[${r.origin.index}]`,
        r.origin.file,
        r.origin.line,
        r.origin.addedByPatch === true,
      ]),
    );
  };
  const added =
    '  - op: add\n    path: /spec/ingress/-\n    value: {from: [{namespaceSelector: {}}], ports: [{port: 9090}]}\n';
  it('a rule added by a patchesJson6902 file is cited at its entry, the rule the source holds at the source', async () => {
    write('overlay/add-rule.yaml', added.replace(/^ {2}/gm, ''));
    const rules = await render(
      'resources: [../app]\npatchesJson6902:\n- target: {group: networking.k8s.io, version: v1, kind: NetworkPolicy, name: web-in}\n  path: add-rule.yaml\n',
    );
    expect(rules).toEqual([
      ['ingress[0]', 'app/np.yaml', 7, false],
      ['ingress[1]', 'overlay/kustomization.yaml', 3, true],
    ]);
  });
  it('among several patches, the one whose target names the policy is cited', async () => {
    const rules = await render(
      `resources: [../app]\npatches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n    - op: add\n      path: /metadata/labels\n      value: {tier: fe}\n- target: {kind: NetworkPolicy, name: web-in}\n  patch: |-\n${added.replace(/^/gm, '  ')}`,
    );
    expect(rules[1]).toEqual(['ingress[1]', 'overlay/kustomization.yaml', 8, true]);
  });
});
