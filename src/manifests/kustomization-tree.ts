// Every kustomization of a revision's tree, listed or not: which files belong to one (those are
// never read as plain manifests: a Component's policies or an unlisted overlay's patches are not
// objects of the cluster as written), and one warning per kustomization that nothing listed
// renders, so that it is not silently left out. Rendering is render-kustomizations' business.
import path from 'node:path/posix';
import type { Diagnostic } from '../model/diagnostic.js';
import { readKustomizationGraph, type GraphSource, type KustomizationGraph } from './kustomization-graph.js';

export interface KustomizationTree {
  /** Whether a file (relative to the root, `/`-separated) belongs to some kustomization. */
  readonly owns: (file: string) => boolean;
  /** One `KUSTOMIZATION_NOT_LISTED` warning per kustomization that is not listed, that no
   * listed one reaches, and that no other kustomization uses (using it covers it). Components
   * get none: they are rendered only through a kustomization that lists them. */
  readonly diagnostics: readonly Diagnostic[];
}

/** `all` are the directories of the tree that hold a kustomization file, `listed` those asked
 * for; `source` reads the tree. */
export function readKustomizationTree(
  all: readonly string[],
  listed: readonly string[],
  source: GraphSource,
): KustomizationTree {
  const graphs = new Map<string, KustomizationGraph>();
  for (const dir of all) graphs.set(dir, readKustomizationGraph(dir, source));
  const files = new Set<string>();
  const dirs = new Set<string>();
  const usedByOthers = new Set<string>();
  for (const [dir, graph] of graphs) {
    for (const f of graph.files) files.add(f);
    for (const d of graph.dirs) dirs.add(d);
    for (const reached of graph.kustomizations.keys()) if (reached !== dir) usedByOthers.add(reached);
  }
  const reachedFromListed = new Set(
    listed.flatMap((d) => [...(graphs.get(path.normalize(d))?.kustomizations.keys() ?? [])]),
  );
  const diagnostics: Diagnostic[] = [];
  for (const [dir, graph] of graphs) {
    const node = graph.kustomizations.get(dir);
    if (node === undefined || node.kind === 'Component' || reachedFromListed.has(dir) || usedByOthers.has(dir))
      continue;
    diagnostics.push({
      code: 'KUSTOMIZATION_NOT_LISTED',
      severity: 'warning',
      file: node.file,
      line: 0,
      message: `${dir} is a kustomization that no listed one uses, so what it renders was not evaluated (and its files were not read as plain manifests, which they are not)`,
      fix: `add ${dir} to --kustomize (the action's kustomize input) to evaluate it; nothing to do if it is not deployed`,
    });
  }
  const owns = (file: string) => files.has(file) || [...dirs].some((d) => file.startsWith(`${d}/`));
  return { owns, diagnostics };
}
