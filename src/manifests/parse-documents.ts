// Parses the text of one manifest file into documents that keep their lines. Owns YAML safety
// (alias and depth limits) and error recovery (a broken document does not take its file's
// other documents with it). Knows nothing of Kubernetes kinds.
import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
  type Event,
} from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentPath, ManifestDocument, ManifestFile } from '../model/manifest.js';
import { createLineIndex, type LineIndex } from './line-index.js';

/** Aliases per document. Manifests rarely use any; an alias bomb uses many. */
export const MAX_ALIASES = 50;
/** Nesting depth of collections. */
export const MAX_DEPTH = 64;

export interface ParseOptions {
  /** Whether to keep the node positions of a document for `lineOf` beyond its first line
   * (costs memory; policies need it, workloads do not). */
  readonly keepPositions: (value: unknown) => boolean;
}

export interface ParsedFile {
  readonly documents: readonly ManifestDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

interface ParsedText {
  readonly documents: readonly { line: number; value: unknown; locate: (path: DocumentPath) => number }[];
  readonly errors: readonly { line: number; code: 'YAML_SYNTAX' | 'YAML_ALIAS_LIMIT'; reason: string }[];
}

/**
 * Returns a parser that parses each distinct text once: base and head share most files, and
 * parsing dominates the run time on large repositories.
 */
export function createDocumentParser(options: ParseOptions): (file: ManifestFile) => ParsedFile {
  const cache = new Map<string, ParsedText>();
  return (file) => {
    let parsed = cache.get(file.text);
    if (parsed === undefined) {
      parsed = parseText(file.text, options);
      cache.set(file.text, parsed);
    }
    return {
      documents: parsed.documents.map((d) => ({ file: file.path, line: d.line, value: d.value, lineOf: d.locate })),
      diagnostics: parsed.errors.map((e) => yamlDiagnostic(file.path, e)),
    };
  };
}

function yamlDiagnostic(file: string, e: ParsedText['errors'][number]): Diagnostic {
  if (e.code === 'YAML_ALIAS_LIMIT') {
    return {
      code: e.code,
      severity: 'error',
      file,
      line: e.line,
      message: `the document uses more than ${MAX_ALIASES} YAML aliases; it was not evaluated`,
      fix: 'write the document out without anchors and aliases (kubectl and kustomize output never needs them)',
    };
  }
  return {
    code: e.code,
    severity: 'error',
    file,
    line: e.line,
    message: `YAML syntax error: ${e.reason}; the document was not evaluated`,
    fix: 'fix the YAML (kubectl apply --dry-run=client -f FILE shows the same error)',
  };
}

function parseText(text: string, options: ParseOptions): ParsedText {
  const lineOf = createLineIndex(text);
  try {
    return { documents: documentsOf(text, 0, lineOf, options), errors: [] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
  }
  // Recover document by document: a `---` line always ends a document in YAML 1.2.
  const documents: ParsedText['documents'][number][] = [];
  const errors: ParsedText['errors'][number][] = [];
  for (const chunk of splitDocuments(text)) {
    try {
      documents.push(...documentsOf(chunk.text, chunk.offset, lineOf, options));
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      const line = lineOf(chunk.offset) + (error.mark ? error.mark.line : 0);
      const code = /maxAliases/.test(error.reason) ? 'YAML_ALIAS_LIMIT' : 'YAML_SYNTAX';
      errors.push({ line, code, reason: error.reason });
    }
  }
  return { documents, errors };
}

function splitDocuments(text: string): { text: string; offset: number }[] {
  const chunks: { text: string; offset: number }[] = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    if (m.index > start) chunks.push({ text: text.slice(start, m.index), offset: start });
    start = m.index;
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

function documentsOf(text: string, offset: number, lineOf: LineIndex, options: ParseOptions): ParsedText['documents'][number][] {
  const events = parseEvents(text, { maxDepth: MAX_DEPTH });
  const values = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
  const result: ParsedText['documents'][number][] = [];
  let index = 0;
  let docNumber = 0;
  while (index < events.length) {
    // events[index] is a DOCUMENT; its content node follows; a POP closes it.
    const contentStart = index + 1;
    const end = skipNode(events, contentStart);
    const value = values[docNumber++];
    index = end + 1;
    if (value === null || value === undefined) continue;
    const first = startOffset(events[contentStart] as Event);
    const line = lineOf(offset + Math.max(first, 0));
    let locate: (path: DocumentPath) => number = () => line;
    if (options.keepPositions(value)) {
      const own = events.slice(contentStart, end);
      locate = (path) => {
        const found = findOffset(own, text, path);
        return found < 0 ? line : lineOf(offset + found);
      };
    }
    result.push({ line, value, locate });
  }
  return result;
}

function startOffset(event: Event): number {
  switch (event.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.anchorStart >= 0 ? Math.min(event.anchorStart, event.start) : event.start;
    case EVENT_ID.SCALAR:
      return event.valueStart;
    case EVENT_ID.ALIAS:
      return event.anchorStart;
    default:
      return -1;
  }
}

/** Index just past the node that starts at `index`. */
function skipNode(events: readonly Event[], index: number): number {
  const event = events[index];
  if (event === undefined) return index;
  if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return index + 1;
  let depth = 0;
  for (let i = index; i < events.length; i++) {
    const type = (events[i] as Event).type;
    if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++;
    else if (type === EVENT_ID.POP && --depth === 0) return i + 1;
  }
  return events.length;
}

/** Offset of the node at `path` (or of its deepest existing ancestor; -1 for none). */
function findOffset(events: readonly Event[], text: string, path: DocumentPath): number {
  let index = 0;
  let found = startOffset(events[0] as Event);
  for (const step of path) {
    const node = events[index];
    if (node === undefined) return found;
    let child = -1;
    let at = -1;
    if (node.type === EVENT_ID.MAPPING && typeof step === 'string') {
      for (let i = index + 1; i < events.length && (events[i] as Event).type !== EVENT_ID.POP; ) {
        const key = events[i] as Event;
        const valueIndex = skipNode(events, i);
        if (key.type === EVENT_ID.SCALAR && getScalarValue(text, key) === step) {
          // A mapping value is placed at its key: `spec:` rather than the line below it.
          child = valueIndex;
          at = key.valueStart;
          break;
        }
        i = skipNode(events, valueIndex);
      }
    } else if (node.type === EVENT_ID.SEQUENCE && typeof step === 'number') {
      let i = index + 1;
      for (let n = 0; n < step && i < events.length && (events[i] as Event).type !== EVENT_ID.POP; n++) i = skipNode(events, i);
      if (i < events.length && (events[i] as Event).type !== EVENT_ID.POP) {
        child = i;
        at = startOffset(events[i] as Event);
      }
    }
    if (child < 0) return found;
    index = child;
    if (at >= 0) found = at;
  }
  return found;
}
