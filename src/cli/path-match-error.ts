// A PATH or --kustomize argument that matches nothing to read in either revision: the CLI
// stops with exit status 1 and one line per such argument, since an empty cluster would read
// as "no reachability changes" (issue 9). One that matches in one revision only is a warning.
import type { Diagnostic } from '../model/diagnostic.js';
import { checkPathCoverage, type PathMatches } from '../manifests/path-coverage.js';

export class PathMatchError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export interface MatchWording {
  /** What a path should match: `manifest file (.yaml, .yml or .json)`, `kustomization`. */
  readonly what: string;
  /** The same in the plural, for warnings: `manifest files`, `kustomizations`. */
  readonly whatPlural: string;
  /** Where it was looked for, after "at"/"in": `at main (1a2b3c) or in the working tree`; '' for one revision. */
  readonly where: string;
  /** What to do, e.g. `check the path (relative to the current directory)`. */
  readonly fix: string;
  /** Put before each path in the message, e.g. `--kustomize `. */
  readonly prefix?: string;
}

/** Throws a PathMatchError naming every path that matched nothing; returns the warnings for those
 * that matched in one revision only. */
export function requireMatches(matches: readonly PathMatches[], wording: MatchWording): readonly Diagnostic[] {
  const coverage = checkPathCoverage(matches, wording.whatPlural);
  if (coverage.unmatched.length > 0) {
    throw new PathMatchError(
      coverage.unmatched.map(
        (p) =>
          `${wording.prefix ?? ''}${p} matches no ${wording.what}${wording.where === '' ? '' : ` ${wording.where}`}; ${wording.fix}`,
      ),
    );
  }
  return coverage.diagnostics;
}
