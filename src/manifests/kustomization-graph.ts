// Reads a Kustomize kustomization and everything it depends on (bases, components, patches,
// generator files), without rendering anything: to know which files a rendered overlay depends
// on, and to refuse what netreach will not render (remote bases, Helm, KRM functions).
import path from 'node:path/posix';
import { load } from 'js-yaml';
import { isRecord } from './is-record.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface KustomizationGraph {
  /** Every file the overlay depends on, kustomization files included (paths as given to `read`). */
  readonly files: ReadonlySet<string>;
  /** Why the overlay must not be rendered here (remote bases, Helm charts, functions). */
  readonly refusals: readonly string[];
  /** Problems reading the graph (a missing base, a broken kustomization). */
  readonly problems: readonly string[];
}

/** `read` returns a file's text, or undefined when it does not exist; `isDir` tells directories. */
export interface GraphSource {
  read(file: string): string | undefined;
  isDir(p: string): boolean;
}

const REMOTE = /^(https?:|git@|ssh:|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.+\/\//;

/** Walks the kustomization in `dir` (a path relative to the source's root). */
export function readKustomizationGraph(dir: string, source: GraphSource): KustomizationGraph {
  const files = new Set<string>();
  const refusals: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (d: string): void => {
    const at = path.normalize(d);
    if (seen.has(at)) return;
    seen.add(at);
    const name = KUSTOMIZATION_NAMES.map((n) => path.join(at, n)).find((f) => source.read(f) !== undefined);
    if (name === undefined) {
      problems.push(`${at} has no kustomization.yaml`);
      return;
    }
    files.add(name);
    let k: unknown;
    try {
      k = load(source.read(name) as string);
    } catch (error) {
      problems.push(`${name} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return;
    }
    if (!isRecord(k)) return;
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
    const paths = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x) => (isRecord(x) && typeof x.path === 'string' ? [x.path] : [])) : []);
    const add = (ref: string, field: string) => {
      if (REMOTE.test(ref)) {
        refusals.push(`${name} refers to the remote ${field} "${ref}"`);
        return;
      }
      const p = path.join(at, ref);
      if (source.isDir(p)) visit(p);
      else files.add(p);
    };
    for (const field of ['resources', 'bases', 'components', 'crds']) for (const r of strings(k[field])) add(r, field.replace(/s$/, ''));
    for (const p of [...paths(k.patches), ...paths(k.patchesJson6902), ...paths(k.replacements)]) add(p, 'patch');
    // patchesStrategicMerge holds file names or inline patches.
    for (const p of strings(k.patchesStrategicMerge)) if (!p.includes('\n') && !p.includes(':')) add(p, 'patch');
    for (const field of ['configMapGenerator', 'secretGenerator']) {
      for (const g of Array.isArray(k[field]) ? k[field] : []) {
        if (!isRecord(g)) continue;
        for (const f of [...strings(g.files), ...strings(g.envs), ...strings(g.env)]) add(f.includes('=') ? (f.split('=')[1] as string) : f, 'generator file');
      }
    }
    if (isRecord(k.openapi) && typeof k.openapi.path === 'string') add(k.openapi.path, 'openapi file');
    if (k.helmCharts !== undefined || k.helmChartInflationGenerator !== undefined) refusals.push(`${name} inflates Helm charts`);
    // Generator and transformer configs may run KRM functions (exec or containers): refuse those.
    for (const field of ['generators', 'transformers', 'validators']) {
      for (const ref of strings(k[field])) {
        const p = path.join(at, ref);
        const text = REMOTE.test(ref) || source.isDir(p) ? undefined : source.read(p);
        if (text !== undefined && !/config\.kubernetes\.io\/function|^\s*(exec|container)\s*:/m.test(text)) files.add(p);
        else if (source.isDir(p)) visit(p);
        else refusals.push(`${name} runs ${field} "${ref}" as a KRM function or plugin`);
      }
    }
  };
  visit(dir);
  return { files, refusals, problems };
}
