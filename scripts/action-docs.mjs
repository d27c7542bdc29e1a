// Generates the README's tables of inputs and outputs from action.yml, so they cannot drift.
// `node scripts/action-docs.mjs` rewrites README.md; test/readme.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->';
const END = '<!-- action-docs:end -->';

const cell = (text) => String(text).trim().replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');

export function actionDocs(actionYaml) {
  const spec = parse(actionYaml);
  const lines = ['#### Inputs', '', '| input | default | description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    const def =
      input.default === undefined || input.default === ''
        ? ''
        : `\`${cell(input.default).replace(/<br>/g, '`<br>`')}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`);
  }
  lines.push('', '#### Outputs', '', '| output | description |', '|---|---|');
  for (const [name, output] of Object.entries(spec.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

export function withActionDocs(readme, actionYaml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${actionDocs(actionYaml)}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(root, 'README.md');
  writeFileSync(
    readmePath,
    withActionDocs(readFileSync(readmePath, 'utf8'), readFileSync(path.join(root, 'action.yml'), 'utf8')),
  );
  console.log('README.md: action inputs and outputs regenerated');
}
