import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every scenario command takes. */
export const SCENARIO_OPTIONS = {
  set: { type: 'string', multiple: true, short: 's' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/**
 * Parses command arguments strictly with node:util's parseArgs; an unknown
 * option or a missing value becomes a UsageError (exit 2).
 */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Reads a numeric option, refusing text that is not a finite number.
 * @returns the number, or undefined when the option was not given
 */
export function numericOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name}: ${JSON.stringify(text)} is not a finite number`);
  return value;
}

/** Whole-number option at least `min`, or undefined when absent. */
export function wholeOption(name: string, text: string | undefined, min: number): number | undefined {
  const value = numericOption(name, text);
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UsageError(`--${name}: ${value} is not a whole number of at least ${min}`);
  return value;
}
