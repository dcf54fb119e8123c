#!/usr/bin/env node
// Runs the TypeScript source directly through tsx, so `npx solstice` works
// right after `npm install` with no build step.
//
// Inside the monorepo `@solstice/core` resolves to its TypeScript source only
// under the `solstice-source` export condition (without it, to the built
// dist/ that the published package ships). Node reads conditions at start-up
// and hands them on to worker threads and child processes only through
// NODE_OPTIONS, so when the condition is missing the CLI starts itself once
// more with it.
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

const CONDITION = '--conditions=solstice-source';

function resolvesToSource() {
  try {
    return import.meta.resolve('@solstice/core').endsWith('.ts');
  } catch {
    return false; // dist/ is not built in a checkout: the condition is missing
  }
}

if (!resolvesToSource() && process.env.SOLSTICE_SOURCE_RESTART === undefined) {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SOLSTICE_SOURCE_RESTART: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${CONDITION}`.trim() },
  });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

register();
const { runCli } = await import('../src/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
});
