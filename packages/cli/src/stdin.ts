/** Reads standard input for the command being run; set by `runCli` from its `CliIo`. */
let stdinReader: (() => string) | undefined;
/** Standard input, once read (a command retried after loading the unit library reads it again). */
let stdinText: string | undefined;

/** Sets where `-` reads from for the next command (`runCli` calls it); forgets what was read before. */
export function useStdin(reader: (() => string) | undefined): void {
  stdinReader = reader;
  stdinText = undefined;
}

/** All of standard input, read once per command; undefined when the CLI has none (tests that give no reader). */
export function stdinContent(): string | undefined {
  if (!stdinReader) return undefined;
  stdinText ??= stdinReader();
  return stdinText;
}
