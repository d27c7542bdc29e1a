// Reading manifests from disk: bounded size, symlinks kept inside the given path, stable names.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readManifestPath } from '../../src/manifests/read-directory.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netreach-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}}\n`;

describe('read manifests from a directory', () => {
  it('reads .yaml, .yml and .json files recursively, named relative to the directory, in order', async () => {
    mkdirSync(path.join(dir, 'repo/b'), { recursive: true });
    writeFileSync(path.join(dir, 'repo/b/one.yml'), ns('one'));
    writeFileSync(path.join(dir, 'repo/a.yaml'), ns('a'));
    writeFileSync(path.join(dir, 'repo/c.json'), '{}');
    writeFileSync(path.join(dir, 'repo/notes.txt'), 'x');
    mkdirSync(path.join(dir, 'repo/.git'));
    writeFileSync(path.join(dir, 'repo/.git/config.yaml'), 'x');
    const read = await readManifestPath(path.join(dir, 'repo'));
    expect(read.files.map((f) => f.path)).toEqual(['a.yaml', 'b/one.yml', 'c.json']);
    expect(read.diagnostics).toEqual([]);
  });
  it('a file over the size limit is reported, not read', async () => {
    writeFileSync(path.join(dir, 'big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    writeFileSync(path.join(dir, 'small.yaml'), ns('s'));
    const read = await readManifestPath(dir);
    expect(read.files.map((f) => f.path)).toEqual(['small.yaml']);
    expect(read.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_TOO_LARGE', 'big.yaml']]);
  });
  it('a symlink leading outside the given path is reported and not followed', async () => {
    mkdirSync(path.join(dir, 'repo'));
    writeFileSync(path.join(dir, 'secret.yaml'), ns('secret'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside/x.yaml'), ns('x'));
    symlinkSync(path.join(dir, 'secret.yaml'), path.join(dir, 'repo/link.yaml'));
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'repo/linkdir'));
    const read = await readManifestPath(path.join(dir, 'repo'));
    expect(read.files).toEqual([]);
    expect(read.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['SYMLINK_OUTSIDE', 'link.yaml'],
      ['SYMLINK_OUTSIDE', 'linkdir'],
    ]);
  });
  it('a symlink inside the given path is followed, and a loop is not walked twice', async () => {
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real/a.yaml'), ns('a'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    symlinkSync(dir, path.join(dir, 'real/loop'));
    const read = await readManifestPath(dir);
    expect(read.files.map((f) => f.path)).toEqual(['alias/a.yaml']);
  });
  it('a missing path throws, for the shell to report as a usage error', async () => {
    await expect(readManifestPath(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
