import { describe, expect, it } from 'vitest';
import { EventError, planRevisions, readRunContext } from '../../src/action/event.js';

const env = {
  GITHUB_REPOSITORY: 'acme/cluster',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '5',
  GITHUB_WORKSPACE: '/w',
};
const none = { prNumber: undefined, baseRef: undefined, headRef: undefined };

describe('revision selection', () => {
  it('pull_request: head is the PR head and base the tip of its base branch (the merge base is found from it), never GITHUB_SHA', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'merge' },
      { pull_request: { number: 3, head: { sha: 'h' }, base: { sha: 'b', ref: 'main' } } },
    );
    expect(planRevisions(context, none)).toEqual({
      prNumber: 3,
      headSha: 'h',
      baseSha: 'b',
      baseRef: undefined,
      headRef: undefined,
    });
  });
  it('pull_request_target reads the same payload', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target' },
      { pull_request: { number: 3, head: { sha: 'h' }, base: { sha: 'b' } } },
    );
    expect(planRevisions(context, none)).toMatchObject({ prNumber: 3, headSha: 'h', baseSha: 'b' });
  });
  it('workflow_run: the run head and its pull request; the base is looked up', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      { workflow_run: { head_sha: 'h', pull_requests: [{ number: 9 }] } },
    );
    expect(planRevisions(context, none)).toMatchObject({ prNumber: 9, headSha: 'h', baseSha: undefined });
  });
  it('workflow_run from a fork has no pull request in the payload: pr-number gives it', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      { workflow_run: { head_sha: 'h', pull_requests: [] } },
    );
    expect(planRevisions(context, { ...none, prNumber: 12 })).toMatchObject({ prNumber: 12, headSha: 'h' });
  });
  it('workflow_dispatch needs pr-number or refs', () => {
    const context = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, {});
    expect(() => planRevisions(context, none)).toThrow(EventError);
    expect(planRevisions(context, { ...none, baseRef: 'main', headRef: 'dev' })).toMatchObject({
      prNumber: undefined,
      baseRef: 'main',
      headRef: 'dev',
    });
  });
  it('explicit refs are kept beside the pull request', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { pull_request: { number: 3, head: { sha: 'h' }, base: { sha: 'b' } } },
    );
    expect(planRevisions(context, { ...none, baseRef: 'v1.0' })).toMatchObject({ prNumber: 3, baseRef: 'v1.0' });
  });
  it('the run URL is built from the server, repository and run id', () => {
    expect(readRunContext(env, {}).runUrl).toBe('https://github.com/acme/cluster/actions/runs/5');
  });
});
