/** Where a command writes, and where it runs: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTty: boolean;
  /** Reads all of standard input (a scenario given as `-`); absent means there is none. */
  readonly readStdin?: () => string;
  /** Environment variables (default: process.env); `sweep --shard auto` reads the scheduler's. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** Exit codes: the CLI's contract with scripts. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** `solstice reproduce`: the command worked, and at least one row is outside its tolerance. */
export const EXIT_OUT_OF_TOLERANCE = 3;

/** A command was called wrongly (unknown option, missing argument): exit 2 with this message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One `solstice` subcommand. */
export interface Command {
  readonly name: string;
  /** Full help text for `solstice <name> --help`. */
  readonly help: string;
  /** Runs the command; returns the exit code. Throws UsageError or ScenarioError on bad input. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number> | number;
}
