// Runs the bundled action (dist/index.js) as the runner would: INPUT_* variables with the
// defaults of action.yml, GITHUB_* variables, an event file, and temporary GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files; against a fake GitHub API and a real git repository.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
export const TOKEN = 'test-token';

export interface Repo {
  readonly dir: string;
  readonly origin: string;
  /** Commits files (path -> text; null deletes) on a branch (new branches start from `from`,
   * default main), returning the SHA. */
  commit(branch: string, files: Record<string, string | null>, from?: string): string;
  /** A shallow checkout of a commit, as actions/checkout makes. */
  checkout(sha: string): string;
  cleanup(): void;
}

export function createRepo(): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'netreach-e2e-'));
  const origin = path.join(dir, 'origin.git');
  const work = path.join(dir, 'authoring');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  git(dir, 'init', '-q', '-b', 'main', work);
  git(work, 'config', 'user.email', 'dev@example.com');
  git(work, 'config', 'user.name', 'dev');
  git(work, 'remote', 'add', 'origin', origin);
  let checkouts = 0;
  const branches = new Set<string>();
  return {
    dir,
    origin,
    commit(branch, files, from = 'main') {
      if (branches.size > 0) git(work, 'checkout', '-q', ...(branches.has(branch) ? [branch] : ['-b', branch, from]));
      branches.add(branch);
      for (const [file, text] of Object.entries(files)) {
        const full = path.join(work, file);
        if (text === null) rmSync(full, { recursive: true, force: true });
        else {
          mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
      }
      git(work, 'add', '-A');
      git(work, 'commit', '-q', '--allow-empty', '-m', `change on ${branch}`);
      git(work, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
      return git(work, 'rev-parse', 'HEAD');
    },
    checkout(sha) {
      const target = path.join(dir, `workspace-${checkouts++}`);
      git(dir, 'init', '-q', target);
      git(target, 'remote', 'add', 'origin', `file://${origin}`);
      git(target, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', sha);
      git(target, 'checkout', '-q', sha);
      return target;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The demo's files under k8s/, at base or head. */
export function demoFiles(which: 'base' | 'head'): Record<string, string> {
  const out: Record<string, string> = {};
  const from = path.join(root, 'fixtures/demo', which);
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${rel}${entry.name}/`);
      else out[`k8s/${rel}${entry.name}`] = readFileSync(full, 'utf8');
    }
  };
  walk(from, '');
  return out;
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** `::error …::` and `::warning …::` lines, parsed. */
  readonly annotations: { level: string; props: Record<string, string>; message: string }[];
  readonly seconds: number;
}

export interface RunOptions {
  readonly apiUrl: string;
  readonly workspace: string;
  readonly eventName?: string;
  readonly event: object;
  readonly inputs?: Record<string, string>;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const temp = mkdtempSync(path.join(tmpdir(), 'netreach-run-'));
  try {
    const eventPath = path.join(temp, 'event.json');
    const outputPath = path.join(temp, 'output');
    const summaryPath = path.join(temp, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(options.event));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/cluster',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_RUN_ID: '99',
      RUNNER_TEMP: temp,
      ...Object.fromEntries(
        Object.entries(actionInputs(options.inputs ?? {})).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
      ),
    };
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], { cwd: options.workspace, env });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stdout += c));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (performance.now() - started) / 1000;
    return {
      code,
      stdout,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      annotations: parseAnnotations(stdout),
      seconds,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The inputs as the runner passes them: action.yml's defaults, overridden by the step's `with`. */
function actionInputs(given: Record<string, string>): Record<string, string> {
  const spec = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs))
    out[name] = (input.default ?? '').replace('${{ github.token }}', TOKEN);
  return { ...out, ...given };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1] as string] = m[3] as string;
  return out;
}

function parseAnnotations(stdout: string): RunResult['annotations'] {
  const out: RunResult['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (m === null) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').trim().split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) props[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1).replace(/%2C/g, ','));
    }
    out.push({ level: m[1] as string, props, message: (m[3] as string).replace(/%0A/g, '\n').replace(/%25/g, '%') });
  }
  return out;
}

export function pullRequestEvent(number: number, baseSha: string, headSha: string): object {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: headSha, ref: 'feature' }, base: { sha: baseSha, ref: 'main' } },
  };
}
