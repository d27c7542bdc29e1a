// Decides what to do with the pull request's comments, from plain values: create, update in
// place, recreate, or leave alone. Pure, so every case is a test with literals.
import type { CommentMode, CommentOnNoChange } from './inputs.js';
import { readMarker } from './comment-marker.js';

export interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

export type CommentAction =
  | { readonly kind: 'none'; readonly reason: string; readonly existing?: ExistingComment }
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly existing: ExistingComment }
  | { readonly kind: 'recreate'; readonly existing: readonly ExistingComment[] };

export interface CommentSituation {
  readonly mode: CommentMode;
  readonly onNoChange: CommentOnNoChange;
  readonly key: string;
  /** Whether the report has any change (or anything else worth saying, such as errors). */
  readonly hasChanges: boolean;
  /** The body this run would write (its first line is the marker). */
  readonly body: string;
  readonly comments: readonly ExistingComment[];
  /** False when the pull request's head has moved past the head this run evaluated. */
  readonly isCurrentHead: boolean;
}

export function planComment(s: CommentSituation): CommentAction {
  if (s.mode === 'off') return { kind: 'none', reason: 'comment: off' };
  const ours = s.comments.filter((c) => readMarker(c.body)?.key === s.key);
  const existing = ours[ours.length - 1];
  if (!s.isCurrentHead)
    return {
      kind: 'none',
      reason: 'the pull request has a newer head; that run reports it',
      ...(existing ? { existing } : {}),
    };
  if (!s.hasChanges) {
    if (s.onNoChange === 'never')
      return {
        kind: 'none',
        reason: 'no reachability changes (comment-on-no-change: never)',
        ...(existing ? { existing } : {}),
      };
    if (s.onNoChange === 'update-existing' && existing === undefined)
      return { kind: 'none', reason: 'no reachability changes and no earlier comment' };
  }
  if (existing === undefined) return { kind: 'create' };
  if (s.mode === 'recreate') return { kind: 'recreate', existing: ours };
  if (existing.body === s.body) return { kind: 'none', reason: 'the comment is already up to date', existing };
  return { kind: 'update', existing };
}
