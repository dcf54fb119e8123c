/**
 * A table of numbers by named column: a projection (`ProjectionRow[]`) or any
 * table with the same shape (sampled percentiles add `_p10`/`_p50`/`_p90` columns).
 */
export interface NumericTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, number>>[];
}

/**
 * A number as CSV and JSON both write it: JavaScript's shortest round-trip
 * form (`String(x)`), so the two formats carry identical digits.
 */
function cell(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/**
 * Serialises a table as CSV (RFC 4180): a header of column names, one line per
 * row, `\n` line ends, numbers in shortest round-trip form, empty cells for
 * missing or non-finite values. The CLI's `solstice project --format csv` and
 * the app's download both call this, so their bytes are identical.
 * @example
 * ```ts
 * tableToCsv({ columns: ['year', 'priceUsdPerKg'], rows: [{ year: 2035, priceUsdPerKg: 200 }] }); // 'year,priceUsdPerKg\n2035,200\n'
 * ```
 */
export function tableToCsv(table: NumericTable): string {
  const lines = [table.columns.join(',')];
  for (const row of table.rows) lines.push(table.columns.map((column) => cell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * Serialises a table as JSON: `{ "columns": [...], "rows": [{...}, ...] }`,
 * each row's keys in column order, two-space indented, trailing newline; a
 * non-finite value becomes null. The same numbers as `tableToCsv`.
 * @param meta fields written before `columns` (e.g. the scenario name)
 */
export function tableToJson(table: NumericTable, meta: Readonly<Record<string, string | number>> = {}): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column) => {
      const value = row[column];
      return [column, value === undefined || !Number.isFinite(value) ? null : value];
    })),
  );
  return `${JSON.stringify({ ...meta, columns: table.columns, rows }, null, 2)}\n`;
}
