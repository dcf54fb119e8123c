import type { SweepCell } from '@solstice/core';

/**
 * One CSV cell (RFC 4180): numbers in shortest round-trip form (as the
 * projection export writes them), null as an empty cell, text quoted when it
 * holds a comma, quote or line break.
 */
export function csvCell(value: SweepCell | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line for the given columns of a row, with its `\n`. */
export function csvLine(columns: readonly string[], row: Readonly<Record<string, SweepCell>>): string {
  return `${columns.map((column) => csvCell(row[column])).join(',')}\n`;
}
