// Warnings that would repeat once per file or object say it once (issue 9 on real repositories:
// a CI workflow per file, an object per overlay that shares a base, a suggestion per kustomization).
import { describe, expect, it } from 'vitest';
import type { ManifestFile } from '../../src/model/manifest.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { readPlainKustomizations } from '../../src/manifests/render-kustomizations.js';
import { buildCluster } from '../../src/policies/build-cluster.js';
import { deployment, file, namespace } from '../helpers/manifests.js';

const build = (files: ManifestFile[], documents = [] as never[]) =>
  buildCluster(files, {
    parse: createDocumentParser({ keepPositions: needsPositions }),
    defaultNamespace: 'default',
    documents,
  });

describe('warnings that repeat', () => {
  it('files of other tools are one NOT_KUBERNETES warning naming them', () => {
    const files = [
      file('.github/workflows/ci.yml', [{ on: { push: {} }, jobs: {} }]),
      file('package.json', [{ name: 'x', version: '1' }]),
      file('app.yaml', [namespace('shop')]),
    ];
    const codes = build(files).diagnostics.filter((d) => d.code === 'NOT_KUBERNETES');
    expect(codes).toHaveLength(1);
    expect(codes[0]?.message).toContain('2 files hold no Kubernetes object');
    expect(codes[0]?.message).toContain('.github/workflows/ci.yml, package.json');
  });
  it('a document that looks like a manifest keeps a warning of its own', () => {
    const files = [file('typo.yaml', [{ Kind: 'Deployment', metadata: { name: 'x' } }])];
    const [d] = build(files).diagnostics;
    expect(d).toMatchObject({ code: 'NOT_KUBERNETES', file: 'typo.yaml', line: 1 });
    expect(d?.message).toContain('has no apiVersion and kind');
  });
  it('one object defined twice in different files is a DUPLICATE_NAME each; the same source twice is one warning for all', () => {
    const twice = build([
      file('a.yaml', [deployment('shop', 'api', { app: 'api' })]),
      file('b.yaml', [deployment('shop', 'api', { app: 'api' })]),
    ]);
    expect(twice.diagnostics.map((d) => [d.code, d.file])).toEqual([['DUPLICATE_NAME', 'b.yaml']]);
    const text = JSON.stringify(deployment('shop', 'api', { app: 'api' }));
    const doc = { file: 'base/api.yaml', line: 1, value: JSON.parse(text) as unknown, lineOf: () => 1 };
    const other = JSON.parse(text) as { metadata: Record<string, unknown> };
    other.metadata.annotations = { overlay: 'b' };
    const shared = build([], [doc, { ...doc, value: other }] as never[]);
    const dup = shared.diagnostics.filter((d) => d.code === 'DUPLICATE_NAME');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.message).toContain(
      '1 object is rendered by more than one kustomization from the same source (Deployment shop/api)',
    );
  });
  it('more than three kustomizations read as plain files are one suggestion naming those no other uses', () => {
    const k = (dir: string, resources: string[]) => ({
      path: `${dir}/kustomization.yaml`,
      text: `resources:\n${resources.map((r) => `  - ${r}\n`).join('')}`,
    });
    const files = [
      k('base', ['api.yaml']),
      { path: 'base/api.yaml', text: '{}' },
      k('overlays/a', ['../../base']),
      k('overlays/b', ['../../base']),
      k('overlays/c', ['../../base']),
    ];
    const out = readPlainKustomizations(files, 'render it with --kustomize');
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]?.message).toContain('4 kustomizations (base, overlays/a, overlays/b, overlays/c)');
    expect(out.diagnostics[0]?.fix).toBe('render it with --kustomize overlays/a, overlays/b, overlays/c');
  });
});

describe('names taken from a manifest are never Object properties (hostile input)', () => {
  it('kinds named constructor, toString or __proto__ are other kinds, not a crash', () => {
    const files = [
      file(
        'a.yaml',
        ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((kind) => ({
          apiVersion: 'v1',
          kind,
          metadata: { name: 'x' },
        })),
      ),
    ];
    const model = build(files);
    expect(model.workloads).toEqual([]);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('an admin rule action named constructor is refused, not taken for an action', () => {
    const anp = {
      apiVersion: 'policy.networking.k8s.io/v1alpha1',
      kind: 'AdminNetworkPolicy',
      metadata: { name: 'p' },
      spec: {
        priority: 1,
        subject: { namespaces: {} },
        ingress: [{ action: 'constructor', from: [{ namespaces: {} }] }],
      },
    };
    const model = build([file('a.yaml', [anp])]);
    expect(model.policies).toEqual([]);
    expect(model.diagnostics.some((d) => d.severity === 'error' && d.file === 'a.yaml')).toBe(true);
  });
});
