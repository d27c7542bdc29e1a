// Reads the two revisions from directories an earlier step rendered (Helm, Kustomize, or an
// artifact downloaded in a workflow_run). Commits are only used to name and link.
import path from 'node:path';
import { readManifestPath, type ReadFiles } from '../manifests/read-directory.js';
import type { RevisionSource } from './revision-source.js';

export function createDirsSource(workspace: string, baseDir: string, headDir: string): RevisionSource {
  const dirs = { base: path.resolve(workspace, baseDir), head: path.resolve(workspace, headDir) };
  // Each directory is read once, whether listed first or read.
  const reads = new Map<'base' | 'head', Promise<ReadFiles>>();
  const read = (which: 'base' | 'head') => {
    let r = reads.get(which);
    if (r === undefined) reads.set(which, (r = readManifestPath(dirs[which])));
    return r;
  };
  return {
    name: 'dirs',
    resolveCommit: async (ref) => ref,
    compare: async (base) => ({ mergeBase: base, changedFiles: undefined }),
    readFile: async () => undefined,
    checkout: async (_commit, which) => dirs[which],
    async listFiles(_commit, which) {
      const { files, diagnostics } = await read(which);
      return files.map((f) => f.path).concat(diagnostics.map((d) => d.file));
    },
    async readRevision(_commit, which, filter) {
      const { files, diagnostics } = await read(which);
      return { files: files.filter((f) => filter(f.path)), diagnostics };
    },
  };
}
