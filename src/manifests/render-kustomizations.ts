// Renders the kustomizations of one revision checked out in a directory, and returns the
// rendered objects with their provenance, the files the listed overlays depend on (a change to
// them counts), which files belong to any kustomization of the tree (never read as plain
// manifests), and every problem met, each at the line of the kustomization entry at fault.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import {
  KUSTOMIZATION_NAMES,
  readKustomizationGraph,
  readKustomizationNode,
  type GraphSource,
  type KustomizationNode,
} from './kustomization-graph.js';
import { readKustomizationTree } from './kustomization-tree.js';
import { renderKustomization, type KustomizeTool } from './kustomize-render.js';
import type { ParsedFile } from './parse-documents.js';
import { MAX_FILE_BYTES } from './read-directory.js';
import { attributeRendered } from './rendered-documents.js';

export interface RenderedRevision {
  readonly documents: readonly ManifestDocument[];
  readonly diagnostics: readonly Diagnostic[];
  /** Files (relative to the root, `/`-separated) that the listed overlays depend on. */
  readonly dependencies: ReadonlySet<string>;
  /** Whether a file belongs to any kustomization of the tree, listed or not: it is never read as
   * a plain manifest. */
  readonly owns: (file: string) => boolean;
  /** Per listed kustomization present in this revision, the documents it rendered (none when it
   * failed): one cluster each, and which overlays a revision has. */
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
  const texts = new Map<string, string | undefined>();
  return {
    read(file) {
      if (texts.has(file)) return texts.get(file);
      const real = inside(file);
      const info = real === undefined ? undefined : statSync(real);
      const text =
        real !== undefined && info?.isFile() === true && info.size <= MAX_FILE_BYTES
          ? readFileSync(real, 'utf8')
          : undefined;
      texts.set(file, text);
      return text;
    },
    isDir(p) {
      const real = inside(p);
      return real !== undefined && statSync(real).isDirectory();
    },
  };
}

/** Directories under `root` (relative, `/`-separated, `.` for the root) holding a kustomization file. */
function findKustomizationDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
        walk(path.join(dir, entry.name));
    }
    if (entries.some((e) => e.isFile() && KUSTOMIZATION_NAMES.includes(e.name))) found.push(toPosix(dir) || '.');
  };
  walk('');
  return found.sort();
}

/**
 * The kustomization directories under `root` that the patterns name (globs allowed). A glob
 * leaves out Components, which render only through a kustomization that lists them; a pattern
 * without glob characters is kept as it is (whether it exists is checked per revision).
 */
