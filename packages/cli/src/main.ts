import { closeSync, openSync, writeSync } from 'node:fs';
import { cliVersion } from './version.ts';
import { resolve } from 'node:path';
import type { CommandEntry } from './commands/index.ts';
import type { Command } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_INTERNAL_FAILURE, EXIT_OK, EXIT_OUT_OF_TOLERANCE, UsageError, type CliIo } from './io.ts';
import { normalizeOutputArgs } from './output.ts';
import { useStdin } from './stdin.ts';

/** Exit codes, as every help text states them. */
const EXIT_CODES_TEXT = `Exit codes: ${EXIT_OK} success, ${EXIT_BAD_INPUT} bad input, ${EXIT_INTERNAL_FAILURE} internal failure, ${EXIT_OUT_OF_TOLERANCE} reproduce: a row outside its tolerance.`;

/**
 * The command table (names, summaries, loaders), loaded on first use:
 * `--version` loads nothing more, `--help` no command module nor
 * @solstice/core, and a command only its own module.
 */
async function commands(): Promise<readonly CommandEntry[]> {
  return (await import('./commands/index.ts')).COMMANDS;
}

/** Every command's module, for `completion`, which lists each command's options. */
async function allCommands(): Promise<Command[]> {
  return Promise.all((await commands()).map((entry) => entry.load()));
}


function mainHelp(list: readonly CommandEntry[]): string {
  const width = Math.max(...list.map((command) => command.name.length));
  const lines = list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: solstice <command> [options]
       solstice --version | --help | completion bash|zsh

Solstice: a planning model for AI compute in orbit.

Commands:
${lines.join('\n')}

Run 'solstice <command> --help' for a command's options. Every command
takes -o/--out FILE (write to FILE instead of standard output) and
--format table|json|csv where it prints more than one (--json is
--format json); a scenario file argument of - reads standard input.
${EXIT_CODES_TEXT}
`;
}

/** A shell completion script for `solstice`: command names, then the options each command's help lists. */
export function completionScript(shell: string, list: readonly Command[]): string {
  const names = list.map((command) => command.name).join(' ');
  const options = (command: Command) => [...new Set(command.help.match(/--[a-z][a-z0-9-]*/g) ?? [])].join(' ');
  const cases = list.map((command) => `    ${command.name}) opts="${options(command)}" ;;`).join('\n');
  const body = `_solstice() {
  local cur opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${names} --help --version" -- "$cur") )
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts --help" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _solstice solstice
`;
  if (shell === 'bash') return `# bash completion for solstice: eval "$(solstice completion bash)"\n${body}`;
  if (shell === 'zsh') return `# zsh completion for solstice: eval "$(solstice completion zsh)"\nautoload -U +X bashcompinit && bashcompinit\n${body}`;
  throw new UsageError(`completion: ${JSON.stringify(shell)} is not bash or zsh`);
}

/**
 * Runs the CLI with the given arguments and returns the exit code: 0 on
 * success, 2 on bad input (one line per problem on stderr), 1 on an internal
 * failure, 3 when `reproduce` finds a row outside its tolerance. Never throws.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--version' || name === '-V') {
    io.stdout(`${cliVersion()}\n`);
    return EXIT_OK;
  }
  if (name === undefined) {
    io.stderr(mainHelp(await commands()));
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(await commands()));
    return EXIT_OK;
  }
  if (name === 'completion') {
    try {
      if (rest.length !== 1) throw new UsageError('completion takes one argument: bash or zsh');
      io.stdout(completionScript(rest[0]!, await allCommands()));
      return EXIT_OK;
    } catch (error) {
      io.stderr(`solstice completion: ${(error as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
  }
  const list = await commands();
  const entry = list.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr(`solstice: unknown command "${name}"\n\n${mainHelp(list)}`);
    return EXIT_BAD_INPUT;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT_OK;
  }
  useStdin(io.readStdin);
  let output: { fd: number; path: string } | undefined;
  const fail = (message: string) => {
    io.stderr(`solstice ${name}: ${message}\nRun 'solstice ${name} --help' for usage.\n`);
    return EXIT_BAD_INPUT;
  };
  let commandArgs: string[];
  try {
    const normalized = normalizeOutputArgs(command, rest);
    commandArgs = normalized.args;
    if (normalized.outPath !== undefined) output = { fd: openSync(resolve(io.cwd, normalized.outPath), 'w'), path: normalized.outPath };
  } catch (error) {
    return fail(error instanceof UsageError ? error.message : `cannot write ${(error as Error).message}`);
  }
  const commandIo: CliIo = output ? { ...io, stdout: (text) => void writeSync(output.fd, text) } : io;
  try {
    return await runCommand(command, commandArgs, commandIo, fail);
  } finally {
    if (output) closeSync(output.fd);
  }
}

/** Runs one command, turning what it throws into an exit code and a message on stderr. */
async function runCommand(command: Command, args: readonly string[], io: CliIo, fail: (message: string) => number): Promise<number> {
  const name = command.name;
  const core = await import('@solstice/core');
  for (let attempt = 0; ; attempt++) {
    const missedBefore = core.missedQuantityConversions();
    try {
      return await command.run(args, io);
    } catch (error) {
      if (error instanceof core.ScenarioError) {
        // A quantity string ("700 km") met before the unit library was loaded: load it and run again, once.
        if (attempt === 0 && !core.quantityUnitsLoaded() && core.missedQuantityConversions() > missedBefore) {
          await core.loadQuantityUnits();
          continue;
        }
        io.stderr(`${error.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')}\n`);
        return EXIT_BAD_INPUT;
      }
      if (error instanceof UsageError) return fail(error.message);
      io.stderr(`solstice ${name}: internal error: ${(error as Error).message}\n${process.env.SOLSTICE_DEBUG ? `${(error as Error).stack}\n` : "(set SOLSTICE_DEBUG=1 for a stack trace)\n"}`);
      return EXIT_INTERNAL_FAILURE;
    }
  }
}
