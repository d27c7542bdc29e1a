// Whether each path the user named (a PATH argument, a `paths` glob, a kustomization glob)
// matched something to read. Matching nothing in either revision is an error the shell reports,
// since a misspelt path must not read as "no reachability changes"; matching in one revision
// only is a warning in the report. Finding what matched is the shells' business.
import type { Diagnostic } from '../model/diagnostic.js';

export interface PathMatches {
  /** The path or glob as the user wrote it. */
  readonly path: string;
  /** Whether it matched at least one manifest (or kustomization) in base, and in head. With one
   * revision (`reach`), both say the same. */
  readonly base: boolean;
  readonly head: boolean;
}

export interface PathCoverage {
  /** The paths that matched nothing in either revision, in the order given. */
  readonly unmatched: readonly string[];
  /** One `PATH_IN_ONE_REVISION` warning per path that matched in one revision only. */
  readonly diagnostics: readonly Diagnostic[];
}

/** `what` names what a path should match, e.g. `manifest files` or `kustomizations`. */
export function checkPathCoverage(matches: readonly PathMatches[], what: string): PathCoverage {
  const unmatched: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const m of matches) {
    if (!m.base && !m.head) unmatched.push(m.path);
    else if (m.base !== m.head) {
      const where = m.head ? 'only at head (added?)' : 'only at base (removed or moved?)';
      diagnostics.push({
        code: 'PATH_IN_ONE_REVISION',
        severity: 'warning',
        file: m.path,
        line: 0,
        message: `${m.path} matches ${what} ${where}; the other revision has none there`,
        fix: `nothing to do if ${m.path} was ${m.head ? 'added' : 'removed'} on purpose; otherwise check the path`,
      });
    }
  }
  return { unmatched, diagnostics };
}
