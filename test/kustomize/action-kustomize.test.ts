// The Kustomize part of the action, run from source on rendered-by-us directories: components
// and unlisted kustomizations are not plain manifests, and an overlay the head adds is a warning
// of its own, not an error (#9 item 7).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type ActionIo } from '../../src/action/main.js';
import { readRunContext } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';

const fixture = path.resolve(__dirname, '../../fixtures/messy/kustomize-component-and-unlisted-overlay');
const temp = mkdtempSync(path.join(tmpdir(), 'netreach-action-kz-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function runAction(extra: Record<string, string>) {
  const given: Record<string, string> = {
    source: 'dirs',
    'base-dir': 'base',
    'head-dir': 'head',
    'base-ref': 'base',
    'head-ref': 'head',
    comment: 'off',
    'github-token': '',
    kustomize: 'deploy/overlays/*',
    ...extra,
  };
  const outputs = new Map<string, string>();
  const failures: string[] = [];
  const io: ActionIo = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    annotate: () => undefined,
    setOutput: (name, value) => outputs.set(name, value),
    setFailed: (m) => failures.push(m),
    writeSummary: async () => undefined,
    tempDir: temp,
    version: 'test',
  };
  const context = readRunContext(
    { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: fixture },
    {},
  );
  await run(
    readInputs((name) => given[name] ?? ''),
    context,
    io,
    () => {
      throw new Error('no API in this test');
    },
  );
  return {
    failures,
    json: JSON.parse(readFileSync(outputs.get('report-json') as string, 'utf8')) as Record<string, unknown>,
  };
}
type Warning = { code: string; file: string };

describe('the action with the kustomize input (#9)', () => {
  it('an overlay the head adds gets its own warning, no error, and Components are not plain manifests (#9)', async () => {
    const { failures, json } = await runAction({});
    expect(failures).toEqual([]);
    const warnings = json.warnings as Warning[];
    expect(warnings.map((w) => [w.code, w.file])).toEqual([
      ['KUSTOMIZATION_IN_ONE_REVISION', 'deploy/overlays/prod'],
      ['KUSTOMIZATION_NOT_LISTED', 'deploy/tests/with-loadgenerator/kustomization.yaml'],
    ]);
    expect((json.endpoints as { id: string }[]).map((e) => e.id).filter((id) => id.startsWith('default/'))).toEqual([]);
  });
  it('with separate clusters, the added overlay is a cluster of its own with that warning (#9)', async () => {
    const { json } = await runAction({ clusters: 'separate' });
    const clusters = json.clusters as { name: string; warnings: Warning[] }[];
    expect(clusters.map((c) => c.name)).toEqual(['deploy/overlays/prod', 'deploy/overlays/staging']);
    expect(clusters[0]?.warnings.map((w) => w.code)).toContain('KUSTOMIZATION_IN_ONE_REVISION');
    expect(clusters[1]?.warnings.map((w) => w.code)).not.toContain('KUSTOMIZATION_IN_ONE_REVISION');
  });
});
