// Reads the transformer annotation Kustomize writes with `buildMetadata:
// [transformerAnnotations]` (`alpha.config.kubernetes.io/transformations`, kustomize
// api/internal/utils/annotations.go) into the kustomization fields that configured each
// transformer, with their lines. It lists every transformer that ran over the object, also
// those that left it as it was: what they changed is for the reader of the selectors to tell.
import { load } from 'js-yaml';
import type { Transformation } from '../model/rule.js';
import { isRecord, ownValue } from './is-record.js';
import type { KustomizationNode } from './kustomization-graph.js';

export const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';

/** The kustomization field that configures each builtin transformer (`configuredBy.kind`). */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  // `commonLabels` always reaches selectors; `labels` only with includeSelectors.
  LabelTransformer: ['commonLabels', 'labels'],
  AnnotationsTransformer: ['commonAnnotations'],
  NamespaceTransformer: ['namespace'],
  PrefixTransformer: ['namePrefix'],
  SuffixTransformer: ['nameSuffix'],
  PrefixSuffixTransformer: ['namePrefix', 'nameSuffix'],
  PatchTransformer: ['patches'],
  PatchStrategicMergeTransformer: ['patchesStrategicMerge'],
  PatchJson6902Transformer: ['patchesJson6902'],
  ReplacementTransformer: ['replacements'],
  ImageTagTransformer: ['images'],
  ReplicaCountTransformer: ['replicas'],
};

export interface TransformationContext {
  /** The repository path of a path the annotation writes; undefined when it leaves the repository. */
  readonly resolve: (annotated: string) => string | undefined;
  /** The kustomization in a repository file, if it is one. */
  readonly kustomization: (file: string) => KustomizationNode | undefined;
}

/** The transformations an annotation lists, each field once; [] when there is none to read. */
export function readTransformations(annotation: unknown, ctx: TransformationContext): Transformation[] {
  if (typeof annotation !== 'string') return [];
  let entries: unknown;
  try {
    entries = load(annotation);
  } catch {
    return [];
  }
  const out = new Map<string, Transformation>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (!isRecord(entry) || typeof entry.configuredIn !== 'string' || !isRecord(entry.configuredBy)) continue;
    const file = ctx.resolve(entry.configuredIn);
    if (file === undefined) continue;
    const kind = typeof entry.configuredBy.kind === 'string' ? entry.configuredBy.kind : '';
    const t = locate(kind, file, ctx.kustomization(file));
    out.set(`${t.what}\u0000${t.file}`, t);
  }
  return [...out.values()];
}

/** The field of the kustomization that configures a transformer of this kind, at its line. */
function locate(kind: string, file: string, node: KustomizationNode | undefined): Transformation {
  const fields = ownValue(FIELDS, kind) ?? ['transformers'];
  const doc = node?.document;
  const value = isRecord(doc?.value) ? doc.value : {};
  // tsc's noUncheckedIndexedAccess needs the assertion; the rule does not apply it to a tuple-or-array union.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see above
  const what = fields.find((f) => value[f] !== undefined) ?? (fields[0] as string);
  return { what, file, line: value[what] === undefined || doc === undefined ? 1 : doc.lineOf([what]) };
}
