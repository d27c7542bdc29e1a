#!/usr/bin/env node
// Entry of the `netreach` CLI (bundled to dist/cli.js).
import { runCli } from './main.js';

const VERSION = '0.1.0';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: VERSION,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`netreach: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
