// Where the manifests of a revision come from: the local git repository, the REST API (nothing
// checked out), or two directories rendered by an earlier step. One interface, three edges.
import type { ReadFiles } from '../manifests/read-directory.js';
import type { PathFilter } from './path-filter.js';

export interface RevisionSource {
  readonly name: 'git' | 'api' | 'dirs';
  /** Turns a ref or SHA into a commit SHA, fetching it when it is missing. */
  resolveCommit(ref: string): Promise<string>;
  /** The merge base of two commits, and the paths changed from it to `head` (undefined when unknown). */
  compare(base: string, head: string): Promise<{ mergeBase: string; changedFiles: readonly string[] | undefined }>;
  /** The text of one file at a commit, or undefined when it does not exist there. */
  readFile(commit: string, path: string): Promise<string | undefined>;
  /** Every file of the revision (repository paths; for dirs, the manifest files found in
   * `which` revision's directory), to tell whether each `paths` glob matches something. */
  listFiles(commit: string, which: 'base' | 'head'): Promise<readonly string[]>;
  /** Every manifest the filter accepts, at `commit` (for dirs: `which` revision's directory). */
  readRevision(commit: string, which: 'base' | 'head', filter: PathFilter): Promise<ReadFiles>;
  /** A directory holding the whole tree of the revision, for Kustomize to render; undefined
   * when the source has none (the API source checks nothing out). */
  checkout(commit: string, which: 'base' | 'head', temp: string): Promise<string | undefined>;
}
