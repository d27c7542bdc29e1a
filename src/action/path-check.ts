// Checks that every `paths` glob selects at least one file in the base or the head revision,
// before anything else is decided: a misspelt glob would otherwise read no manifest, find no
// relevant change and report "nothing to evaluate" (issue 9). A glob that selects files in one
// revision only is a warning in the report.
import type { Diagnostic } from '../model/diagnostic.js';
import { checkPathCoverage, type PathMatches } from '../manifests/path-coverage.js';
import { DEFAULT_PATHS } from './inputs.js';
import type { PathFilter } from './path-filter.js';
import type { RevisionSource } from './revision-source.js';

export interface PathCheck {
  /** Why the job must fail (every glob that selects nothing), or undefined. */
  readonly failure: string | undefined;
  readonly warnings: readonly Diagnostic[];
}

export async function checkPaths(
  source: RevisionSource,
  paths: readonly string[],
  filter: PathFilter,
  commits: { base: string; head: string },
): Promise<PathCheck> {
  const [base, head] = await Promise.all([
    source.listFiles(commits.base, 'base'),
    source.listFiles(commits.head, 'head'),
  ]);
  const inBase = filter.globsMatching(base);
  const inHead = filter.globsMatching(head);
  // The defaults name every extension a manifest may have; a repository rarely uses all three,
  // so together they only need to match something.
  const isDefault = paths.length === DEFAULT_PATHS.length && paths.every((p, i) => p === DEFAULT_PATHS[i]);
  const matches: PathMatches[] = isDefault
    ? [{ path: paths.join(', '), base: inBase.some(Boolean), head: inHead.some(Boolean) }]
    : paths.map((p, i) => ({ path: p, base: inBase[i] === true, head: inHead[i] === true }));
  return explain('paths', matches, 'files', {
    source,
    commits,
    fix: (top) => `fix the glob (relative to ${top}) or remove it; exclude-paths were applied`,
  });
}

/** The same for the `kustomize` input: each pattern must name a directory holding a
 * kustomization in the base or the head tree. */
export function checkKustomizations(
  patterns: readonly string[],
  inBase: readonly boolean[],
  inHead: readonly boolean[],
  context: { source: RevisionSource; commits: { base: string; head: string } },
): PathCheck {
  const matches = patterns.map((p, i) => ({ path: p, base: inBase[i] === true, head: inHead[i] === true }));
  return explain('kustomize', matches, 'kustomizations', {
    ...context,
    fix: (top) => `name directories that hold a kustomization.yaml (relative to ${top})`,
  });
}

function explain(
  input: string,
  matches: readonly PathMatches[],
  what: string,
  o: { source: RevisionSource; commits: { base: string; head: string }; fix: (top: string) => string },
): PathCheck {
  const coverage = checkPathCoverage(matches, what);
  if (coverage.unmatched.length === 0) return { failure: undefined, warnings: coverage.diagnostics };
  const dirs = o.source.name === 'dirs';
  const where = dirs
    ? 'in base-dir or head-dir'
    : `at base (${o.commits.base.slice(0, 12)}) or head (${o.commits.head.slice(0, 12)})`;
  const fix = o.fix(dirs ? 'base-dir and head-dir' : 'the repository top');
  const named = coverage.unmatched.map((p) => `"${p}"`).join(', ');
  return {
    failure: `input ${input}: ${named} ${coverage.unmatched.length === 1 ? 'matches' : 'match'} no ${what.replace(/s$/, '')} ${where}; ${fix}`,
    warnings: coverage.diagnostics,
  };
}
