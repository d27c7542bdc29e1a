// Parses the text of one manifest file into documents that keep their lines. Owns YAML safety
// (alias and depth limits), error recovery (a broken document does not take its file's other
// documents with it) and reading YAML as kubectl does. Knows nothing of Kubernetes kinds.
import { EVENT_ID, YAMLException, constructFromEvents, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentPath, ManifestDocument, ManifestFile } from '../model/manifest.js';
import { GO_YAML_SCHEMA } from './go-yaml-schema.js';
import { readGoYamlWhitespace, type GoYamlWhitespace } from './go-yaml-whitespace.js';
import { createLineIndex, type LineIndex } from './line-index.js';
import { findYaml11Booleans, type Yaml11Boolean } from './yaml-1-1-booleans.js';

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

type Problem =
  | { readonly line: number; readonly code: 'YAML_ALIAS_LIMIT' }
  | { readonly line: number; readonly code: 'YAML_SYNTAX'; readonly reason: string }
  | { readonly line: number; readonly code: 'YAML_AMBIGUOUS_VALUE'; readonly found: Yaml11Boolean };

interface ParsedDocument {
  readonly line: number;
  readonly value: unknown;
  readonly locate: (path: DocumentPath) => number;
}

interface ParsedText {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly Problem[];
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
      diagnostics: fileDiagnostics(file.path, parsed.problems),
    };
  };
}

/** One diagnostic per problem, except the YAML 1.1 booleans of a file: one in all, at the first. */
function fileDiagnostics(file: string, problems: readonly Problem[]): Diagnostic[] {
  const ambiguous = problems.flatMap((p) => (p.code === 'YAML_AMBIGUOUS_VALUE' ? [p] : []));
  const others = problems.flatMap((p) => (p.code === 'YAML_AMBIGUOUS_VALUE' ? [] : [yamlDiagnostic(file, p)]));
  const first = ambiguous[0];
  return first === undefined ? others : [...others, ambiguousValues(file, first, ambiguous.slice(1))];
}

function ambiguousValues(
  file: string,
  first: Extract<Problem, { code: 'YAML_AMBIGUOUS_VALUE' }>,
  more: readonly Problem[],
): Diagnostic {
  const { text, value, isKey, field } = first.found;
  const lines =
    more
      .slice(0, 10)
      .map((p) => p.line)
      .join(', ') + (more.length > 10 ? ', …' : '');
  return {
    file,
    line: first.line,
    code: 'YAML_AMBIGUOUS_VALUE',
    severity: 'warning',
    message:
      (isKey
        ? `the unquoted ${field} ${text} is the string "${text}" for netreach and kustomize (YAML 1.2) but "${value}" for kubectl apply (YAML 1.1); netreach used "${text}"`
        : `the unquoted ${field} ${text} is the string "${text}" for netreach and kustomize (YAML 1.2) but the boolean ${value} for kubectl apply (YAML 1.1), which then refuses the object; netreach used "${text}"`) +
      (more.length > 0
        ? `; the same holds for ${more.length} more unquoted yes/no/on/off/y/n in this file (lines ${lines})`
        : ''),
    fix: 'quote them ("y", "yes", "on"…), so that every tool reads the same string',
  };
}

function yamlDiagnostic(file: string, p: Exclude<Problem, { code: 'YAML_AMBIGUOUS_VALUE' }>): Diagnostic {
  const at = { file, line: p.line };
  if (p.code === 'YAML_ALIAS_LIMIT') {
    return {
      ...at,
      code: p.code,
      severity: 'error',
      message: `the document uses more than ${MAX_ALIASES} YAML aliases; it was not evaluated`,
      fix: 'write the document out without anchors and aliases (kubectl and kustomize output never needs them)',
    };
  }
  return {
    ...at,
    code: p.code,
    severity: 'error',
    message: `YAML syntax error: ${p.reason}; the document was not evaluated`,
    fix: syntaxFix(p.reason),
  };
}

/** Says that kubectl refuses the document too only where that was checked with kubectl (see
 * test/manifests/parse-documents.test.ts); otherwise it says how to ask kubectl. */
function syntaxFix(reason: string): string {
  if (/duplicated mapping key/.test(reason)) {
    return 'keep one of the two keys: kubectl apply refuses duplicate fields too (with its default --validate=strict), and so does kustomize';
  }
  if (/^a directive/.test(reason)) return 'remove the directive line: kubectl and kustomize refuse it too';
  if (/tab/.test(reason) && /indentation/.test(reason)) {
    return 'indent with spaces, and leave no tab at the start of a line outside [ ] and { } (blank and comment lines too): kubectl and kustomize refuse it too';
  }
  return 'fix the YAML at this line; `kubectl apply --dry-run=client -f FILE` shows whether kubectl reads the file';
}