export function expandKustomizations(root: string, patterns: readonly string[]): string[] {
  const source = diskSource(root);
  const found = findKustomizationDirs(root).filter((d) => readKustomizationNode(d, source)?.kind !== 'Component');
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

/**
 * Renders the kustomizations `dirs` (relative to `root`) with `tool`. `read` are the files read
 * from the revision (relative to `root`): an unlisted kustomization gets its warning only when
 * its file is among them (all when absent).
 */
export async function renderKustomizations(
  root: string,
  dirs: readonly string[],
  parse: (file: ManifestFile) => ParsedFile,
  tool: KustomizeTool | undefined,
  read?: readonly string[],
): Promise<RenderedRevision> {
  const source = diskSource(root);
  const realRoot = realpathSync(root);
  const tree = readKustomizationTree(findKustomizationDirs(root), dirs, source);
  const documents: ManifestDocument[] = [];
  // An unlisted kustomization outside the paths read is none of the user's business here.
  const inRead = read === undefined ? () => true : (file: string) => read.includes(file);
  const diagnostics: Diagnostic[] = tree.diagnostics.filter((d) => inRead(d.file));
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
  const kustomization = (file: string) =>
    KUSTOMIZATION_NAMES.includes(path.posix.basename(file))
      ? readKustomizationNode(path.posix.dirname(file), source)
      : undefined;
  for (const dir of dirs) {
    const overlay = readKustomizationNode(dir, source);
    // Not in this revision: a cluster part added or removed, which the shells report.
    if (overlay === undefined) continue;
    const problem = (code: Diagnostic['code'], line: number, message: string, fix: string) =>
      diagnostics.push({
        code,
        severity: 'error',
        file: overlay.file,
        line,
        message: `kustomization ${dir}: ${message}`,
        fix,
      });
    // A Component named on its own renders like any kustomization (kubectl kustomize does); if the
    // tool refuses it, that is a KUSTOMIZE_FAILED error below, never a silent drop.
    byKustomization.set(dir, []);
    const graph = readKustomizationGraph(dir, source);
    for (const f of graph.files) dependencies.add(f);
    const [firstProblem] = graph.problems;
    if (firstProblem !== undefined) {
      problem(
        'KUSTOMIZE_FAILED',
        lineIn(overlay, firstProblem),
        `${graph.problems.map((p) => p.message).join('; ')}; it was not rendered`,
        'fix the kustomization (kubectl kustomize DIR shows the same problem)',
      );
      continue;
    }
    const [firstRefusal] = graph.refusals;
    if (firstRefusal !== undefined) {
      problem(
        'KUSTOMIZE_REFUSED',
        lineIn(overlay, firstRefusal),
        `${graph.refusals.map((r) => r.message).join('; ')}; netreach renders without network, Helm or plugins, so it was not rendered`,
        'render it in an earlier step (with what it needs) and compare the output with source: dirs (or netreach diff BASE_DIR HEAD_DIR)',
      );
      continue;
    }
    if (tool === undefined) {
      problem(
        'KUSTOMIZE_UNAVAILABLE',
        1,
        'neither kustomize nor kubectl is installed, so it was not rendered',
        'install kustomize or kubectl (GitHub-hosted runners have both)',
      );
      continue;
    }
    const result = await renderKustomization(tool, path.join(root, dir));
    if ('error' in result) {
      problem(
        'KUSTOMIZE_FAILED',
        errorLine(overlay, result.error),
        `${tool.label} failed: ${result.error}`,
        'fix the kustomization (the message is Kustomize’s own)',
      );
      continue;
    }
    const resolve = (annotated: string) => {
      const relative = path.relative(realRoot, path.resolve(result.originDir, annotated));
      return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : toPosix(relative);
    };
    const parsed = parse({ path: overlay.file, text: result.text });
    const attributed = attributeRendered(parsed.documents, {
      overlay,
      resolve,
      sourceDocuments,
      kustomization,
      files: graph.files,
    });
    for (const item of atSources(parsed.diagnostics, parsed.documents, attributed)) diagnostics.push(item);
    byKustomization.set(dir, attributed);
    for (const item of attributed) documents.push(item);
  }
  return { documents, diagnostics, dependencies, owns: tree.owns, byKustomization };
}

/** The line of a graph issue when it is in the overlay's own kustomization, else the first line. */
function lineIn(overlay: KustomizationNode, issue: { file: string; line: number }): number {
  return issue.file === overlay.file ? issue.line : 1;
}

/** The line of the overlay's entry that Kustomize's message quotes (`'missing.yaml'`), else 1. */
function errorLine(overlay: KustomizationNode, error: string): number {
  const doc = overlay.document;
  if (doc === undefined || typeof doc.value !== 'object' || doc.value === null) return 1;
  const quoted = [...error.matchAll(/'([^'\s]+)'/g)].map((m) => m[1] as string);
  for (const [field, value] of Object.entries(doc.value)) {
    if (!Array.isArray(value)) continue;
    const index = value.findIndex(
      (v) => typeof v === 'string' && quoted.some((q) => q === v || q.endsWith(`/${v.replace(/^\.\//, '')}`)),
    );
    if (index >= 0) return doc.lineOf([field, index]);
  }
  return 1;
}

/** Problems Kustomize's output has (lines of the rendered stream), at the source of the object
 * they are in instead. */
function atSources(
  found: readonly Diagnostic[],
  rendered: readonly ManifestDocument[],
  attributed: readonly ManifestDocument[],
): Diagnostic[] {
  return found.map((d) => {
    let index = -1;
    rendered.forEach((doc, i) => {
      if (doc.line <= d.line) index = i;
    });
    const at = attributed[index] ?? attributed[0];
    return at === undefined ? { ...d, line: Math.max(d.line, 1) } : { ...d, file: at.file, line: at.line };
  });
}

export interface PlainKustomizations {
  /** The files without those a kustomization reads as patches, generator inputs or configuration. */
  readonly files: readonly ManifestFile[];
  /** One `KUSTOMIZE_SUGGESTED` warning per kustomization among the files. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Kustomizations among plain manifests (no --kustomize): their resources are read as they are,
 * with a warning suggesting rendering, but the files they read as patches, generator inputs or
 * configuration are left out: a patch is a partial object, never one of the cluster. For a
 * Component the fix names the kustomizations that list it under components (a Component is not
 * meant to be deployed on its own).
 */
export function readPlainKustomizations(files: readonly ManifestFile[], hint: string): PlainKustomizations {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const folders = new Set(
    files.flatMap((f) =>
      f.path
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const source: GraphSource = { read: (f) => texts.get(f), isDir: (p) => p === '.' || folders.has(p) };
  const dirs = files
    .filter((f) => KUSTOMIZATION_NAMES.includes(path.posix.basename(f.path)))
    .map((f) => path.posix.dirname(f.path));
  if (dirs.length === 0) return { files, diagnostics: [] };
  const nodes = new Map(dirs.map((d) => [d, readKustomizationNode(d, source)] as const));
  const graphs = new Map(dirs.map((d) => [d, readKustomizationGraph(d, source)] as const));
  const reaches = (d: string) => [...(graphs.get(d)?.kustomizations.keys() ?? [])].filter((k) => k !== d);
  const usedBy = (dir: string) =>
    dirs.filter((d) => d !== dir && nodes.get(d)?.kind !== 'Component' && reaches(d).includes(dir));
  const inputs = new Set<string>();
  const plain = new Set<Diagnostic>();
  const diagnostics = dirs.map((dir): Diagnostic => {
    const file = nodes.get(dir)?.file ?? path.posix.join(dir, 'kustomization.yaml');
    // Only its own inputs (a base's are named at the base).
    const own = [...(graphs.get(dir)?.inputs ?? [])].filter(
      (f) => texts.has(f) && !reaches(dir).some((k) => graphs.get(k)?.inputs.has(f)),
    );
    for (const f of own) inputs.add(f);
    const left =
      own.length === 0
        ? ''
        : `; the files it reads as patches or generator inputs (${own.join(', ')}) were not read as objects, which they are not`;
    if (nodes.get(dir)?.kind !== 'Component') {
      const d: Diagnostic = {
        code: 'KUSTOMIZE_SUGGESTED',
        severity: 'warning',
        file,
        line: 0,
        message: `${dir} is a Kustomize overlay: its files were read as they are, not as the cluster receives them (namespace, namePrefix and commonLabels change selectors)${left}`,
        fix: `${hint} ${dir}`,
      };
      if (own.length === 0) plain.add(d);
      return d;
    }
    const users = usedBy(dir);
    // The top users: those no other user reaches.
    const top = users.filter((u) => !users.some((o) => o !== u && reaches(o).includes(u)));
    const d: Diagnostic = {
      code: 'KUSTOMIZE_SUGGESTED',
      severity: 'warning',
      file,
      line: 0,
      message: `${dir} is a Kustomize Component: its files were read as they are, not as the kustomizations that list it under components render them${left}`,
      fix:
        top.length > 0
          ? `${hint} ${top[0]}${top.length > 1 ? ` (or ${top.slice(1).join(', ')})` : ''}, which lists ${dir} under components`
          : `${hint} the kustomization that lists ${dir} under components`,
    };
    if (own.length === 0) plain.add(d);
    return d;
  });
  return {
    files: files.filter((f) => !inputs.has(f.path)),
    diagnostics: foldSuggestions(diagnostics, plain, dirs, reaches, hint),
  };
}

/** Past a few, suggestions that say nothing but "render it" are one warning for all, naming the
 * kustomizations no other one reaches; those that left files out keep their own. */
const MAX_SUGGESTIONS = 3;

function foldSuggestions(
  diagnostics: readonly Diagnostic[],
  plainSet: ReadonlySet<Diagnostic>,
  dirs: readonly string[],
  reaches: (dir: string) => string[],
  hint: string,
): Diagnostic[] {
  const plain = diagnostics.filter((d) => plainSet.has(d));
  if (plain.length <= MAX_SUGGESTIONS) return [...diagnostics];
  const plainDirs = dirs.filter((_, i) => plainSet.has(diagnostics[i] as Diagnostic));
  // Components are never suggested: only kustomizations that no other one uses.
  const top = plainDirs.filter(
    (d) =>
      (diagnostics[dirs.indexOf(d)] as Diagnostic).fix === `${hint} ${d}` &&
      !dirs.some((o) => o !== d && reaches(o).includes(d)),
  );
  const names = plainDirs.slice(0, 5).join(', ') + (plainDirs.length > 5 ? ` and ${plainDirs.length - 5} more` : '');
  const folded: Diagnostic = {
    ...(plain[0] as Diagnostic),
    message: `${plain.length} kustomizations (${names}) were read as plain files, not as the cluster receives them rendered (namespace, namePrefix and commonLabels change selectors)`,
    fix: `${hint} ${top.slice(0, 3).join(', ')}${top.length > 3 ? ` (and ${top.length - 3} more that no other kustomization uses)` : ''}`,
  };
  return [folded, ...diagnostics.filter((d) => !plain.includes(d))];
}
