// Reads the command line into one typed value (DESIGN §5). Nothing else looks at argv.
import { parseArgs } from 'node:util';
import type { IpRange } from '../model/ip.js';
import { parseCidr } from '../net/cidr.js';
import { parseFailOn, type FailOnCondition } from '../report/fail-on.js';

export type Format = 'text' | 'markdown' | 'json' | 'sarif';

export interface CommonOptions {
  readonly format: Format;
  /** Kustomization directories to render (globs allowed), relative to each PATH (for --git, to
   * the current directory). */
  readonly kustomize: readonly string[];
  /** Which renderer: `auto` (kustomize, else kubectl kustomize), or one of them. */
  readonly kustomizeCommand: 'auto' | 'kustomize' | 'kubectl';
  /** `separate`: each kustomization is a cluster of its own (one report section each). */
  readonly clusters: 'merged' | 'separate';
  readonly ipBlockSelectsPods: boolean;
  readonly podCidrs: readonly IpRange[];
  readonly defaultNamespace: string;
  /** What makes the run exit 1 although the report was produced (none: only failures do). */
  readonly failOn: readonly FailOnCondition[];
  /** Whether --fail-on was given (without it, a config with assertions fails on a new violation). */
  readonly failOnListed: boolean;
  /** --config FILE: the repository config; undefined for `.netreach.yaml` in the current
   * directory, if there is one. */
  readonly config: string | undefined;
  /** Text format: one sentence per pair (diff) or per connection (reach) instead of grouped lines. */
  readonly verbose: boolean;
}

export type Command =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | ({ readonly command: 'reach'; readonly paths: readonly string[] } & CommonOptions)
  /** The repository config's assertions and findings on one set of manifests. */
  | ({ readonly command: 'check'; readonly paths: readonly string[] } & CommonOptions)
  | ({ readonly command: 'diff'; readonly base: string; readonly head: string } & CommonOptions)
  /** `head` undefined: the working tree. `rest` holds the head ref (if any) and the paths,
   * told apart later by asking git; `pathsOnly` when `--` comes before them (all are paths). */
  | ({
      readonly command: 'diff-git';
      readonly baseRef: string;
      readonly rest: readonly string[];
      readonly pathsOnly: boolean;
    } & CommonOptions);

export class UsageError extends Error {}

