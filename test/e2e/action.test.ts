// End to end: the bundled action against a fake GitHub API and a real git repository.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { createRepo, demoFiles, pullRequestEvent, runAction, type Repo } from './harness.js';

const PR = 7;
let repo: Repo;
let api: FakeGitHub;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  repo = createRepo();
  baseSha = repo.commit('main', { ...demoFiles('base'), 'README.md': '# cluster\n' });
  headSha = repo.commit('feature', demoFiles('head'));
  api = await startFakeGitHub(repo.origin);
});
afterAll(async () => {
  await api.close();
  repo.cleanup();
});
beforeEach(() => {
  api.comments.clear();
  api.requests.length = 0;
  api.faults = [];
  api.pulls.set(PR, { number: PR, headSha, baseSha, baseRef: 'main' });
});

const run = (
  inputs: Record<string, string> = {},
  options: { workspace?: string; event?: object; eventName?: string } = {},
) =>
  runAction({
    apiUrl: api.url,
    workspace: options.workspace ?? repo.checkout(headSha),
    event: options.event ?? pullRequestEvent(PR, baseSha, headSha),
    inputs,
    ...(options.eventName ? { eventName: options.eventName } : {}),
  });
const writes = () => api.requests.filter((r) => !r.startsWith('GET '));
const bodies = () => (api.comments.get(PR) ?? []).map((c) => c.body);

