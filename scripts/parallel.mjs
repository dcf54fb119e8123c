#!/usr/bin/env node
// Runs shell commands at the same time and exits with the first failure's
// status. `npm test` uses it for the stages that are mostly one thread each
// (tsc, ESLint, the two builds), so that on a 2-core machine they share the
// cores instead of queueing. Each command's output is printed whole when it
// ends (never interleaved), with its wall time.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  process.stderr.write('usage: node scripts/parallel.mjs "command" ["command" ...]\n');
  process.exit(2);
}

/** Runs one command through the shell, buffering stdout and stderr together. */
function run(command) {
  const startedMs = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - startedMs) / 1_000).toFixed(1);
      const status = code ?? (signal ? 128 : 1);
      process.stdout.write(`\n> ${command}  (${status === 0 ? 'ok' : `failed, status ${status}`}, ${seconds} s)\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve(status);
    });
  });
}

const statuses = await Promise.all(commands.map(run));
process.exit(statuses.find((status) => status !== 0) ?? 0);
