// Renders a kustomization with `kustomize build` (or `kubectl kustomize` when only kubectl is
// there), as safely as they allow: no Helm, no plugins or KRM functions, files only from inside
// the kustomization root, no network (remote bases are refused before rendering), and a time
// limit. Kustomize's own message is kept for the report.
import { execFile } from 'node:child_process';

export interface KustomizeTool {
  /** How the report names it: `kustomize` or `kubectl kustomize`. */
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

export const RENDER_TIMEOUT_MS = 60_000;

function works(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => execFile(command, args, { timeout: 10_000 }, (error) => resolve(error === null)));
}

const KUSTOMIZE: KustomizeTool = { label: 'kustomize', command: 'kustomize', args: ['build'] };
const KUBECTL: KustomizeTool = { label: 'kubectl kustomize', command: 'kubectl', args: ['kustomize'] };

/** `kustomize` when it is on the PATH, else `kubectl kustomize`, else undefined; or the one asked for. */
export async function findKustomize(prefer: 'auto' | 'kustomize' | 'kubectl' = 'auto'): Promise<KustomizeTool | undefined> {
  if (prefer !== 'kubectl' && (await works('kustomize', ['version']))) return KUSTOMIZE;
  if (prefer !== 'kustomize' && (await works('kubectl', ['kustomize', '--help']))) return KUBECTL;
  return undefined;
}

/** The rendered YAML stream, or Kustomize's error message. */
export function renderKustomization(tool: KustomizeTool, dir: string, timeoutMs = RENDER_TIMEOUT_MS): Promise<{ text: string } | { error: string }> {
  const args = [...tool.args, dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
  return new Promise((resolve) => {
    execFile(tool.command, args, { timeout: timeoutMs, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      if (error === null) resolve({ text: stdout });
      else if (error.killed) resolve({ error: `rendering took longer than ${timeoutMs / 1000} s and was stopped` });
      else resolve({ error: (stderr || error.message).trim().split('\n').filter((l) => !l.startsWith('# Warning')).join('\n') || 'kustomize failed' });
    });
  });
}
