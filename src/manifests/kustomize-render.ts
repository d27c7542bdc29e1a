// Renders a kustomization with `kustomize build` (or `kubectl kustomize` when only kubectl is
// there), as safely as they allow: no Helm, no plugins or KRM functions, files only from inside
// the kustomization root, no network (remote bases are refused before rendering), and a time
// limit. Kustomize's own message is kept for the report.
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface KustomizeTool {
  /** How the report names it: `kustomize` or `kubectl kustomize`. */
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

/** What Kustomize printed, and the directory that the paths of its origin and transformation
 * annotations are relative to (absolute, symbolic links resolved). */
export interface RenderedText {
  readonly text: string;
  readonly originDir: string;
}

export const RENDER_TIMEOUT_MS = 60_000;

function works(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => execFile(command, args, { timeout: 10_000 }, (error) => resolve(error === null)));
}

const KUSTOMIZE: KustomizeTool = { label: 'kustomize', command: 'kustomize', args: ['build'] };
const KUBECTL: KustomizeTool = { label: 'kubectl kustomize', command: 'kubectl', args: ['kustomize'] };

/** `kustomize` when it is on the PATH, else `kubectl kustomize`, else undefined; or the one asked for. */
export async function findKustomize(
  prefer: 'auto' | 'kustomize' | 'kubectl' = 'auto',
): Promise<KustomizeTool | undefined> {
  if (prefer !== 'kubectl' && (await works('kustomize', ['version']))) return KUSTOMIZE;
  if (prefer !== 'kustomize' && (await works('kubectl', ['kustomize', '--help']))) return KUBECTL;
  return undefined;
}

/**
 * The rendered YAML stream, or Kustomize's error message. The overlay is built through a
 * kustomization of our own, in a temporary directory, that only adds `buildMetadata:
 * [originAnnotations, transformerAnnotations]`, so that every object says which file it came
 * from and which transformers ran over it, whatever the overlay asks for
 * (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/buildmetadata/). When
 * that fails (an older Kustomize), the overlay is built as it is, and its own message reported.
 */
export async function renderKustomization(
  tool: KustomizeTool,
  dir: string,
  timeoutMs = RENDER_TIMEOUT_MS,
): Promise<RenderedText | { error: string }> {
  const overlay = await realpath(dir);
  const wrapper = await realpath(await mkdtemp(path.join(tmpdir(), 'netreach-kustomize-')));
  try {
    // Kustomize takes a base only by a relative path.
    const base = path.relative(wrapper, overlay).split(path.sep).join('/');
    await writeFile(
      path.join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(base)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`,
    );
    const annotated = await build(tool, wrapper, timeoutMs);
    if ('text' in annotated) return { text: annotated.text, originDir: wrapper };
    if (annotated.timedOut === true) return annotated;
  } finally {
    await rm(wrapper, { recursive: true, force: true });
  }
  const plain = await build(tool, overlay, timeoutMs);
  return 'text' in plain ? { text: plain.text, originDir: overlay } : { error: plain.error };
}

function build(
  tool: KustomizeTool,
  dir: string,
  timeoutMs: number,
): Promise<{ text: string } | { error: string; timedOut?: true }> {
  const args = [...tool.args, dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
  return new Promise((resolve) => {
    execFile(tool.command, args, { timeout: timeoutMs, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      if (error === null) resolve({ text: stdout });
      else if (error.killed)
        resolve({ error: `rendering took longer than ${timeoutMs / 1000} s and was stopped`, timedOut: true });
      else resolve({ error: kustomizeMessage(stderr || error.message) });
    });
  });
}

/** kubectl prints Kustomize's error through its logger (`E1122 14:53:45.165589 6725 run.go:72]
 * "command failed" err="…"`): keep the message, without the time and process id that would make
 * every report differ. */
function kustomizeMessage(stderr: string): string {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('# Warning'));
  const text = lines
    .map((l) => {
      const logged = /^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] "command failed" err="(.*)"$/.exec(l);
      return logged === null ? l : (logged[1] as string).replace(/\\"/g, '"');
    })
    .join('\n');
  return text.replace(/^Error: /, '') || 'kustomize failed';
}
