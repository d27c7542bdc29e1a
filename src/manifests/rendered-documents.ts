// Gives objects rendered by Kustomize their provenance: with `buildMetadata:
// [originAnnotations]` each object names the file it came from, and netreach points at that
// file (and at the object's line in it, found by kind and name); otherwise at the overlay.
import path from 'node:path/posix';
import { load } from 'js-yaml';
import type { ManifestDocument } from '../model/manifest.js';
import { isRecord } from './is-record.js';

const ORIGIN = 'config.kubernetes.io/origin';

/**
 * `overlay` is the kustomization's directory (relative to the repository), `sourceDocuments`
 * the parsed documents of a file there (undefined when it cannot be read).
 */
export function attributeRendered(rendered: readonly ManifestDocument[], overlay: string, sourceDocuments: (file: string) => readonly ManifestDocument[] | undefined): ManifestDocument[] {
  const overlayFile = path.join(overlay, 'kustomization.yaml');
  return rendered.map((doc) => {
    const value = doc.value;
    const metadata = isRecord(value) && isRecord(value.metadata) ? value.metadata : {};
    const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
    const origin = typeof annotations[ORIGIN] === 'string' ? safeLoad(annotations[ORIGIN]) : undefined;
    const from = isRecord(origin) && typeof origin.path === 'string' && !/^[a-z]+:\/\//.test(origin.path) ? path.normalize(path.join(overlay, origin.path)) : undefined;
    if (from === undefined || from.startsWith('..')) return { file: overlayFile, line: 0, value, lineOf: () => 0 };
    const kind = isRecord(value) ? value.kind : undefined;
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    // The source object has the same kind, and a name the rendered one contains (namePrefix/-Suffix).
    const candidates = (sourceDocuments(from) ?? []).filter((d) => isRecord(d.value) && d.value.kind === kind);
    const nameOf = (d: ManifestDocument) => (isRecord(d.value) && isRecord(d.value.metadata) && typeof d.value.metadata.name === 'string' ? d.value.metadata.name : undefined);
    const source = candidates.find((d) => nameOf(d) === name) ?? candidates.find((d) => name.includes(nameOf(d) ?? '\u0000'));
    if (source === undefined) return { file: from, line: 1, value, lineOf: () => 1 };
    return { file: from, line: source.line, value, lineOf: source.lineOf };
  });
}

function safeLoad(text: string): unknown {
  try {
    return load(text);
  } catch {
    return undefined;
  }
}
