// Reads the repository config for a run: from the head commit through the revision source (the
// pull request's own `.netreach.yaml`, reviewed with it), or from the workspace when the
// manifests come from directories. A config that was asked for by name must exist; the default
// one is used only when it is there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readRepositoryConfig, type RepositoryConfig } from '../policies/repository-config.js';
import type { ActionInputs } from './inputs.js';
import type { RevisionSource } from './revision-source.js';

export type ConfigRead = { readonly config: RepositoryConfig | undefined } | { readonly failure: string };

export async function readActionConfig(
  inputs: Pick<ActionInputs, 'config' | 'configRequired'>,
  source: RevisionSource,
  headCommit: string,
  workspace: string,
): Promise<ConfigRead> {
  const file = inputs.config.split(path.sep).join('/');
  let text: string | undefined;
  if (source.name === 'dirs') {
    text = await readFile(path.resolve(workspace, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  } else {
    text = await source.readFile(headCommit, file);
  }
  if (text === undefined) {
    return inputs.configRequired
      ? {
          failure: `the config input names ${file}, which does not exist at ${source.name === 'dirs' ? 'the workspace' : headCommit.slice(0, 12)}; fix the path or unset the input`,
        }
      : { config: undefined };
  }
  return { config: readRepositoryConfig({ path: file, text }) };
}
