// Reads a Kustomize kustomization and everything it depends on (bases, components, patches,
// generator files, …), without rendering anything: to know which files belong to it (they are
// never plain manifests), where each field is written, and what netreach will not render
// (remote bases, Helm, KRM functions).
import path from 'node:path/posix';
import type { ManifestDocument } from '../model/manifest.js';
import { isRecord } from './is-record.js';
import { createDocumentParser } from './parse-documents.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** One kustomization met on the way (the one asked for, its bases, its components). */
export interface KustomizationNode {
  /** Its directory, and its kustomization file (paths as given to `read`). */
  readonly dir: string;
  readonly file: string;
  /** `Component` (kustomize.config.k8s.io/v1alpha1) or `Kustomization` (also when `kind` is absent). */
  readonly kind: 'Kustomization' | 'Component';
  /** The parsed file, with the line of every field; undefined when it is not valid YAML. */
  readonly document?: ManifestDocument;
}

/** Something wrong or refused in a kustomization, at the line of the entry at fault. */
export interface GraphIssue {
  readonly message: string;
  readonly file: string;
  /** 1-based; the kustomization's first line when no entry is at fault. */
  readonly line: number;
}

export interface KustomizationGraph {
  /** Every file the kustomization depends on, kustomization files included (paths as given to `read`). */
  readonly files: ReadonlySet<string>;
  /** The files it reads as patches, generator inputs or configuration, not as resources: they are
   * not objects of the cluster even when read as plain manifests (a patch is a partial object). */
  readonly inputs: ReadonlySet<string>;
  /** Directories all of whose files belong to it (a Helm chart home). */
  readonly dirs: ReadonlySet<string>;
  /** Every kustomization reached, by directory, the one asked for included. */
  readonly kustomizations: ReadonlyMap<string, KustomizationNode>;
  /** Why it must not be rendered here (remote bases, Helm charts, functions). */
  readonly refusals: readonly GraphIssue[];
  /** Problems reading the graph (a missing base, a broken kustomization). */
  readonly problems: readonly GraphIssue[];
}

/** `read` returns a file's text, or undefined when it does not exist; `isDir` tells directories. */
export interface GraphSource {
  read(file: string): string | undefined;
  isDir(p: string): boolean;
}

