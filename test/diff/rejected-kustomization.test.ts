// An overlay that renders at base and fails to render at head loses everything it rendered: the
// paths that "close" because of it say that the kustomization could not be rendered (#9 item 6).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'netreach-rejected-kustomize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const deployment = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: c, image: x}]}\n`;

describe('a kustomization that no longer renders (#9)', () => {
  it('marks the paths it alone closes as depending on the unrendered kustomization (#9)', async () => {
    for (const revision of ['base', 'head']) {
      write(`${revision}/app/base/api.yaml`, deployment('api'));
      write(`${revision}/app/base/web.yaml`, deployment('web'));
      write(`${revision}/app/base/kustomization.yaml`, 'resources: [api.yaml, web.yaml]\n');
    }
    write('base/app/overlays/prod/kustomization.yaml', 'namespace: prod\nresources: [../../base]\n');
    write('head/app/overlays/prod/kustomization.yaml', 'namespace: prod\nresources: [../../base, missing.yaml]\n');
    let out = '';
    const code = await runCli(
      ['diff', 'base', 'head', '--kustomize', 'app/overlays/*', '--kustomize-command', 'kubectl', '--format', 'json'],
      {
        cwd: dir,
        stdout: (t) => (out += t),
        stderr: (t) => (out += t),
        version: 'test',
      },
    );
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      changes: { src: string; dst: string; rejected?: unknown[]; because: { rule: string }[] }[];
    };
    expect(report.changes.length).toBeGreaterThan(0);
    for (const change of report.changes) {
      expect(change.rejected).toEqual([
        { revision: 'head', file: 'app/overlays/prod/kustomization.yaml', line: expect.any(Number) },
      ]);
      expect(change.because[0]?.rule).toMatch(
        /^Deployment prod\/(api|web) could not be read at head: kustomization app\/overlays\/prod/,
      );
    }
  });
});
