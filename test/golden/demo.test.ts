// The demo scenario rendered in every format, compared byte for byte with the committed
// expectations in fixtures/demo/expected/. Regenerate with `npm run test:update-golden` and
// review the diff like code.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = path.resolve(__dirname, '../..');
const update = process.env.UPDATE_GOLDEN === '1';
const scenarios = readdirSync(path.join(root, 'fixtures')).filter(
  (d) => existsSync(path.join(root, 'fixtures', d, 'base')) && existsSync(path.join(root, 'fixtures', d, 'head')),
);
const formats = [
  { format: 'text', file: 'report.txt' },
  { format: 'json', file: 'diff.json' },
  { format: 'markdown', file: 'comment.md' },
  // Only scenarios with a repository config (`--config` in their args) have something to say in SARIF.
  { format: 'sarif', file: 'report.sarif', withConfig: true },
];

async function render(args: string[]): Promise<string> {
  let out = '';
  const code = await runCli(args, { cwd: root, stdout: (t) => (out += t), stderr: (t) => (out += t), version: 'test' });
  expect(code).toBe(0);
  return out;
}

describe('golden reports', () => {
  it('has the demo scenario', () => expect(scenarios).toContain('demo'));
  for (const scenario of scenarios) {
    // A scenario may need more arguments (one per line in its `args` file).
    const argsFile = path.join(root, 'fixtures', scenario, 'args');
    const extra = existsSync(argsFile)
      ? readFileSync(argsFile, 'utf8')
          .split('\n')
          .filter((l) => l !== '')
      : [];
    for (const { format, file, withConfig } of formats) {
      if (withConfig === true && !extra.includes('--config')) continue;
      it(`${scenario} renders as ${file}`, async () => {
        const actual = await render([
          'diff',
          `fixtures/${scenario}/base`,
          `fixtures/${scenario}/head`,
          '--format',
          format,
          ...extra,
        ]);
        const expectedPath = path.join(root, 'fixtures', scenario, 'expected', file);
        if (update) {
          mkdirSync(path.dirname(expectedPath), { recursive: true });
          writeFileSync(expectedPath, actual);
        }
        expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
      });
    }
  }
});
