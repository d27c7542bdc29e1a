// The contract between the edge that finds files and the pure core that reads them.
import type { Transformation } from './rule.js';
import type { SourceRef } from './source.js';

/** One file of one revision: its path (relative to what it was read from) and its text. */
export interface ManifestFile {
  readonly path: string;
  readonly text: string;
}

/** A path into a document: keys of mappings and indexes of sequences. */
export type DocumentPath = readonly (string | number)[];

/** One YAML/JSON document of a file. */
export interface ManifestDocument {
  readonly file: string;
  /** 1-based line where the document's content starts. */
  readonly line: number;
  /** The parsed value: plain objects, arrays, strings, numbers, booleans and null. */
  readonly value: unknown;
  /** 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  readonly lineOf: (path: DocumentPath) => number;
  /** For an object rendered by Kustomize, the transformers that ran over it (absent otherwise). */
  readonly transformedBy?: readonly Transformation[];
  /** For an object rendered by Kustomize and patched: the patch entry that added the node at
   * `path` when its source file does not hold it (`lineOf` would cite a line without it);
   * undefined for a node the source holds, or an object no patch ran over. */
  readonly patchedAt?: (path: DocumentPath) => SourceRef | undefined;
}