export const USAGE = `Usage:
  netreach reach PATH...                         connectivity of one set of manifests
  netreach diff BASE_PATH HEAD_PATH              what changes from BASE to HEAD
  netreach diff --git BASE_REF [HEAD_REF] [PATH...]
                                                 the same, read from git revisions
                                                 (no HEAD_REF: the working tree)
  netreach check PATH... [--config FILE]         the assertions of .netreach.yaml on one set of
                                                 manifests, and its findings; exit 1 when an
                                                 assertion is violated or the config has errors
Options:
  --format text|markdown|json|sarif
                                output format (default: text; sarif with diff and check)
  --config FILE                 the repository config (default: .netreach.yaml in the current
                                directory, if there is one): assertions and findings join the
                                report, and without --fail-on a new violation exits 1
  -v, --verbose                 text: one sentence per pair, each with its because-lines
                                (default: one line per cause, the pairs folded under it)
  --ipblock-selects-pods        treat ipBlocks as also matching pods whose IP they cover
  --pod-cidr CIDR               the cluster's pod range(s), repeatable
  --default-namespace NAME      for manifests without metadata.namespace (default: default)
  --kustomize DIR               render this kustomization (globs allowed) with kustomize or
                                kubectl kustomize and evaluate what it renders; repeatable;
                                DIR is relative to each PATH (with --git: to the current directory)
  --kustomize-command auto|kustomize|kubectl
                                which renders (default auto: kustomize, else kubectl kustomize)
  --clusters merged|separate    separate: evaluate each kustomization as a cluster of its own
                                (default merged: everything is one cluster)
  --fail-on LIST                exit 1 when the report shows any of: opened (a path opened),
                                any-change (a path opened or closed), incomplete (some input
                                could not be read or was rejected), violated (an assertion of
                                the config is newly violated), finding (the change brings a
                                finding); comma-separated, e.g. --fail-on opened,incomplete
                                (default never; with a config that has assertions: violated)
  -h, --help                    show this help
  --version                     show the version
PATH is a file or a directory (searched recursively for .yaml, .yml and .json files); each
PATH must hold at least one manifest (with --git: in at least one of the two revisions).
Exit status: 0 when the report was produced, also when some documents were rejected (the
report lists them as warnings and says the verdict is incomplete); 1 when --fail-on says so
(the report is still printed) or when no report could be produced (an unreadable path, a PATH
or --kustomize that matches nothing); 2 for a usage error.`;

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', default: 'text' },
        'ipblock-selects-pods': { type: 'boolean', default: false },
        'pod-cidr': { type: 'string', multiple: true, default: [] },
        'default-namespace': { type: 'string', default: 'default' },
        kustomize: { type: 'string', multiple: true, default: [] },
        'kustomize-command': { type: 'string', default: 'auto' },
        clusters: { type: 'string', default: 'merged' },
        'fail-on': { type: 'string', multiple: true, default: [] },
        config: { type: 'string' },
        git: { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals, tokens } = parsed;
  // Positionals before `--` (after it, everything is a path, as git reads it).
  const terminator = tokens.findIndex((t) => t.kind === 'option-terminator');
  const beforeTerminator =
    terminator < 0 ? positionals.length : tokens.slice(0, terminator).filter((t) => t.kind === 'positional').length;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format "${format}" is not one of text, markdown, json, sarif`);
  const podCidrs = (values['pod-cidr'] ?? []).map((text) => {
    const cidr = parseCidr(text);
    if (cidr === undefined) throw new UsageError(`--pod-cidr "${text}" is not a CIDR (e.g. 10.244.0.0/16)`);
    return cidr.range;
  });
  const defaultNamespace = values['default-namespace'];
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(defaultNamespace) || defaultNamespace.length > 63) {
    throw new UsageError(`--default-namespace "${defaultNamespace}" is not a valid namespace name`);
  }
  const kustomizeCommand = values['kustomize-command'];
  if (kustomizeCommand !== 'auto' && kustomizeCommand !== 'kustomize' && kustomizeCommand !== 'kubectl')
    throw new UsageError(`--kustomize-command "${kustomizeCommand}" is not one of auto, kustomize, kubectl`);
  const clusters = values.clusters;
  if (clusters !== 'merged' && clusters !== 'separate')
    throw new UsageError(`--clusters "${clusters}" is not merged or separate`);
  if (clusters === 'separate' && (values.kustomize ?? []).length === 0)
    throw new UsageError('--clusters separate needs --kustomize: each kustomization is one cluster');
  const failOn = parseFailOn(values['fail-on'] ?? []);
  if ('problem' in failOn) throw new UsageError(`--fail-on: ${failOn.problem}`);
  const common: CommonOptions = {
    format,
    kustomize: values.kustomize ?? [],
    kustomizeCommand,
    clusters,
    ipBlockSelectsPods: values['ipblock-selects-pods'],
    podCidrs,
    defaultNamespace,
    failOn: failOn.conditions,
    failOnListed: (values['fail-on'] ?? []).length > 0,
    config: values.config,
    verbose: values.verbose,
  };
  const [command, ...args] = positionals;
  if (command === undefined) throw new UsageError('no command given: use reach, diff or check');
  if (command === 'check') {
    if (values.git) throw new UsageError('--git goes with diff, not check');
    if (args.length === 0) throw new UsageError('check needs at least one PATH');
    if (common.clusters === 'separate') throw new UsageError('--clusters separate goes with diff, not check');
    if (common.kustomize.length > 0 && args.length !== 1)
      throw new UsageError('--kustomize goes with one PATH, the directory the kustomizations are in');
    const changeCondition = common.failOn.find((c) => c === 'opened' || c === 'any-change');
    if (changeCondition !== undefined)
      throw new UsageError(`--fail-on ${changeCondition} goes with diff; check evaluates one revision`);
    return { command: 'check', paths: args, ...common };
  }
  if (command === 'reach') {
    if (values.git) throw new UsageError('--git goes with diff, not reach');
    if (format === 'sarif') throw new UsageError('--format sarif goes with diff and check (reach has no findings)');
    if (values.config !== undefined) throw new UsageError('--config goes with diff and check, not reach');
    const changeCondition = common.failOn.find((c) => c !== 'incomplete');
    if (changeCondition !== undefined)
      throw new UsageError(
        `--fail-on ${changeCondition} goes with diff; reach shows no change (use --fail-on incomplete)`,
      );
    if (args.length === 0) throw new UsageError('reach needs at least one PATH');
    if (common.kustomize.length > 0 && args.length !== 1)
      throw new UsageError('--kustomize goes with one PATH, the directory the kustomizations are in');
    return { command: 'reach', paths: args, ...common };
  }
  if (command === 'diff') {
    if (values.git) {
      const [baseRef, ...rest] = args;
      if (baseRef === undefined) throw new UsageError('diff --git needs a BASE_REF');
      return { command: 'diff-git', baseRef, rest, pathsOnly: beforeTerminator <= 2, ...common };
    }
    if (args.length !== 2)
      throw new UsageError('diff needs exactly two paths: BASE_PATH HEAD_PATH (or --git BASE_REF [HEAD_REF])');
    return { command: 'diff', base: args[0] as string, head: args[1] as string, ...common };
  }
  throw new UsageError(`unknown command "${command}"`);
}