describe('the action on a pull request', () => {
  it('first run creates the comment, with outputs, summary and annotations', async () => {
    const result = await run();
    expect(result.code, result.stdout).toBe(0);
    expect(bodies()).toHaveLength(1);
    const body = bodies()[0] as string;
    expect(body.split('\n')[0]).toBe(`<!-- netreach:comment key="default" base="${baseSha}" head="${headSha}" -->`);
    expect(body).toContain('### netreach: 2 paths opened, 0 closed');
    expect(result.stdout).toMatch(
      /netreach: parse \d+\.\d s, evaluate \d+\.\d s, diff \d+\.\d s, render \d+\.\d s \(\d+ workloads, \d+ policies, 2 changes\)/,
    );
    expect(body).toContain('`team-one/pod-2 can now reach team-two/pod-3:TCP`');
    expect(body).toContain(`(https://github.com/acme/cluster/blob/${headSha}/k8s/policies/team-two.yaml#L48)`);
    expect(result.outputs).toMatchObject({ changed: 'true', 'opened-count': '2', 'closed-count': '0' });
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(result.summary).toContain('team-one/pod-1 can now reach team-one/pod-2');
    expect(
      result.annotations.filter((a) => a.level === 'warning').map((a) => `${a.props.file}:${a.props.line}`),
    ).toContain('k8s/policies/team-two.yaml:48');
    expect(result.stdout).toContain('source auto chose git');
  });

  it('an identical re-run writes nothing', async () => {
    await run();
    const before = writes().length;
    const again = await run();
    expect(again.code).toBe(0);
    expect(writes().length).toBe(before);
    expect(again.stdout).toContain('already up to date');
  });

  it('a new head updates the comment in place', async () => {
    await run();
    const newHead = repo.commit('feature', {
      'k8s/policies/team-two.yaml': demoFiles('base')['k8s/policies/team-two.yaml'] as string,
    });
    api.pulls.set(PR, { number: PR, headSha: newHead, baseSha, baseRef: 'main' });
    const result = await run({}, { workspace: repo.checkout(newHead), event: pullRequestEvent(PR, baseSha, newHead) });
    expect(result.code).toBe(0);
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain(`head="${newHead}"`);
    expect(bodies()[0]).toContain('1 path opened');
    expect(writes().filter((w) => w.startsWith('PATCH'))).toHaveLength(1);
  });

  it('an older run never overwrites the result of a newer head', async () => {
    await run();
    const newer = repo.commit('feature', { 'notes.txt': 'x' });
    api.pulls.set(PR, { number: PR, headSha: newer, baseSha, baseRef: 'main' });
    const before = bodies()[0];
    const stale = await run(
      { 'comment-key': 'default', 'fail-on': 'never' },
      { event: pullRequestEvent(PR, baseSha, headSha) },
    );
    expect(stale.code).toBe(0);
    expect(bodies()[0]).toBe(before);
    expect(stale.stdout).toContain('newer head');
  });

  it('with nothing relevant changed it ends within seconds with a notice', async () => {
    const docsOnly = repo.commit('docs', {
      'README.md': '# cluster\n\nMore words.\n',
      'config/app.yaml': 'replicas: 3\n',
    });
    api.pulls.set(8, { number: 8, headSha: docsOnly, baseSha, baseRef: 'main' });
    const result = await run({}, { workspace: repo.checkout(docsOnly), event: pullRequestEvent(8, baseSha, docsOnly) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::notice::netreach: no policy, namespace or workload manifest changed/);
    expect(result.outputs).toMatchObject({ changed: 'false', 'opened-count': '0' });
    expect(api.comments.get(8) ?? []).toEqual([]);
    expect(result.seconds).toBeLessThan(10);
  });

  it('no change with an earlier comment says so in that comment', async () => {
    await run();
    const reverted = repo.commit('feature', demoFiles('base'));
    api.pulls.set(PR, { number: PR, headSha: reverted, baseSha, baseRef: 'main' });
    const result = await run(
      {},
      { workspace: repo.checkout(reverted), event: pullRequestEvent(PR, baseSha, reverted) },
    );
    expect(result.code).toBe(0);
    expect(bodies()).toHaveLength(1);
    expect(bodies()[0]).toContain(`no reachability changes as of [\`${reverted.slice(0, 7)}\`]`);
    // Restore the feature branch for the other tests.
    const restored = repo.commit('feature', demoFiles('head'));
    headSha = restored;
    api.pulls.set(PR, { number: PR, headSha, baseSha, baseRef: 'main' });
  });

  it('a fork pull request (403 on commenting) keeps summary, annotations and result', async () => {
    api.faults.push({ method: 'POST', pattern: /\/comments$/, status: 403, times: 10 });
    const result = await run({ 'fail-on': 'never' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::warning::netreach: cannot comment on #7: .*pull-requests: write/);
    expect(result.summary).toContain('2 paths opened');
    expect(result.annotations.some((a) => a.level === 'warning' && a.props.file === 'k8s/policies/team-two.yaml')).toBe(
      true,
    );
  });

  it('the api source reads both revisions with nothing checked out', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'netreach-empty-'));
    const result = await run({}, { workspace: empty });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('source auto chose api');
    expect(bodies()[0]).toContain('`team-one/pod-2 can now reach team-two/pod-3:TCP`');
    expect(api.requests.filter((r) => r.includes('/git/trees/'))).toHaveLength(2);
    // Base and head share most files: each blob is fetched once.
    const blobs = api.requests.filter((r) => r.includes('/git/blobs/'));
    expect(new Set(blobs).size).toBe(blobs.length);
  });

  it('fail-on: opened fails the job when a path opens', async () => {
    const result = await run({ 'fail-on': 'opened' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::netreach: 2 paths were opened (fail-on: opened)');
    expect(bodies()).toHaveLength(1);
  });

  it('a manifest with a YAML error is annotated with its file and line', async () => {
    const broken = repo.commit('broken', {
      ...demoFiles('head'),
      'k8s/policies/broken.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: [oops\n',
    });
    api.pulls.set(9, { number: 9, headSha: broken, baseSha, baseRef: 'main' });
    const result = await run(
      { 'fail-on': 'error' },
      { workspace: repo.checkout(broken), event: pullRequestEvent(9, baseSha, broken) },
    );
    expect(result.code).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error' && a.props.file === 'k8s/policies/broken.yaml');
    expect(error?.props.line).toBe('5');
    expect(error?.message).toContain('YAML syntax error');
    expect(api.comments.get(9)?.[0]?.body).toContain('1 manifest file could not be read in full');
  });

  it('two comment keys coexist', async () => {
    await run({ 'comment-key': 'prod' });
    await run({ 'comment-key': 'staging', paths: 'k8s/**/*.yaml' });
    expect(bodies()).toHaveLength(2);
    expect(bodies().map((b) => /key="(\w+)"/.exec(b)?.[1])).toEqual(['prod', 'staging']);
    await run({ 'comment-key': 'prod' });
    expect(bodies()).toHaveLength(2);
  });

  it('recreate deletes the earlier comment and writes a new one', async () => {
    await run();
    const first = api.comments.get(PR)?.[0]?.id;
    const changedHead = repo.commit('feature', {
      'k8s/policies/extra.yaml':
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: kube-system}\nspec: {}\n',
    });
    headSha = changedHead;
    api.pulls.set(PR, { number: PR, headSha, baseSha, baseRef: 'main' });
    await run(
      { comment: 'recreate' },
      { workspace: repo.checkout(headSha), event: pullRequestEvent(PR, baseSha, headSha) },
    );
    expect(api.comments.get(PR)).toHaveLength(1);
    expect(api.comments.get(PR)?.[0]?.id).not.toBe(first);
    expect(writes().some((w) => w.startsWith('DELETE'))).toBe(true);
  });

  it('retries a failing API call', async () => {
    api.faults.push({ method: 'GET', pattern: /\/pulls\/7$/, status: 502, times: 1 });
    const result = await run();
    expect(result.code, result.stdout).toBe(0);
    expect(api.requests.filter((r) => r === 'GET /repos/acme/cluster/pulls/7').length).toBeGreaterThan(1);
  });

  it('workflow_run with pr-number comments on that pull request', async () => {
    const event = { workflow_run: { head_sha: headSha, pull_requests: [] } };
    const result = await run(
      { 'pr-number': String(PR), source: 'api' },
      { eventName: 'workflow_run', event, workspace: mkdtempSync(path.join(tmpdir(), 'netreach-wr-')) },
    );
    expect(result.code, result.stdout).toBe(0);
    expect(bodies()).toHaveLength(1);
  });

  it('a bad input fails with a message naming it', async () => {
    const result = await run({ 'fail-on': 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'input fail-on is "sometimes": "sometimes" is not one of never, opened, any-change, incomplete',
    );
  });
});

describe('an oversized report', () => {
  it('degrades to fit GitHub’s comment limit and points to the job summary', async () => {
    const n = 300;
    const workloads = Array.from(
      { length: n },
      (_, i) =>
        `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w-${i}, namespace: big}\nspec:\n  selector: {matchLabels: {app: w-${i}}}\n  template:\n    metadata: {labels: {app: w-${i}}}\n    spec: {containers: [{name: c, image: x}]}\n`,
    ).join('');
    const deny =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: big}\nspec: {podSelector: {}}\n';
    const allows = Array.from(
      { length: n },
      (_, i) =>
        `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: allow-${i}, namespace: big}\nspec:\n  podSelector: {matchLabels: {app: w-${i}}}\n  ingress: [{from: [{podSelector: {}}], ports: [{port: ${1000 + i}}]}]\n`,
    ).join('');
    const bigBase = repo.commit('big-base', { 'big/workloads.yaml': workloads, 'big/deny.yaml': deny });
    const bigHead = repo.commit('big-head', { 'big/allows.yaml': allows }, 'big-base');
    api.pulls.set(11, { number: 11, headSha: bigHead, baseSha: bigBase, baseRef: 'big-base' });
    const result = await run({}, { workspace: repo.checkout(bigHead), event: pullRequestEvent(11, bigBase, bigHead) });
    expect(result.code, result.stdout).toBe(0);
    const body = api.comments.get(11)?.[0]?.body as string;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(
      'This report was shortened to fit; the full report is in the [job summary](https://github.com/acme/cluster/actions/runs/99)',
    );
    expect(body).toContain(`${n * n} paths opened`);
    expect(result.summary.length).toBeGreaterThan(body.length);
  });
});

describe('kustomize', () => {
  it('renders the overlays of both revisions and reports what a commonLabels change closed', async () => {
    const files = (which: string) => {
      const out: Record<string, string> = {};
      const walk = (dir: string, rel: string) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
          else out[`${rel}${e.name}`] = readFileSync(path.join(dir, e.name), 'utf8');
        }
      };
      walk(path.resolve(__dirname, '../../fixtures/kustomize-commonlabels', which), '');
      return out;
    };
    const base = repo.commit('kz-main', files('base'), 'main');
    const head = repo.commit(
      'kz-feature',
      { 'apps/overlays/prod/kustomization.yaml': files('head')['apps/overlays/prod/kustomization.yaml'] as string },
      'kz-main',
    );
    api.pulls.set(21, { number: 21, headSha: head, baseSha: base, baseRef: 'kz-main' });
    const result = await run(
      { kustomize: 'apps/overlays/*' },
      { workspace: repo.checkout(head), event: pullRequestEvent(21, base, head) },
    );
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /rendering apps\/overlays\/prod, apps\/overlays\/staging with (kubectl kustomize|kustomize)/,
    );
    const body = api.comments.get(21)?.[0]?.body ?? '';
    expect(body).toContain('`monitoring/prometheus can no longer reach shop-prod/prod-api:TCP 9090`');
    expect(body).toContain(`/blob/${base}/apps/base/api-policy.yaml#L19`);

    // A change to a file only an overlay uses (a patch) counts as relevant.
    const patched = repo.commit(
      'kz-patch',
      {
        'apps/overlays/staging/kustomization.yaml': `${files('base')['apps/overlays/staging/kustomization.yaml']}patches:\n  - path: replicas.yaml\n`,
        'apps/overlays/staging/replicas.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {replicas: 3}\n',
      },
      'kz-main',
    );
    api.pulls.set(22, { number: 22, headSha: patched, baseSha: base, baseRef: 'kz-main' });
    const second = await run(
      { kustomize: 'apps/overlays/*', 'comment-on-no-change': 'always' },
      { workspace: repo.checkout(patched), event: pullRequestEvent(22, base, patched) },
    );
    expect(second.stdout).not.toContain('nothing to evaluate');
    expect(api.comments.get(22)?.[0]?.body).toContain('no reachability changes');

    // Each overlay as a cluster of its own: one section each.
    api.comments.delete(21);
    const separate = await run(
      { kustomize: 'apps/overlays/*', clusters: 'separate' },
      { workspace: repo.checkout(head), event: pullRequestEvent(21, base, head) },
    );
    expect(separate.code, separate.stdout).toBe(0);
    const sections = api.comments.get(21)?.[0]?.body ?? '';
    expect(sections).toContain('### netreach: 0 paths opened, 1 closed in 2 clusters');
    expect(sections).toContain('#### `apps/overlays/prod`: 0 paths opened, 1 closed');
    expect(sections).toContain('#### `apps/overlays/staging`: no reachability changes');
    expect(separate.outputs['closed-count']).toBe('1');

    // Without the input, a changed kustomization.yaml gets a notice suggesting it.
    const third = await run({}, { workspace: repo.checkout(head), event: pullRequestEvent(21, base, head) });
    expect(third.stdout).toContain('set the kustomize input');
  });
  it('refuses the api source, which checks nothing out', async () => {
    const result = await run(
      { kustomize: 'apps/overlays/*', source: 'api' },
      { workspace: mkdtempSync(path.join(tmpdir(), 'netreach-kapi-')) },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the kustomize input needs the repository checked out');
  });
});
