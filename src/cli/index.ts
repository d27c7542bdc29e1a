#!/usr/bin/env node
// Entry of the `netreach` CLI (bundled to dist/cli.js).
import { once } from 'node:events';
import { runCli } from './main.js';

const VERSION = '0.1.0';

/**
 * Writes to stdout, resolving once the stream can take more: on a pipe, Node writes
 * asynchronously, so a large report must wait for 'drain' rather than pile up in memory. When
 * the reader has gone (`| head -1`), the write rejects with EPIPE, which ends the output quietly.
 */
function stdoutSink(): (text: string) => Promise<void> {
  let broken: Error | undefined;
  process.stdout.on('error', (error: Error) => {
    broken = error;
  });
  return async (text) => {
    if (broken !== undefined) throw broken;
    if (process.stdout.write(text)) return;
    await once(process.stdout, 'drain'); // rejects when the stream errs meanwhile
  };
}

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: stdoutSink(),
  stderr: (text) => process.stderr.write(text),
  version: VERSION,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `netreach: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
