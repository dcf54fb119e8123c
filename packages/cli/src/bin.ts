import { readFileSync } from 'node:fs';
import { runCli } from './main.ts';

/**
 * The process side of the `solstice` command (bin/solstice.mjs loads the
 * built copy of this file, dist/solstice.mjs): wires standard streams to
 * `runCli` and sets the exit code.
 *
 * A reader that stops early (`solstice sweep ... | head -1`) closes the pipe;
 * the next write fails with EPIPE, which ends the command quietly with exit 0,
 * as Unix tools do, instead of a stack trace.
 */
function exitQuietlyOnEpipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}
process.stdout.on('error', exitQuietlyOnEpipe);
process.stderr.on('error', exitQuietlyOnEpipe);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
  readStdin: () => readFileSync(0, 'utf8'),
});
