// Which repository files are manifests to read: the `paths` globs less the `exclude-paths`
// globs, matched with picomatch against paths relative to the repository top; and, per `paths`
// glob, whether it selects any file at all (a misspelt glob must not read as "no changes").
import picomatch from 'picomatch';

export interface PathFilter {
  /** Whether the file is read. */
  (path: string): boolean;
  /** Per `paths` glob, in order: whether it selects one of `files` that no exclude leaves out. */
  readonly globsMatching: (files: readonly string[]) => boolean[];
}

export function createPathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const options = { dot: true };
  const included = picomatch([...include], options);
  const excluded = exclude.length === 0 ? () => false : picomatch([...exclude], options);
  const filter = (path: string) => included(path) && !excluded(path);
  const globsMatching = (files: readonly string[]) => {
    const kept = files.filter((f) => !excluded(f));
    return include.map((glob) => {
      const matches = picomatch(glob, options);
      return kept.some((f) => matches(f));
    });
  };
  return Object.assign(filter, { globsMatching });
}
