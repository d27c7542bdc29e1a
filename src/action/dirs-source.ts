// Reads the two revisions from directories an earlier step rendered (Helm, Kustomize, or an
// artifact downloaded in a workflow_run). Commits are only used to name and link.
import path from 'node:path';
import { readManifestPath } from '../manifests/read-directory.js';
import type { RevisionSource } from './revision-source.js';

export function createDirsSource(workspace: string, baseDir: string, headDir: string): RevisionSource {
  const dirs = { base: path.resolve(workspace, baseDir), head: path.resolve(workspace, headDir) };
  return {
    name: 'dirs',
    resolveCommit: async (ref) => ref,
    compare: async (base) => ({ mergeBase: base, changedFiles: undefined }),
    readFile: async () => undefined,
    checkout: async (_commit, which) => dirs[which],
    async readRevision(_commit, which, filter) {
      const read = await readManifestPath(dirs[which]);
      return { files: read.files.filter((f) => filter(f.path)), diagnostics: read.diagnostics };
    },
  };
}
