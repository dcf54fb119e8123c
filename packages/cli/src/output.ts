import { UsageError, type Command } from './io.ts';

/** What `normalizeOutputArgs` makes of a command line. */
export interface OutputArgs {
  /** The arguments for the command itself. */
  readonly args: string[];
  /** `-o/--out FILE` for a command that does not write files itself: the CLI sends its stdout there. */
  readonly outPath: string | undefined;
}

/** The long options a command's help lists (`--json`, `--csv`, `--out`). */
function listedOptions(command: Command): Set<string> {
  return new Set(command.help.match(/--[a-z][a-z0-9-]*/g) ?? []);
}

/** Formats a command without `--format` of its own accepts: table (its default), and each of json/csv its help lists. */
function formatsOf(options: Set<string>): string[] {
  return ['table', ...['json', 'csv'].filter((format) => options.has(`--${format}`))];
}

/**
 * One output vocabulary for every command, without each command parsing it:
 * - `-o FILE` / `--out FILE` / `--out=FILE`: a command whose help lists
 *   `--out` writes the file itself (sweep streams rows, project, czml,
 *   schema), and `-o` is handed to it as `--out`; for any other command the
 *   CLI sends what it prints to FILE.
 * - `--format F` / `-f F`: a command whose help lists `--format` reads it
 *   itself; for any other, `--format json` is its `--json`, `--format csv` its
 *   `--csv` (where it has one) and `--format table` its default.
 * Arguments after `--` are left alone.
 * @throws UsageError for a missing value, two outputs, or a format the command does not print
 */
export function normalizeOutputArgs(command: Command, input: readonly string[]): OutputArgs {
  const options = listedOptions(command);
  const ownOut = options.has('--out');
  const ownFormat = options.has('--format');
  const args: string[] = [];
  let outPath: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const arg = input[i]!;
    if (arg === '--') {
      args.push(...input.slice(i));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const isOut = flag === '-o' || flag === '--out';
    const isFormat = flag === '-f' || flag === '--format';
    if ((isOut && ownOut) || (isFormat && ownFormat)) {
      args.push(arg === '-o' ? '--out' : arg === '-f' ? '--format' : arg);
      continue;
    }
    if (!isOut && !isFormat) {
      args.push(arg);
      continue;
    }
    const value = inline ?? input[++i];
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
      throw new UsageError(`${flag} needs a value`);
    }
    if (isOut) {
      if (outPath !== undefined) throw new UsageError(`${flag}: give one output file, not ${JSON.stringify(outPath)} and ${JSON.stringify(value)}`);
      outPath = value;
    } else {
      const formats = formatsOf(options);
      if (!formats.includes(value)) throw new UsageError(`--format: ${JSON.stringify(value)} is not one of ${formats.join(', ')}`);
      if (value !== 'table') args.push(`--${value}`);
    }
  }
  return { args, outPath: outPath === '-' ? undefined : outPath };
}
