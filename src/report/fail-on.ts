// When a run fails (DESIGN §5 `--fail-on`, the action's `fail-on` input): the conditions a user
// can list, how a list is read, and which of them a diff meets. The shells turn a bad list into
// their own error (a usage error, an input error) and the met reasons into their exit status.
import type { DiffSummary } from './summary.js';

/** `opened`: some path opened; `any-change`: some path opened or closed; `incomplete`: some
 * manifest could not be read or was rejected, so the verdict is incomplete; `violated`: the
 * change newly violates an assertion of the repository config (for `check`: some assertion is
 * violated); `finding`: the change introduces a finding. */
export type FailOnCondition = 'opened' | 'any-change' | 'incomplete' | 'violated' | 'finding';

/** What a list may hold: `never` (alone), the conditions, and `error`, the first name of
 * `incomplete`, kept for existing workflows. */
const FAIL_ON_VALUES = ['never', 'opened', 'any-change', 'incomplete', 'violated', 'finding', 'error'] as const;

/**
 * Reads a list such as `opened, incomplete` (items split on commas and lines, blanks ignored).
 * Returns the conditions (none for `never` or an empty list), or what is wrong with the list.
 */
export function parseFailOn(
  items: readonly string[],
): { conditions: readonly FailOnCondition[] } | { problem: string } {
  const words = items
    .flatMap((item) => item.split(/[\n,]/))
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const conditions = new Set<FailOnCondition>();
  for (const word of words) {
    if (!(FAIL_ON_VALUES as readonly string[]).includes(word))
      return { problem: `"${word}" is not one of ${FAIL_ON_VALUES.join(', ')}` };
    if (word === 'never') continue;
    conditions.add(word === 'error' ? 'incomplete' : (word as FailOnCondition));
  }
  if (words.includes('never') && conditions.size > 0)
    return { problem: `"never" cannot be listed with ${[...conditions].join(', ')}` };
  return { conditions: [...conditions] };
}

/** What the conditions are decided on: a diff's summary, or for `reach` no paths changed; with
 * a repository config, its counts (see `guardrailCounts`). */
export type FailOnSummary = Pick<DiffSummary, 'opened' | 'closed' | 'incomplete' | 'unreadableFiles'> &
  Partial<Pick<DiffSummary, 'loosened' | 'restricted' | 'exposureOpened' | 'exposureClosed'>> &
  Partial<GuardrailCounts>;

/** What a repository config found: assertions newly violated (for `check`, violated), findings
 * introduced, and the config's own errors. */
export interface GuardrailCounts {
  /** Assertions newly violated (with `oneRevision`, for `check`: violated). */
  readonly violations: number;
  readonly oneRevision: boolean;
  readonly newFindings: number;
  readonly configErrors: number;
}

/** The conditions in force: those listed, or with no `fail-on` given and a config that has
 * assertions, `violated` (a new violation fails the check). */
export function effectiveFailOn(
  listed: readonly FailOnCondition[] | undefined,
  hasAssertions: boolean,
): readonly FailOnCondition[] {
  if (listed !== undefined) return listed;
  return hasAssertions ? ['violated'] : [];
}

/** The reasons to fail, one per listed condition the report meets (none: the run passes). */
export function failureReasons(conditions: readonly FailOnCondition[], s: FailOnSummary): string[] {
  const reasons: string[] = [];
  // A lifted L7 or DNS restriction allows more requests: it counts as opened. So does exposure
  // that opened towards peers a cluster can get (a namespace labelled as a selector admits),
  // said on its own when no path between the manifests' workloads opened.
  const opened = s.opened + (s.loosened ?? 0);
  const closed = s.closed + (s.restricted ?? 0) - (s.loosened ?? 0);
  const exposed = s.exposureOpened ?? 0;
  const exposure = `exposure opened towards ${exposed} ${exposed === 1 ? 'peer' : 'peers'} beyond the manifests' workloads`;
  if (conditions.includes('opened') && opened > 0)
    reasons.push(`${opened} ${opened === 1 ? 'path was' : 'paths were'} opened`);
  else if (conditions.includes('opened') && exposed > 0) reasons.push(exposure);
  if (conditions.includes('any-change') && opened + closed > 0 && !(conditions.includes('opened') && closed === 0)) {
    reasons.push(`${opened} ${opened === 1 ? 'path' : 'paths'} opened and ${closed} closed`);
  } else if (
    conditions.includes('any-change') &&
    opened + closed === 0 &&
    exposed + (s.exposureClosed ?? 0) > 0 &&
    !conditions.includes('opened')
  ) {
    reasons.push(
      `exposure changed towards peers beyond the manifests' workloads (${exposed} opened, ${s.exposureClosed ?? 0} closed)`,
    );
  }
  if (conditions.includes('incomplete') && s.incomplete) {
    const files = s.unreadableFiles === 1 ? '1 manifest file' : `${s.unreadableFiles} manifest files`;
    reasons.push(
      `${files} could not be read or ${s.unreadableFiles === 1 ? 'was' : 'were'} rejected, so the verdict is incomplete`,
    );
  }
  if (conditions.includes('violated') && (s.violations ?? 0) > 0)
    reasons.push(
      `${s.violations} ${s.violations === 1 ? 'assertion is' : 'assertions are'} ${s.oneRevision === true ? '' : 'newly '}violated`,
    );
  if (conditions.includes('finding') && (s.newFindings ?? 0) > 0)
    reasons.push(
      `${s.newFindings} ${s.oneRevision === true ? '' : 'new '}${s.newFindings === 1 ? 'finding' : 'findings'}`,
    );
  return reasons;
}

/** A config with errors fails the run whatever `fail-on` says: a guardrail that silently does
 * nothing is worse than none. */
export function configFailure(s: Partial<GuardrailCounts>): string | undefined {
  const n = s.configErrors ?? 0;
  return n === 0
    ? undefined
    : `the repository config has ${n} ${n === 1 ? 'error' : 'errors'}, so its assertions were not all checked`;
}
