// Gives objects rendered by Kustomize their provenance, never line 0: the file and line the
// origin annotation (`config.kubernetes.io/origin`) leads to; for a generated object, the
// generator's entry in its kustomization; without an origin, an object of the same kind and
// name among the overlay's files, else the overlay's `resources` entry. Also which transformers
// ran over each object.
import path from 'node:path/posix';
import { load } from 'js-yaml';
import type { Transformation } from '../model/rule.js';
import type { SourceRef } from '../model/source.js';
import type { DocumentPath, ManifestDocument } from '../model/manifest.js';
import { isRecord, ownValue } from './is-record.js';
import type { KustomizationNode } from './kustomization-graph.js';
import { readTransformations, TRANSFORMATIONS, type TransformationContext } from './kustomize-transformations.js';

const ORIGIN = 'config.kubernetes.io/origin';

export interface RenderedContext extends TransformationContext {
  /** The kustomization that was rendered. */
  readonly overlay: KustomizationNode;
  /** The parsed documents of a repository file (undefined when it cannot be read). */
  readonly sourceDocuments: (file: string) => readonly ManifestDocument[] | undefined;
  /** The files the overlay depends on, where an object without origin is looked for. */
  readonly files: Iterable<string>;
}

export function attributeRendered(rendered: readonly ManifestDocument[], ctx: RenderedContext): ManifestDocument[] {
  return rendered.map((doc) => {
    const value = doc.value;
    const metadata = isRecord(value) && isRecord(value.metadata) ? value.metadata : {};
    const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
    const object = {
      kind: isRecord(value) ? value.kind : undefined,
      name: typeof metadata.name === 'string' ? metadata.name : '',
    };
    const origin = typeof annotations[ORIGIN] === 'string' ? safeLoad(annotations[ORIGIN]) : undefined;
    const source =
      fromOrigin(origin, object, ctx) ?? findSource(object, ctx.files, ctx) ?? entryOf(ctx.overlay, 'resources');
    const transformedBy = readTransformations(annotations[TRANSFORMATIONS], ctx);
    const patch = transformedBy.find((t) => PATCHES.has(t.what));
    // A node the source does not hold was added by a patch: cite the patch, not a line without it.
    const at = patch === undefined ? undefined : patchEntry(patch, object, ctx);
    const patchedAt =
      at === undefined || source.value === undefined
        ? undefined
        : (p: DocumentPath) => (holds(source.value, p) ? undefined : at);
    return {
      ...source,
      value,
      ...(transformedBy.length === 0 ? {} : { transformedBy }),
      ...(patchedAt === undefined ? {} : { patchedAt }),
    };
  });
}

const PATCHES = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);

/**
 * The entry of the patch field that targets the object (by `target` kind and name, or by the
 * kind and name a patch file holds), when one alone does; else the field's line.
 */
function patchEntry(patch: Transformation, object: ObjectName, ctx: RenderedContext): SourceRef {
  const node = ctx.kustomization(patch.file);
  const doc = node?.document;
  const entries = isRecord(doc?.value) ? doc.value[patch.what] : undefined;
  if (node === undefined || doc === undefined || !Array.isArray(entries)) return { file: patch.file, line: patch.line };
  const names = (kind: unknown, name: unknown) =>
    (kind === undefined || kind === object.kind) && (typeof name !== 'string' || object.name.includes(name));
  const targets = entries.map((entry) => {
    if (isRecord(entry) && isRecord(entry.target)) return names(entry.target.kind, entry.target.name);
    const file =
      typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.path === 'string' ? entry.path : undefined;
    const text =
      file === undefined ? (isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined) : undefined;
    const patchDoc =
      file !== undefined
        ? ctx.sourceDocuments(path.join(node.dir, file))?.[0]?.value
        : text !== undefined
          ? safeLoad(text)
          : undefined;
    const meta = isRecord(patchDoc) && isRecord(patchDoc.metadata) ? patchDoc.metadata : undefined;
    return meta === undefined ? true : names(isRecord(patchDoc) ? patchDoc.kind : undefined, meta.name);
  });
  const only = targets.filter(Boolean).length === 1 ? targets.indexOf(true) : -1;
  return { file: patch.file, line: only < 0 ? patch.line : doc.lineOf([patch.what, only]) };
}

