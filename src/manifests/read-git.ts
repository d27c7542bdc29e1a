// Reads the manifest files of a git revision straight from the object database: nothing is
// checked out, nothing from the revision is executed, symbolic links are never followed, and
// each blob is read once however many revisions share it.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Diagnostic } from '../model/diagnostic.js';
import { MAX_FILE_BYTES, isManifestName, type ReadFiles } from './read-directory.js';

const run = promisify(execFile);

export class GitError extends Error {}

/** Resolves a ref to a commit SHA, or throws a GitError that says what to do. */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
    return stdout.trim();
  } catch {
    throw new GitError(
      `git revision "${ref}" was not found in ${cwd}: fetch it first (git fetch origin ${ref}), or run in a full clone (fetch-depth: 0)`,
    );
  }
}

interface Entry {
  readonly mode: string;
  readonly type: string;
  readonly oid: string;
  readonly size: number;
  readonly path: string;
}

export interface GitReadOptions {
  /** Pathspecs relative to `cwd` (all of the current directory when empty); ignored with `fullTree`. */
  readonly paths?: readonly string[];
  /** List the whole tree, whatever the current directory. */
  readonly fullTree?: boolean;
  /** Which files to read, by repository path (default: .yaml, .yml and .json files). */
  readonly include?: (path: string) => boolean;
  /** Blob texts by object id, shared between revisions so each blob is read once. */
  readonly blobs?: Map<string, string>;
}

/** Reads the manifest files of `commit`. Files are named relative to the repository's top. */
export async function readGitRevision(commit: string, cwd: string, options: GitReadOptions = {}): Promise<ReadFiles> {
  const include = options.include ?? isManifestName;
  const blobs = options.blobs ?? new Map<string, string>();
  const args = options.fullTree
    ? ['ls-tree', '-r', '-z', '--long', '--full-tree', commit]
    : ['ls-tree', '-r', '-z', '--long', '--full-name', commit, '--', ...(options.paths ?? [])];
  const { stdout } = await run('git', args, { cwd, maxBuffer: 1 << 30 });
  const entries: Entry[] = [];
  for (const record of stdout.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/) as [string, string, string, string];
    entries.push({ mode, type, oid, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  const diagnostics: Diagnostic[] = [];
  const wanted: Entry[] = [];
  for (const entry of entries) {
    if (entry.type !== 'blob' || !include(entry.path)) continue;
    if (entry.mode === '120000') {
      diagnostics.push(
        problem(
          'SYMLINK_OUTSIDE',
          entry.path,
          'is a symbolic link; links are not followed when reading a git revision',
          'commit the manifest itself instead of a link to it',
        ),
      );
    } else if (entry.size > MAX_FILE_BYTES) {
      diagnostics.push(
        problem(
          'FILE_TOO_LARGE',
          entry.path,
          `is ${(entry.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`,
          'split the file, or leave it out of the given paths',
        ),
      );
    } else {
      wanted.push(entry);
    }
  }
  const missing = [...new Set(wanted.map((e) => e.oid).filter((oid) => !blobs.has(oid)))];
  for (const [oid, text] of await readBlobs(missing, cwd)) blobs.set(oid, text);
  const files = wanted.map((e) => ({ path: e.path, text: blobs.get(e.oid) as string }));
  return { files, diagnostics };
}

function problem(code: Diagnostic['code'], file: string, what: string, fix: string): Diagnostic {
  return { code, severity: 'error', file, line: 0, message: `${file} ${what}`, fix };
}

/** Reads blobs through one `git cat-file --batch` process. */
export async function readBlobs(oids: readonly string[], cwd: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (oids.length === 0) return out;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(`${oids.join('\n')}\n`);
  const code = await done;
  if (code !== 0) throw new GitError(`git cat-file failed: ${stderr.trim()}`);
  const data = Buffer.concat(chunks);
  let at = 0;
  for (const oid of oids) {
    const eol = data.indexOf(10, at);
    const header = data.subarray(at, eol).toString().split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isFinite(size))
      throw new GitError(`git cat-file returned an unexpected answer for ${oid}: ${header.join(' ')}`);
    out.set(oid, data.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return out;
}
