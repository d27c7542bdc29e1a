// Which repository files are manifests to read: the `paths` globs less the `exclude-paths`
// globs, matched with picomatch against paths relative to the repository top.
import picomatch from 'picomatch';

export type PathFilter = (path: string) => boolean;

export function createPathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const options = { dot: true };
  const included = picomatch([...include], options);
  const excluded = exclude.length === 0 ? () => false : picomatch([...exclude], options);
  return (path) => included(path) && !excluded(path);
}
