// Every folder in fixtures/messy/ is a real-looking case of messy input (issue 9): the CLI runs
// with the arguments in its `args` file, from the case folder, and what it prints and its exit
// status must be exactly those in its expected.json. `UPDATE_GOLDEN=1` rewrites them; read the
// diff like code, since it is the claim that the answer is right.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const dir = path.resolve(__dirname, '../../fixtures/messy');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'args'))) : [];

/** What a run is compared on: the exit status, stdout (parsed when it is JSON) and stderr. */
async function run(caseDir: string): Promise<unknown> {
  const args = readFileSync(path.join(caseDir, 'args'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  let stdout = '';
  let stderr = '';
  const exit = await runCli(args, {
    cwd: caseDir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: 'test',
  });
  let parsed: unknown = stdout;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    // text output stays text
  }
  return { exit, stdout: parsed, stderr };
}

describe('messy real-looking input gets the right answer, or one marked with its cause (#9)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const name of cases) {
    it(name.replace(/-/g, ' '), async () => {
      const caseDir = path.join(dir, name);
      expect(existsSync(path.join(caseDir, 'README.md'))).toBe(true);
      const actual = await run(caseDir);
      const expectedPath = path.join(caseDir, 'expected.json');
      if (update) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