const REMOTE = /^(https?:|git@|ssh:|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.+\/\//;
const parseKustomization = createDocumentParser({ keepPositions: () => true });

/** The kustomization file in `dir`, parsed; undefined when the directory holds none. */
export function readKustomizationNode(dir: string, source: GraphSource): KustomizationNode | undefined {
  const at = path.normalize(dir);
  for (const name of KUSTOMIZATION_NAMES) {
    const file = path.join(at, name);
    const text = source.read(file);
    if (text === undefined) continue;
    const [document] = parseKustomization({ path: file, text }).documents;
    const kind = isRecord(document?.value) && document.value.kind === 'Component' ? 'Component' : 'Kustomization';
    return { dir: at, file, kind, ...(document === undefined ? {} : { document }) };
  }
  return undefined;
}

/** Walks the kustomization in `dir` (a path relative to the source's root). */
export function readKustomizationGraph(dir: string, source: GraphSource): KustomizationGraph {
  const files = new Set<string>();
  const inputs = new Set<string>();
  const dirs = new Set<string>();
  const kustomizations = new Map<string, KustomizationNode>();
  const refusals: GraphIssue[] = [];
  const problems: GraphIssue[] = [];
  const visit = (d: string, from?: { file: string; line: number }): void => {
    const at = path.normalize(d);
    if (kustomizations.has(at)) return;
    const node = readKustomizationNode(at, source);
    if (node === undefined) {
      problems.push({
        message: `${at} has no kustomization.yaml`,
        file: from?.file ?? path.join(at, 'kustomization.yaml'),
        line: from?.line ?? 1,
      });
      return;
    }
    kustomizations.set(at, node);
    files.add(node.file);
    if (node.document === undefined || !isRecord(node.document.value)) {
      if (node.document === undefined)
        problems.push({ message: `${node.file} is not valid YAML`, file: node.file, line: 1 });
      return;
    }
    readEntries(node, node.document, { files, inputs, dirs, refusals, visit, source });
  };
  visit(dir);
  return { files, inputs, dirs, kustomizations, refusals, problems };
}

interface Walk {
  readonly files: Set<string>;
  readonly inputs: Set<string>;
  readonly dirs: Set<string>;
  readonly refusals: GraphIssue[];
  readonly visit: (dir: string, from: { file: string; line: number }) => void;
  readonly source: GraphSource;
}

/** The fields of a kustomization that name files or directories (kubectl.docs.kubernetes.io,
 * Kustomization File reference). */
function readEntries(node: KustomizationNode, doc: ManifestDocument, walk: Walk): void {
  const k = doc.value as Record<string, unknown>;
  const { file: name, dir: at } = node;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
  const add = (ref: string, field: string, where: readonly (string | number)[], input = true) => {
    const line = doc.lineOf(where);
    if (REMOTE.test(ref)) {
      walk.refusals.push({ message: `${name} refers to the remote ${field} "${ref}"`, file: name, line });
      return;
    }
    const p = path.join(at, ref);
    if (walk.source.isDir(p)) walk.visit(p, { file: name, line });
    else {
      walk.files.add(p);
      if (input) walk.inputs.add(p);
    }
  };
  for (const field of ['resources', 'bases', 'components', 'crds', 'configurations']) {
    list(k[field]).forEach(
      (r, i) => typeof r === 'string' && add(r, field.replace(/s$/, ''), [field, i], field === 'configurations'),
    );
  }
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    list(k[field]).forEach((p, i) => {
      if (isRecord(p) && typeof p.path === 'string') add(p.path, 'patch', [field, i, 'path']);
      // A bare file name, which Kustomize also takes (microservices-demo's without-loadgenerator).
      else if (typeof p === 'string' && !isInline(p)) add(p, 'patch', [field, i]);
    });
  }
  // patchesStrategicMerge holds file names or inline patches.
  list(k.patchesStrategicMerge).forEach(
    (p, i) => typeof p === 'string' && !isInline(p) && add(p, 'patch', ['patchesStrategicMerge', i]),
  );
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    list(k[field]).forEach((g, i) => {
      if (!isRecord(g)) return;
      for (const key of ['files', 'envs', 'env']) {
        list(g[key]).forEach(
          (f, j) =>
            typeof f === 'string' &&
            add(f.includes('=') ? (f.split('=')[1] as string) : f, 'generator file', [field, i, key, j]),
        );
      }
    });
  }
  if (isRecord(k.openapi) && typeof k.openapi.path === 'string')
    add(k.openapi.path, 'openapi file', ['openapi', 'path']);
  readHelm(node, doc, walk);
  // Generator and transformer configs may run KRM functions (exec or containers): refuse those.
  for (const field of ['generators', 'transformers', 'validators']) {
    list(k[field]).forEach((ref, i) => {
      if (typeof ref !== 'string' || isInline(ref)) return;
      const p = path.join(at, ref);
      const line = doc.lineOf([field, i]);
      const text = REMOTE.test(ref) || walk.source.isDir(p) ? undefined : walk.source.read(p);
      if (text !== undefined && !/config\.kubernetes\.io\/function|^\s*(exec|container)\s*:/m.test(text)) {
        walk.files.add(p);
        walk.inputs.add(p);
      } else if (walk.source.isDir(p)) walk.visit(p, { file: name, line });
      else
        walk.refusals.push({ message: `${name} runs ${field} "${ref}" as a KRM function or plugin`, file: name, line });
    });
  }
}

/** Helm charts are refused; their values files and chart home still belong to the kustomization. */
function readHelm(node: KustomizationNode, doc: ManifestDocument, walk: Walk): void {
  const k = doc.value as Record<string, unknown>;
  if (k.helmCharts === undefined && k.helmChartInflationGenerator === undefined) return;
  const field = k.helmCharts !== undefined ? 'helmCharts' : 'helmChartInflationGenerator';
  walk.refusals.push({ message: `${node.file} inflates Helm charts`, file: node.file, line: doc.lineOf([field]) });
  for (const chart of Array.isArray(k.helmCharts) ? k.helmCharts : []) {
    if (!isRecord(chart)) continue;
    const values = [
      chart.valuesFile,
      ...(Array.isArray(chart.additionalValuesFiles) ? (chart.additionalValuesFiles as unknown[]) : []),
    ];
    for (const v of values) {
      if (typeof v !== 'string' || REMOTE.test(v)) continue;
      walk.files.add(path.join(node.dir, v));
      walk.inputs.add(path.join(node.dir, v));
    }
  }
  const home =
    isRecord(k.helmGlobals) && typeof k.helmGlobals.chartHome === 'string' ? k.helmGlobals.chartHome : 'charts';
  walk.dirs.add(path.join(node.dir, home));
}

/** An inline patch or transformer config (YAML text) rather than a file name. */
function isInline(entry: string): boolean {
  return entry.includes('\n') || /^\s*\w+\s*:/.test(entry);
}
