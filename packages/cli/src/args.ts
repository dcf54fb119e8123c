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
