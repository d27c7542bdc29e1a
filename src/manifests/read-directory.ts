// Finds manifest files on disk: a file as given, or every .yaml/.yml/.json below a directory.
// Bounded and careful: files over the size limit are reported, not read; symlinks are followed
// only while they stay inside the given path; .git and node_modules are skipped.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export interface ReadFiles {
  readonly files: readonly ManifestFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads one path. Files found below a directory are named relative to it, so that two
 * revisions checked out in two directories name the same file alike; a file given directly is
 * named as given. Throws when the path does not exist (a usage error, not a manifest problem).
 */
export async function readManifestPath(root: string): Promise<ReadFiles> {
  const info = await stat(root);
  const files: ManifestFile[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!info.isDirectory()) {
    await readOne(root, root, info.size, files, diagnostics);
    return { files, diagnostics };
  }
  const realRoot = await realpath(root);
  const visited = new Set<string>([realRoot]);
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const shown = path.relative(root, full).split(path.sep).join('/');
      let isDir = entry.isDirectory();
      let size = 0;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(full);
        } catch {
          diagnostics.push(
            problem(
              'UNREADABLE_FILE',
              shown,
              'is a broken symbolic link; it was skipped',
              'remove the link or point it at a file in the repository',
            ),
          );
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          if (isDir || isManifestName(entry.name) || (await stat(target)).isDirectory()) {
            diagnostics.push(
              problem(
                'SYMLINK_OUTSIDE',
                shown,
                `is a symbolic link to ${target}, outside ${root}; it was not followed`,
                'copy the manifest into the repository instead of linking to it',
              ),
            );
          }
          continue;
        }
        const targetInfo = await stat(target);
        isDir = targetInfo.isDirectory();
        size = targetInfo.size;
        if (isDir) {
          if (visited.has(target)) continue;
          visited.add(target);
        }
      } else if (!isDir && entry.isFile()) {
        size = (await lstat(full)).size;
      } else if (!isDir) {
        continue;
      }
      if (isDir) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        // A directory reached twice (through a link) is read once, under the first name met.
        const real = await realpath(full);
        if (!entry.isSymbolicLink()) {
          if (visited.has(real)) continue;
          visited.add(real);
        }
        await walk(full);
      } else if (isManifestName(entry.name)) {
        await readOne(full, shown, size, files, diagnostics);
      }
    }
  };
  await walk(root);
  return { files, diagnostics };
}

export function isManifestName(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

async function readOne(
  full: string,
  shown: string,
  size: number,
  files: ManifestFile[],
  diagnostics: Diagnostic[],
): Promise<void> {
  if (size > MAX_FILE_BYTES) {
    diagnostics.push(
      problem(
        'FILE_TOO_LARGE',
        shown,
        `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; it was not read`,
        'split the file, or leave it out of the given paths',
      ),
    );
    return;
  }
  try {
    files.push({ path: shown, text: await readFile(full, 'utf8') });
  } catch (error) {
    diagnostics.push(
      problem(
        'UNREADABLE_FILE',
        shown,
        `could not be read (${(error as Error).message})`,
        'check the file permissions',
      ),
    );
  }
}

function problem(code: Diagnostic['code'], file: string, what: string, fix: string): Diagnostic {
  return { code, severity: 'error', file, line: 0, message: `${file} ${what}`, fix };
}
