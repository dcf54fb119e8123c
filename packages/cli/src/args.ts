import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ECONOMICS_FIRST_YEAR, ECONOMICS_LAST_YEAR } from '@solstice/core';
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
 * option, a missing value or an extra argument becomes a UsageError (exit 2).
 * @param allowPositionals whether the command takes its one positional argument
 *   (a scenario file, or `-` for standard input); a second one is refused by
 *   name rather than silently ignored. `'several'`: the command checks its
 *   positionals itself (`query RUN SQL`).
 */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T, allowPositionals: boolean | 'several' = true) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: allowPositionals !== false, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (allowPositionals !== 'several' && parsed.positionals.length > 1) {
    const extra = parsed.positionals.slice(1).map((text) => JSON.stringify(text)).join(', ');
    throw new UsageError(`unexpected argument ${extra}: the command takes one scenario file (or - for standard input)`);
  }
  return parsed;
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

/** Checks a numeric option against its range, as a usage error naming the option, the value and the range. */
export function rangeOption(name: string, value: number, min: number, max: number, unit = ''): number {
  if (!(value >= min && value <= max)) throw new UsageError(`--${name}: ${value} is out of range (${min} to ${max}${unit ? ` ${unit}` : ''})`);
  return value;
}

/**
 * Reads `--year`: a whole year in the economics range, else `fallback` (the scenario's year).
 * @throws UsageError naming the allowed range
 */
export function economicsYearOption(text: string | undefined, fallback: number): number {
  const year = numericOption('year', text) ?? fallback;
  if (!Number.isInteger(year) || year < ECONOMICS_FIRST_YEAR || year > ECONOMICS_LAST_YEAR) {
    throw new UsageError(`--year ${year} must be a whole year from ${ECONOMICS_FIRST_YEAR} to ${ECONOMICS_LAST_YEAR}`);
  }
  return year;
}

/** Whole-number option at least `min`, or undefined when absent. */
export function wholeOption(name: string, text: string | undefined, min: number): number | undefined {
  const value = numericOption(name, text);
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UsageError(`--${name}: ${value} is not a whole number of at least ${min}`);
  return value;
}
