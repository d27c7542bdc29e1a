// A stateful fake of the parts of the GitHub REST API that netreach uses, on 127.0.0.1. Git
// questions (trees, blobs, merge bases) are answered from a real bare repository, so the fake
// agrees with what git says. Faults can be injected per route.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

export interface FakePull {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
}

export interface FakeGitHub {
  readonly url: string;
  readonly comments: Map<number, FakeComment[]>;
  readonly pulls: Map<number, FakePull>;
  /** Every request, as `METHOD /path`. */
  readonly requests: string[];
  /** Answer the next matching requests with this status (e.g. 403 on comment writes, 502 once). */
  faults: { method: string; pattern: RegExp; status: number; times: number }[];
  close(): Promise<void>;
}

export async function startFakeGitHub(originRepo: string, owner = 'acme', repo = 'cluster'): Promise<FakeGitHub> {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: originRepo, encoding: 'utf8', maxBuffer: 1 << 28 });
  const comments = new Map<number, FakeComment[]>();
  const pulls = new Map<number, FakePull>();
  const requests: string[] = [];
  let nextId = 1000;
  const state: FakeGitHub = {
    url: '',
    comments,
    pulls,
    requests,
    faults: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const prefix = `/repos/${owner}/${repo}`;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      requests.push(`${method} ${url.pathname}`);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const fault = state.faults.find((f) => f.method === method && f.pattern.test(url.pathname) && f.times > 0);
      if (fault !== undefined) {
        fault.times--;
        return send(fault.status, {
          message: fault.status === 403 ? 'Resource not accessible by integration' : 'Server Error',
        });
      }
      if (req.headers.authorization !== 'token test-token' && req.headers.authorization !== 'Bearer test-token')
        return send(401, { message: 'Bad credentials' });
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
      if (path === undefined) return send(404, { message: 'Not Found' });
      const body = raw === '' ? {} : JSON.parse(raw);
      let m: RegExpExecArray | null;
      try {
        if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(path))) {
          const pr = pulls.get(Number(m[1]));
          if (pr === undefined) return send(404, { message: 'Not Found' });
          return send(200, {
            number: pr.number,
            head: { sha: pr.headSha, ref: 'feature', repo: { full_name: `${owner}/${repo}` } },
            base: { sha: pr.baseSha, ref: pr.baseRef },
          });
        }
        if (method === 'GET' && (m = /^\/commits\/(.+)$/.exec(path))) {
          return send(200, {
            sha: git('rev-parse', '--verify', `${decodeURIComponent(m[1] as string)}^{commit}`).trim(),
          });
        }
        if (method === 'GET' && (m = /^\/compare\/([0-9a-zA-Z_/-]+)\.\.\.([0-9a-zA-Z_/-]+)$/.exec(path))) {
          const [base, head] = [m[1] as string, m[2] as string];
          const mergeBase = git('merge-base', base, head).trim();
          const files = git('diff', '--name-only', '-z', '--no-renames', mergeBase, head)
            .split('\0')
            .filter((f) => f !== '');
          return send(200, {
            merge_base_commit: { sha: mergeBase },
            files: files.map((filename) => ({ filename, status: 'modified' })),
          });
        }
        if (method === 'GET' && (m = /^\/git\/trees\/([0-9a-f]+)$/.exec(path))) {
          const recursive = url.searchParams.get('recursive') !== null;
          const listing = git('ls-tree', '-z', '--long', ...(recursive ? ['-r', '-t'] : []), m[1] as string);
          const tree = listing
            .split('\0')
            .filter((l) => l !== '')
            .map((l) => {
              const tab = l.indexOf('\t');
              const [mode, type, sha, size] = l.slice(0, tab).split(/\s+/) as [string, string, string, string];
              return { path: l.slice(tab + 1), mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
            });
          return send(200, { sha: m[1], tree, truncated: false });
        }
        if (method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]+)$/.exec(path))) {
          const content = execFileSync('git', ['cat-file', 'blob', m[1] as string], { cwd: originRepo });
          return send(200, {
            sha: m[1],
            size: content.length,
            encoding: 'base64',
            content: content.toString('base64'),
          });
        }
        if ((m = /^\/issues\/(\d+)\/comments$/.exec(path))) {
          const list = comments.get(Number(m[1])) ?? [];
          comments.set(Number(m[1]), list);
          if (method === 'GET') {
            const perPage = Number(url.searchParams.get('per_page') ?? 30);
            const page = Number(url.searchParams.get('page') ?? 1);
            const slice = list.slice((page - 1) * perPage, page * perPage);
            const headers: Record<string, string> = {};
            if (page * perPage < list.length)
              headers.link = `<${state.url}${prefix}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
            return send(200, slice, headers);
          }
          if (method === 'POST') {
            const comment = {
              id: nextId++,
              body: body.body,
              html_url: `https://github.com/${owner}/${repo}/pull/${m[1]}#issuecomment-${nextId - 1}`,
              user: { login: 'github-actions[bot]' },
            };
            list.push(comment);
            return send(201, comment);
          }
        }
        if ((m = /^\/issues\/comments\/(\d+)$/.exec(path))) {
          const id = Number(m[1]);
          for (const [pr, list] of comments) {
            const index = list.findIndex((c) => c.id === id);
            if (index < 0) continue;
            if (method === 'PATCH') {
              (list[index] as FakeComment).body = body.body;
              return send(200, list[index]);
            }
            if (method === 'DELETE') {
              list.splice(index, 1);
              comments.set(pr, list);
              return send(204);
            }
          }
          return send(404, { message: 'Not Found' });
        }
        return send(404, { message: `no fake for ${method} ${path}` });
      } catch (error) {
        return send(422, { message: (error as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
