// Renders the kustomizations of one revision checked out in a directory, and returns the
// rendered objects with their provenance, the files the overlays depend on (so they are not
// also read as plain manifests, and so a change to them counts), and every problem met.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import { KUSTOMIZATION_NAMES, readKustomizationGraph, type GraphSource } from './kustomization-graph.js';
import { renderKustomization, type KustomizeTool } from './kustomize-render.js';
import type { ParsedFile } from './parse-documents.js';
import { MAX_FILE_BYTES } from './read-directory.js';
import { attributeRendered } from './rendered-documents.js';

export interface RenderedRevision {
  readonly documents: readonly ManifestDocument[];
  readonly diagnostics: readonly Diagnostic[];
  /** Files (relative to the root, `/`-separated) that the rendered overlays depend on. */
  readonly dependencies: ReadonlySet<string>;
  /** Per kustomization, the documents it rendered (for one evaluation per cluster). */
  readonly byKustomization: ReadonlyMap<string, readonly ManifestDocument[]>;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** A read-only view of `root` that never leaves it (symlinks out of it read as missing). */
export function diskSource(root: string): GraphSource {
  const realRoot = realpathSync(root);
  const inside = (p: string) => {
    try {
      const real = realpathSync(path.join(root, p));
      return real === realRoot || real.startsWith(realRoot + path.sep) ? real : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read(file) {
      const real = inside(file);
      if (real === undefined) return undefined;
      const info = statSync(real);
      return info.isFile() && info.size <= MAX_FILE_BYTES ? readFileSync(real, 'utf8') : undefined;
    },
    isDir(p) {
      const real = inside(p);
      return real !== undefined && statSync(real).isDirectory();
    },
  };
}

/** The kustomization directories under `root` that the patterns name (globs allowed). */
export function expandKustomizations(root: string, patterns: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') walk(path.join(dir, entry.name));
    }
    if (KUSTOMIZATION_NAMES.some((n) => existsSync(path.join(root, dir, n)))) found.push(toPosix(dir) || '.');
  };
  walk('');
  const out = new Set<string>();
  for (const pattern of patterns) {
    const clean = toPosix(path.normalize(pattern)).replace(/\/$/, '');
    if (!/[*?[\]{}]/.test(clean)) out.add(clean);
    else {
      const matches = picomatch(clean, { dot: true });
      for (const d of found) if (matches(d)) out.add(d);
    }
  }
  return [...out].sort();
}

export async function renderKustomizations(
  root: string,
  dirs: readonly string[],
  parse: (file: ManifestFile) => ParsedFile,
  tool: KustomizeTool | undefined,
): Promise<RenderedRevision> {
  const source = diskSource(root);
  const documents: ManifestDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const dependencies = new Set<string>();
  const byKustomization = new Map<string, readonly ManifestDocument[]>();
  const sources = new Map<string, readonly ManifestDocument[] | undefined>();
  const sourceDocuments = (file: string) => {
    if (!sources.has(file)) {
      const text = source.read(file);
      sources.set(file, text === undefined ? undefined : parse({ path: file, text }).documents);
    }
    return sources.get(file);
  };
  for (const dir of dirs) {
    const file = path.posix.join(dir, 'kustomization.yaml');
    const problem = (code: Diagnostic['code'], message: string, fix: string) => diagnostics.push({ code, severity: 'error', file, line: 0, message: `kustomization ${dir}: ${message}`, fix });
    const graph = readKustomizationGraph(dir, source);
    for (const f of graph.files) dependencies.add(f);
    if (graph.problems.length > 0) {
      problem('KUSTOMIZE_FAILED', `${graph.problems.join('; ')}; it was not rendered`, 'fix the kustomization (kubectl kustomize DIR shows the same problem)');
      continue;
    }
    if (graph.refusals.length > 0) {
      problem(
        'KUSTOMIZE_REFUSED',
        `${graph.refusals.join('; ')}; netreach renders without network, Helm or plugins, so it was not rendered`,
        'render it in an earlier step (with what it needs) and compare the output with source: dirs (or netreach diff BASE_DIR HEAD_DIR)',
      );
      continue;
    }
    if (tool === undefined) {
      problem('KUSTOMIZE_UNAVAILABLE', 'neither kustomize nor kubectl is installed, so it was not rendered', 'install kustomize or kubectl (GitHub-hosted runners have both)');
      continue;
    }
    const result = await renderKustomization(tool, path.join(root, dir));
    if ('error' in result) {
      problem('KUSTOMIZE_FAILED', `${tool.label} failed: ${result.error}`, 'fix the kustomization (the message is Kustomize’s own)');
      continue;
    }
    const parsed = parse({ path: file, text: result.text });
    diagnostics.push(...parsed.diagnostics);
    const attributed = attributeRendered(parsed.documents, dir, sourceDocuments);
    byKustomization.set(dir, attributed);
    documents.push(...attributed);
  }
  return { documents, diagnostics, dependencies, byKustomization };
}

/** A warning for each kustomization among plain manifests: it is read as it is, not rendered. */
export function suggestRendering(files: readonly string[], hint: string): Diagnostic[] {
  return files
    .filter((f) => KUSTOMIZATION_NAMES.includes(path.posix.basename(f)))
    .map((f) => ({
      code: 'KUSTOMIZE_SUGGESTED' as const,
      severity: 'warning' as const,
      file: f,
      line: 0,
      message: `${path.posix.dirname(f)} is a Kustomize overlay: its files were read as they are, not as the cluster receives them (namespace, namePrefix and commonLabels change selectors)`,
      fix: `${hint} ${path.posix.dirname(f)}`,
    }));
}
