// Reads, parses and validates every input of action.yml once, into one readonly value of
// closed unions, numbers and arrays (STYLE §2.3). Nothing else reads inputs.
import type { IpRange } from '../model/ip.js';
import { parseCidr } from '../net/cidr.js';
import { parseFailOn, type FailOnCondition } from '../report/fail-on.js';

export type Source = 'auto' | 'git' | 'api' | 'dirs';
export type CommentMode = 'update' | 'recreate' | 'off';
export type CommentOnNoChange = 'update-existing' | 'always' | 'never';

export interface ActionInputs {
  readonly githubToken: string;
  /** Globs of manifest files, relative to the repository top (or to base-dir/head-dir). */
  readonly paths: readonly string[];
  readonly excludePaths: readonly string[];
  readonly source: Source;
  readonly baseDir: string | undefined;
  readonly headDir: string | undefined;
  readonly baseRef: string | undefined;
  readonly headRef: string | undefined;
  readonly prNumber: number | undefined;
  readonly comment: CommentMode;
  /** Tells comments apart when several runs comment on one pull request. */
  readonly commentKey: string;
  readonly commentOnNoChange: CommentOnNoChange;
  /** What fails the job: some path opened, some path opened or closed, some input unreadable
   * or rejected. Empty (`never`): only an error does. */
  readonly failOn: readonly FailOnCondition[];
  /** Whether fail-on was set: without it, a repository config with assertions fails the job on a
   * new violation. */
  readonly failOnListed: boolean;
  /** The repository config, relative to the workspace; `configRequired` when it was set (then it
   * must exist), else the default `.netreach.yaml`, used only if it is there. */
  readonly config: string;
  readonly configRequired: boolean;
  readonly annotations: boolean;
  readonly ipBlockSelectsPods: boolean;
  readonly podCidrs: readonly IpRange[];
  readonly defaultNamespace: string;
  /** Kustomization directories to render (globs allowed), relative to the repository top (or
   * to base-dir/head-dir). */
  readonly kustomize: readonly string[];
  /** `separate`: each kustomization is a cluster of its own, with its own report section. */
  readonly clusters: 'merged' | 'separate';
}

export class InputError extends Error {}

export const DEFAULT_PATHS = ['**/*.yaml', '**/*.yml', '**/*.json'];

/** `getInput` returns the raw value of an input ('' when not set), as core.getInput does. */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const text = (name: string) => getInput(name).trim();
  const optional = (name: string) => (text(name) === '' ? undefined : text(name));
  const list = (name: string, fallback: readonly string[]) => {
    const items = text(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
    return items.length === 0 ? fallback : items;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name) || fallback;
    if (!(allowed as readonly string[]).includes(value))
      throw new InputError(`input ${name} is "${value}"; use one of ${allowed.join(', ')}`);
    return value as T;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = text(name).toLowerCase();
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(`input ${name} is "${text(name)}"; use true or false`);
  };

  const prText = optional('pr-number');
  let prNumber: number | undefined;
  if (prText !== undefined) {
    prNumber = Number(prText);
    if (!Number.isInteger(prNumber) || prNumber <= 0)
      throw new InputError(`input pr-number is "${prText}"; use the pull request's number, e.g. 42`);
  }
  const commentKey = text('comment-key') || 'default';
  if (!/^[A-Za-z0-9._/-]{1,64}$/.test(commentKey))
    throw new InputError(`input comment-key is "${commentKey}"; use up to 64 letters, digits, '.', '_', '-' or '/'`);
  const podCidrs = list('pod-cidrs', []).map((c) => {
    const cidr = parseCidr(c);
    if (cidr === undefined)
      throw new InputError(`input pod-cidrs has "${c}", which is not a CIDR; use e.g. 10.244.0.0/16`);
    return cidr.range;
  });
  const defaultNamespace = text('default-namespace') || 'default';
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(defaultNamespace) || defaultNamespace.length > 63) {
    throw new InputError(`input default-namespace is "${defaultNamespace}", which is not a valid namespace name`);
  }
  const source = oneOf<Source>('source', ['auto', 'git', 'api', 'dirs'], 'auto');
  const clusters = oneOf<'merged' | 'separate'>('clusters', ['merged', 'separate'], 'merged');
  if (clusters === 'separate' && list('kustomize', []).length === 0)
    throw new InputError('clusters: separate needs the kustomize input (each kustomization is one cluster)');
  const baseDir = optional('base-dir');
  const headDir = optional('head-dir');
  if ((baseDir === undefined) !== (headDir === undefined))
    throw new InputError('inputs base-dir and head-dir go together: set both, or neither');
  if (source === 'dirs' && baseDir === undefined) throw new InputError('source: dirs needs base-dir and head-dir');
  const failOn = parseFailOn([text('fail-on')]);
  if ('problem' in failOn)
    throw new InputError(
      `input fail-on is "${text('fail-on')}": ${failOn.problem}; use never, or a list such as "opened, incomplete"`,
    );
  const config = text('config');
  if (config.split(/[\\/]/).includes('..') || config.startsWith('/'))
    throw new InputError(`input config is "${config}"; use a path inside the workspace, e.g. .netreach.yaml`);
  return {
    githubToken: text('github-token'),
    paths: list('paths', DEFAULT_PATHS),
    excludePaths: list('exclude-paths', []),
    source,
    baseDir,
    headDir,
    baseRef: optional('base-ref'),
    headRef: optional('head-ref'),
    prNumber,
    comment: oneOf<CommentMode>('comment', ['update', 'recreate', 'off'], 'update'),
    commentKey,
    commentOnNoChange: oneOf<CommentOnNoChange>(
      'comment-on-no-change',
      ['update-existing', 'always', 'never'],
      'update-existing',
    ),
    failOn: failOn.conditions,
    failOnListed: text('fail-on') !== '',
    config: text('config') || '.netreach.yaml',
    configRequired: text('config') !== '' && text('config') !== '.netreach.yaml',
    annotations: bool('annotations', true),
    ipBlockSelectsPods: bool('ipblock-selects-pods', false),
    podCidrs,
    defaultNamespace,
    kustomize: list('kustomize', []),
    clusters,
  };
}
