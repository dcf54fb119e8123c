#!/usr/bin/env node
// Runs the TypeScript source directly through tsx, so `npx solstice` works
// right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
});
