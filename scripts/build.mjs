// Bundles the entry points with ncc into dist/ (committed; CI rebuilds and fails on a diff).
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = [
  { input: 'src/index.ts', output: 'index.js', executable: false },
  { input: 'src/cli/index.ts', output: 'cli.js', executable: true },
];

await rm(path.join(root, 'dist'), { recursive: true, force: true });
await mkdir(path.join(root, 'dist'), { recursive: true });
for (const entry of entries) {
  const { code, assets } = await ncc(path.join(root, entry.input), {
    target: 'es2022',
    quiet: true,
    minify: false,
    sourceMap: false,
    cache: false,
  });
  const names = Object.keys(assets ?? {}).filter((name) => name !== 'package.json');
  if (names.length > 0) throw new Error(`unexpected assets from ${entry.input}: ${names.join(', ')}`);
  const file = path.join(root, 'dist', entry.output);
  await writeFile(file, code);
  if (entry.executable) await chmod(file, 0o755);
  console.log(`dist/${entry.output}: ${(code.length / 1024).toFixed(0)} kB`);
}
await writeFile(path.join(root, 'dist', 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