/** Whether `value` has a node at `path`. */
function holds(value: unknown, path: DocumentPath): boolean {
  let node = value;
  for (const step of path) {
    if (
      typeof step === 'number'
        ? !Array.isArray(node) || step >= node.length
        : !isRecord(node) || !Object.hasOwn(node, step)
    )
      return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/** Where a rendered object's source is; `value` the source object, when one was found. */
type Located = Pick<ManifestDocument, 'file' | 'line' | 'lineOf'> & { readonly value?: unknown };
type ObjectName = { readonly kind: unknown; readonly name: string };

/** Where the origin annotation leads: a file of the repository, or a generator's entry. */
function fromOrigin(origin: unknown, object: ObjectName, ctx: RenderedContext): Located | undefined {
  if (!isRecord(origin) || origin.repo !== undefined) return undefined;
  if (typeof origin.path === 'string' && !/^[a-z]+:\/\//.test(origin.path)) {
    const file = ctx.resolve(origin.path);
    if (file === undefined) return undefined;
    return findSource(object, [file], ctx) ?? { file, line: 1, lineOf: () => 1 };
  }
  // A generated object: `configuredIn` the kustomization, `configuredBy` the generator.
  if (typeof origin.configuredIn === 'string' && isRecord(origin.configuredBy)) {
    const file = ctx.resolve(origin.configuredIn);
    const node = file === undefined ? undefined : ctx.kustomization(file);
    if (node === undefined) return undefined;
    const field = ownValue(GENERATORS, String(origin.configuredBy.kind)) ?? 'generators';
    return entryOf(node, field, object.name);
  }
  return undefined;
}

const GENERATORS: Readonly<Record<string, string>> = {
  ConfigMapGenerator: 'configMapGenerator',
  SecretGenerator: 'secretGenerator',
  HelmChartInflationGenerator: 'helmCharts',
};

/** The source object: same kind, and a name the rendered one contains (namePrefix/-Suffix). */
function findSource(object: ObjectName, files: Iterable<string>, ctx: RenderedContext): Located | undefined {
  const nameOf = (d: ManifestDocument) =>
    isRecord(d.value) && isRecord(d.value.metadata) && typeof d.value.metadata.name === 'string'
      ? d.value.metadata.name
      : undefined;
  let contained: ManifestDocument | undefined;
  for (const file of files) {
    if (!/\.(ya?ml|json)$/.test(file) || path.basename(file).startsWith('kustomization.')) continue;
    const candidates = (ctx.sourceDocuments(file) ?? []).filter(
      (d) => isRecord(d.value) && d.value.kind === object.kind,
    );
    const exact = candidates.find((d) => nameOf(d) === object.name);
    if (exact !== undefined) return located(exact);
    contained ??= candidates.find((d) => object.name.includes(nameOf(d) ?? '\u0000'));
  }
  return contained === undefined ? undefined : located(contained);
}

function located(d: ManifestDocument): Located {
  return { file: d.file, line: d.line, lineOf: d.lineOf, value: d.value };
}

/** A kustomization's entry in `field` (the one whose name the object's contains, for a list of
 * generators), else the field, else the file's first line. */
function entryOf(node: KustomizationNode, field: string, name?: string): Located {
  const doc = node.document;
  const value = isRecord(doc?.value) ? doc.value[field] : undefined;
  let at: SourceRef = { file: node.file, line: 1 };
  if (doc !== undefined && value !== undefined) {
    const index =
      Array.isArray(value) && name !== undefined
        ? value.findIndex((g) => isRecord(g) && typeof g.name === 'string' && name.includes(g.name))
        : -1;
    at = { file: node.file, line: doc.lineOf(index >= 0 ? [field, index] : [field]) };
  }
  return { ...at, lineOf: () => at.line };
}

function safeLoad(text: string): unknown {
  try {
    return load(text);
  } catch {
    return undefined;
  }
}
