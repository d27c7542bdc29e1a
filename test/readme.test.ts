// The README is the user's document: its input and output tables come from action.yml, and
// the commands it tells a new user to run are the ones that work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { withActionDocs } from '../scripts/action-docs.mjs';

const root = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('documents every input and output of action.yml (run `node scripts/action-docs.mjs` after changing it)', () => {
    expect(readme).toBe(withActionDocs(readme, readFileSync(path.join(root, 'action.yml'), 'utf8')));
  });
  it('gives the demo and test commands', () => {
    expect(readme).toContain('node dist/cli.js diff fixtures/demo/base fixtures/demo/head');
    expect(readme).toContain('npm ci && npm test');
  });
  it('shows the demo comment as the action writes it', () => {
    const lines = readFileSync(path.join(root, 'fixtures/demo/expected/pr-comment.md'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    expect(readme).toContain(lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n'));
  });
});