function parseText(text: string, options: ParseOptions): ParsedText {
  const lineOf = createLineIndex(text);
  // Only a text with a tab or a directive can hold what go-yaml reads differently.
  const whitespace = text.includes('\t') || /^%/m.test(text) ? readGoYamlWhitespace(text) : undefined;
  if (whitespace === undefined || whitespace.refusals.length === 0) {
    try {
      return documentsOf(text, lineOf, options);
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
    }
  }
  // Recover document by document: a `---` line always ends a document in YAML 1.2.
  const documents: ParsedDocument[] = [];
  const problems: Problem[] = [];
  const refusals = whitespace?.refusals ?? [];
  let next = 0; // refusals are in text order, like chunks
  for (const chunk of splitDocuments(text)) {
    const chunkLine = (offset: number) => lineOf(chunk.offset + offset);
    while ((refusals[next]?.offset ?? Infinity) < chunk.offset) next++;
    const refusal = refusals[next];
    if (refusal !== undefined && refusal.offset < chunk.offset + chunk.text.length) {
      problems.push(refusalProblem(refusal, lineOf(refusal.offset)));
      continue;
    }
    try {
      const parsed = documentsOf(chunk.text, chunkLine, options);
      for (const item of parsed.documents) documents.push(item);
      for (const item of parsed.problems) problems.push(item);
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      const read = readAsGoYaml(chunk, lineOf, options);
      if (read !== undefined) {
        for (const item of read.documents) documents.push(item);
        for (const item of read.problems) problems.push(item);
        continue;
      }
      const line = chunkLine(0) + (error.mark ? error.mark.line : 0);
      problems.push(
        /maxAliases/.test(error.reason)
          ? { line, code: 'YAML_ALIAS_LIMIT' }
          : { line, code: 'YAML_SYNTAX', reason: error.reason },
      );
    }
  }
  return { documents, problems };
}

function refusalProblem(refusal: GoYamlWhitespace['refusals'][number], line: number): Problem {
  const reason =
    refusal.reason === 'tab-indent'
      ? 'a tab in the indentation of this line (kubectl and kustomize refuse it: "found a tab character that violates indentation")'
      : 'a directive (%YAML, %TAG): kubectl and kustomize read documents without directives';
  return { line, code: 'YAML_SYNTAX', reason };
}

/** A document js-yaml refused, read again with go-yaml's whitespace rules; undefined if still refused. */
function readAsGoYaml(
  chunk: { text: string; offset: number },
  lineOf: LineIndex,
  options: ParseOptions,
): ParsedText | undefined {
  const flowText = readGoYamlWhitespace(chunk.text).flowText;
  if (flowText === undefined) return undefined;
  // The same lines, with offsets moved: count lines in the rewritten text.
  const first = lineOf(chunk.offset) - 1;
  const local = createLineIndex(flowText);
  try {
    return documentsOf(flowText, (offset) => first + local(offset), options);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return undefined;
  }
}

function splitDocuments(text: string): { text: string; offset: number }[] {
  const chunks: { text: string; offset: number }[] = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    // Directives (and comments before them) belong to the document their `---` starts.
    if (
      m.index > start &&
      !text
        .slice(start, m.index)
        .split('\n')
        .every((line) => /^\s*(?:[%#]|$)/.test(line))
    ) {
      chunks.push({ text: text.slice(start, m.index), offset: start });
      start = m.index;
    }
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

/** `lineAt` maps an offset in `text` to its line in the file. */
function documentsOf(text: string, lineAt: LineIndex, options: ParseOptions): ParsedText {
  const events = parseEvents(text, { maxDepth: MAX_DEPTH });
  const values = constructFromEvents(events, { source: text, schema: GO_YAML_SCHEMA, maxAliases: MAX_ALIASES });
  const documents: ParsedDocument[] = [];
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
    const line = lineAt(Math.max(first, 0));
    let locate: (path: DocumentPath) => number = () => line;
    if (options.keepPositions(value)) {
      const own = events.slice(contentStart, end);
      locate = (path) => {
        const found = findOffset(own, text, path);
        return found < 0 ? line : lineAt(found);
      };
    }
    documents.push({ line, value, locate });
  }
  const problems = findYaml11Booleans(events, text).map((found): Problem => ({
    line: lineAt(found.offset),
    code: 'YAML_AMBIGUOUS_VALUE',
    found,
  }));
  return { documents, problems };
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
      for (let i = index + 1; i < events.length && (events[i] as Event).type !== EVENT_ID.POP;) {
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
      for (let n = 0; n < step && i < events.length && (events[i] as Event).type !== EVENT_ID.POP; n++)
        i = skipNode(events, i);
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
