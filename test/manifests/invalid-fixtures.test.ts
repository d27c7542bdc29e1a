// Every file in fixtures/invalid/ is a test: its diagnostics (code and line) must be exactly
// those in the .expected.json beside it, and the valid policies in it must still be evaluated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';

const dir = path.resolve(__dirname, '../../fixtures/invalid');
const cases = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('bad input gets a diagnostic naming the file and line, and nothing else is lost', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    it(name.replace(/\.yaml$/, '').replace(/-/g, ' '), () => {
      const expected = JSON.parse(readFileSync(path.join(dir, name.replace(/\.yaml$/, '.expected.json')), 'utf8'));
      const model = buildCluster([{ path: name, text: readFileSync(path.join(dir, name), 'utf8') }], {
        parse: createDocumentParser({ keepPositions: needsPositions }),
        defaultNamespace: 'default',
      });
      expect(model.diagnostics.map((d) => ({ code: d.code, line: d.line }))).toEqual(expected.diagnostics);
      for (const d of model.diagnostics) {
        expect(d.file).toBe(name);
        expect(d.fix.length).toBeGreaterThan(0);
      }
      expect(model.policies.map((p) => `${p.origin.namespace}/${p.origin.name}`)).toEqual(expected.policies);
    });
  }
});
