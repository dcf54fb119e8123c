import { runCli } from '@solstice/cli';
import { resolve } from 'node:path';

/** The repository root, which relative scenario paths in tests resolve against. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Runs the CLI in-process and captures what it prints; `stdin` is what `-` reads, `env` the environment it sees. */
export async function runSolstice(
  args: readonly string[],
  stdin?: string,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: REPO_ROOT,
    isTty: false,
    ...(stdin === undefined ? {} : { readStdin: () => stdin }),
    env,
  });
  return { code, stdout, stderr };
}
