// Reads the PATH arguments of one revision from disk, and says of each whether it held anything
// to read, so that a misspelt or empty path is an error rather than an empty cluster.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';
import { readManifestPath } from '../manifests/read-directory.js';

export interface ReadPaths {
  readonly files: readonly ManifestFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Per path, in the order given: whether it held a manifest file (read or not: one too large
   * to read still counts, since the report says so). */
  readonly found: readonly boolean[];
}

export interface ReadPathsOptions {
  /** Turns a file's absolute path into the name the report uses (default: relative to the
   * directory given when there is one path, else to `cwd`). */
  readonly nameOf?: (absolute: string) => string;
  /** A path that does not exist holds nothing (a revision of which it is not part), instead of
   * being an error. */
  readonly missingIsEmpty?: boolean;
}

export async function readPaths(
  paths: readonly string[],
  cwd: string,
  options: ReadPathsOptions = {},
): Promise<ReadPaths> {
  const files: ManifestFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const found: boolean[] = [];
  for (const p of paths) {
    const root = path.resolve(cwd, p);
    const read = await readOrNothing(root, options.missingIsEmpty === true);
    const name = (f: string) => {
      const absolute = path.isAbsolute(f) ? f : path.join(root, f);
      if (options.nameOf !== undefined) return options.nameOf(absolute);
      if (absolute === root) return p;
      return (paths.length === 1 ? path.relative(root, absolute) : path.relative(cwd, absolute))
        .split(path.sep)
        .join('/');
    };
    // One at a time: a directory may hold more files than a call takes arguments.
    for (const f of read.files) files.push({ ...f, path: name(f.path) });
    for (const d of read.diagnostics)
      diagnostics.push({ ...d, file: name(d.file), message: d.message.replace(d.file, name(d.file)) });
    found.push(read.files.length > 0 || read.diagnostics.length > 0);
  }
  return { files, diagnostics, found };
}

async function readOrNothing(root: string, missingIsEmpty: boolean): ReturnType<typeof readManifestPath> {
  try {
    return await readManifestPath(root);
  } catch (error) {
    if (missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], diagnostics: [] };
    throw error;
  }
}
