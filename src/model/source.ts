// Where an object came from, so that every verdict can point at a file and a line.

export interface SourceRef {
  /** Path of the manifest, relative to the path or revision it was read from. */
  readonly file: string;
  /** 1-based line of the object (or of the rule, for a rule). */
  readonly line: number;
}
