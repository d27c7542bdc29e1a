// Whether each kustomization pattern (a directory, globs allowed) names at least one directory
// of a revision that holds a kustomization file: a pattern that names none in either revision
// is the user's mistake, which the shells report (issue 9), not an empty cluster.
import path from 'node:path';
import { KUSTOMIZATION_NAMES } from './kustomization-graph.js';
import { diskSource, expandKustomizations } from './render-kustomizations.js';

/** `root` is the revision on disk; the result has one entry per pattern, in order. */
export function matchKustomizations(root: string, patterns: readonly string[]): boolean[] {
  if (patterns.length === 0) return [];
  const source = diskSource(root);
  const holdsKustomization = (dir: string) =>
    KUSTOMIZATION_NAMES.some((name) => source.read(path.posix.join(dir, name)) !== undefined);
  return patterns.map((pattern) => expandKustomizations(root, [pattern]).some(holdsKustomization));
}
