import { ScenarioError } from '@solstice/core';
import { COMMANDS } from './commands/index.ts';
import { EXIT_BAD_INPUT, EXIT_INTERNAL_FAILURE, EXIT_OK, UsageError, type CliIo } from './io.ts';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: solstice <command> [options]

Solstice: a planning model for AI compute in orbit.

Commands:
${lines.join('\n')}

Run 'solstice <command> --help' for a command's options.
Exit codes: 0 success, 2 bad input, 1 internal failure.
`;
}

/**
 * Runs the CLI with the given arguments and returns the exit code: 0 on
 * success, 2 on bad input (one line per problem on stderr), 1 on an internal
 * failure. Never throws.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`solstice: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(`${error.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UsageError) {
      io.stderr(`solstice ${name}: ${error.message}\nRun 'solstice ${name} --help' for usage.\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`solstice ${name}: internal error: ${(error as Error).message}\n${process.env.SOLSTICE_DEBUG ? `${(error as Error).stack}\n` : "(set SOLSTICE_DEBUG=1 for a stack trace)\n"}`);
    return EXIT_INTERNAL_FAILURE;
  }
}
