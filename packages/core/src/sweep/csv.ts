import type { SweepCell } from '../evaluate/flatten.ts';

/**
 * One CSV cell (RFC 4180): numbers in shortest round-trip form (as the
 * projection export writes them), null or a non-finite number as an empty
 * cell, text quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: SweepCell | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line of a sweep row (or any row of cells) for the given columns,
 * with its `\n`. `solstice sweep` writes its rows with it.
 * @example
 * ```ts
 * for await (const row of sweepRows(scenario, sweep)) process.stdout.write(csvLine(['orbit.altitudeKm', 'orbit.periodS'], row));
 * ```
 */
export function csvLine(columns: readonly string[], row: Readonly<Record<string, SweepCell>>): string {
  return `${columns.map((column) => csvCell(row[column])).join(',')}\n`;
}
