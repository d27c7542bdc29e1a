// One folder per construct in fixtures/reach/: its manifests and the expected connectivity, as
// the truth table of every pair (`netreach reach --verbose`, expected.txt) and as the grouped
// statements a reader gets (`netreach reach`, statements.txt), compared byte for byte. Regenerate with
// `npm run test:update-golden` and review the diff like code.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
const dir = path.join(root, 'fixtures/reach');
const cases = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'cluster.yaml')));

describe('connectivity per construct (fixtures/reach)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    for (const [file, extra] of [
      ['expected.txt', ['--verbose']],
      ['statements.txt', []],
    ] as const) {
      it(`${name.replace(/-/g, ' ')} (${file})`, async () => {
        let out = '';
        const code = await runCli(['reach', `fixtures/reach/${name}`, ...extra], {
          cwd: root,
          stdout: (t) => (out += t),
          stderr: (t) => (out += t),
          version: 'test',
        });
        expect(code).toBe(0);
        const expected = path.join(dir, name, file);
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expected, out);
        expect(out).toBe(readFileSync(expected, 'utf8'));
      });
    }
  }
});
