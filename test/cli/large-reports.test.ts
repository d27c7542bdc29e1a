// Reports of any size are written, never crash (issue 9, item 9): no array spread into a call,
// no single string past V8's limit, and output streamed with backpressure, in order, stopping
// quietly when the reader goes away.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { denyAll, manyWorkloads, writeCluster } from '../helpers/large-clusters.js';

const root = path.resolve(__dirname, '../..');
/** V8's longest string (2^29 - 24 characters on 64-bit). */
const MAX_STRING = 2 ** 29 - 24;

/** Runs the CLI with a sink that keeps only what the assertions need: sizes, the first and last
 * 4 KiB, and 300 characters from where `marker` first appears. */
async function measure(args: string[], sink?: (text: string) => unknown, marker = '"connections": [') {
  let length = 0;
  let pieces = 0;
  let largest = 0;
  let head = '';
  let tail = '';
  let atMarker = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: root,
    stdout: (text) => {
      pieces++;
      length += text.length;
      largest = Math.max(largest, text.length);
      if (head.length < 4096) head += text.slice(0, 4096);
      if (atMarker === '') {
        const window = tail + text;
        const at = window.indexOf(marker);
        if (at >= 0) atMarker = window.slice(at, at + 300);
      }
      tail = (tail + text).slice(-4096);
      return sink?.(text);
    },
    stderr: (t) => (stderr += t),
    version: 'test',
  });
  return { code, length, pieces, largest, head, tail, atMarker, stderr };
}

describe('reports of any size (#9)', () => {
  const dirs: string[] = [];
  let noPolicy400: string;
  let denyAll400: string;
  beforeAll(() => {
    noPolicy400 = writeCluster(manyWorkloads(400, 20));
    denyAll400 = writeCluster([...manyWorkloads(400, 20), ...denyAll(20)]);
    dirs.push(noPolicy400, denyAll400);
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('reach on 400 pods with no policy lists all 160,800 paths as text (#9)', async () => {
    const run = await measure(['reach', noPolicy400, '--verbose']);
    expect(run.code).toBe(0);
    expect(run.head.split('\n')[0]).toBe('netreach: 160800 allowed paths');
    expect(run.tail.endsWith('can reach ns-9/app-9\n')).toBe(true);
    // Written in pieces as rendered, not as one string.
    expect(run.pieces).toBeGreaterThan(10);
    expect(run.largest).toBeLessThan(1024 * 1024);
  });

  it('a diff that closes 160,800 paths is written as text (#9)', async () => {
    const run = await measure(['diff', noPolicy400, denyAll400, '--verbose']);
    expect(run.code).toBe(0);
    expect(run.head.split('\n')[0]).toMatch(/^netreach: 0 paths opened, 160800 closed[ ;]/);
    expect(run.head).toContain(
      '\n\nclosed:\nns-0/app-0 can no longer reach ns-0/app-0\n  because NetworkPolicy ns-0/deny-all isolates egress',
    );
    expect(run.largest).toBeLessThan(1024 * 1024);
  });

  it('reach on 400 pods with no policy says it in two statements (#10)', async () => {
    const run = await measure(['reach', noPolicy400]);
    expect(run.code).toBe(0);
    expect(run.head).toBe(
      'netreach: 160800 allowed paths in 2 statements\nevery workload (400) and anywhere outside the cluster can reach every workload (400)\nevery workload (400) can reach anywhere outside the cluster\n',
    );
  });

  it('a diff that closes 160,800 paths reads in a few grouped lines (#10)', async () => {
    const run = await measure(['diff', noPolicy400, denyAll400]);
    expect(run.code).toBe(0);
    expect(run.tail.split('\n').length).toBeLessThan(400);
    expect(run.head).toContain('\n\nclosed:\n');
  });

  it('reach --format json on 2,000 workloads streams a report longer than any string can be (#9)', async () => {
    const dir = writeCluster(manyWorkloads(2000, 20));
    dirs.push(dir);
    const run = await measure(['reach', dir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.length).toBeGreaterThan(MAX_STRING);
    expect(
      run.head.startsWith(
        '{\n  "version": 1,\n  "incomplete": false,\n  "endpoints": [\n    {\n      "id": "ns-0/app-0",',
      ),
    ).toBe(true);
    expect(run.atMarker).toContain(
      '"connections": [\n    {\n      "src": "ns-0/app-0",\n      "dst": "ns-0/app-0",\n      "allowed": {\n        "TCP": [\n          [1, 65535]\n        ],',
    );
    expect(run.tail.endsWith('\n  ],\n  "warnings": []\n}\n')).toBe(true);
    expect(run.largest).toBeLessThan(1024 * 1024);
  }, 60_000);

  it('waits for a slow sink and keeps the order (#9)', async () => {
    const fast = await collect(['reach', noPolicy400, '--format', 'json'], () => undefined);
    let pending = 0;
    let mostPending = 0;
    let pieces = 0;
    const slow = await collect(['reach', noPolicy400, '--format', 'json'], () => {
      pieces++;
      pending++;
      mostPending = Math.max(mostPending, pending);
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          pending--;
          resolve();
        }),
      );
    });
    expect(mostPending).toBe(1);
    expect(pieces).toBeGreaterThan(10);
    expect(slow).toBe(fast);
    expect(JSON.parse(slow).connections).toHaveLength(160800);
  });

  it('stops writing quietly when the reader has gone (EPIPE) (#9)', async () => {
    let calls = 0;
    const run = await measure(['reach', noPolicy400, '--verbose'], () => {
      calls++;
      if (calls === 2) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    });
    expect(run.code).toBe(0);
    expect(calls).toBe(2);
    expect(run.stderr).toBe('');
  });

  it('piped into head -1, the CLI ends without an error (#9)', () => {
    // 10,200 lines: far more than a pipe holds, so the writes after head exits meet EPIPE.
    const dir = writeCluster(manyWorkloads(100, 5));
    dirs.push(dir);
    const result = spawnSync(
      'bash',
      [
        '-c',
        'node --import tsx src/cli/index.ts reach --verbose "$1" | head -1; echo "exit ${PIPESTATUS[0]}"',
        'bash',
        dir,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stdout).toBe('netreach: 10200 allowed paths\nexit 0\n');
    expect(result.stderr).not.toMatch(/EPIPE|internal error/);
  }, 30_000);
});

async function collect(args: string[], sink: () => unknown): Promise<string> {
  let out = '';
  await runCli(args, {
    cwd: root,
    stdout: (t) => {
      out += t;
      return sink();
    },
    stderr: () => undefined,
    version: 'test',
  });
  return out;
}
