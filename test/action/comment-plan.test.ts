import { describe, expect, it } from 'vitest';
import { readMarker, writeMarker } from '../../src/action/comment-marker.js';
import { planComment, type CommentSituation } from '../../src/action/comment-plan.js';

const marker = (key: string, head = 'aa') => writeMarker({ key, base: 'bb', head });
const comment = (id: number, body: string) => ({ id, body, url: `u${id}` });
const situation = (over: Partial<CommentSituation>): CommentSituation => ({
  mode: 'update',
  onNoChange: 'update-existing',
  key: 'default',
  hasChanges: true,
  body: `${marker('default')}\nnew`,
  comments: [],
  isCurrentHead: true,
  ...over,
});

describe('comment marker', () => {
  it('round-trips', () =>
    expect(readMarker(`${marker('prod')}\nbody`)).toEqual({ key: 'prod', base: 'bb', head: 'aa' }));
  it('is only recognised on the first line', () => expect(readMarker(`hello\n${marker('prod')}`)).toBeUndefined());
  it('ignores other comments', () => expect(readMarker('<!-- something else -->')).toBeUndefined());
});

describe('comment plan', () => {
  it('creates a comment when there is none', () => expect(planComment(situation({})).kind).toBe('create'));
  it('updates our comment of the same key in place', () => {
    const ours = comment(2, `${marker('default')}\nold`);
    expect(planComment(situation({ comments: [comment(1, 'hi'), ours, comment(3, `${marker('other')}\nx`)] }))).toEqual(
      { kind: 'update', existing: ours },
    );
  });
  it('writes nothing when the body is unchanged', () => {
    const body = `${marker('default')}\nsame`;
    expect(planComment(situation({ body, comments: [comment(2, body)] })).kind).toBe('none');
  });
  it('writes nothing for a stale head', () =>
    expect(planComment(situation({ isCurrentHead: false })).kind).toBe('none'));
  it('recreate deletes every comment of the key', () => {
    const a = comment(2, `${marker('default')}\nold`);
    expect(planComment(situation({ mode: 'recreate', comments: [a] }))).toEqual({ kind: 'recreate', existing: [a] });
  });
  it('off never comments', () => expect(planComment(situation({ mode: 'off' })).kind).toBe('none'));
  it('no change and no earlier comment: none (update-existing)', () =>
    expect(planComment(situation({ hasChanges: false })).kind).toBe('none'));
  it('no change with an earlier comment: update it (update-existing)', () => {
    expect(
      planComment(situation({ hasChanges: false, comments: [comment(2, `${marker('default')}\nold`)] })).kind,
    ).toBe('update');
  });
  it('no change: always creates, never leaves alone', () => {
    expect(planComment(situation({ hasChanges: false, onNoChange: 'always' })).kind).toBe('create');
    expect(
      planComment(
        situation({ hasChanges: false, onNoChange: 'never', comments: [comment(2, `${marker('default')}\nold`)] }),
      ).kind,
    ).toBe('none');
  });
});
