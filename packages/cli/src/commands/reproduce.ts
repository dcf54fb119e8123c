import { reproducePaper, type ReproductionRow } from '@solstice/core';
import { parseCommandArgs } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OUT_OF_TOLERANCE, EXIT_OK, type Command } from '../io.ts';

/** Formats the reproduction as a fixed-width table, then the notes, then a summary line. */
export function formatReproduction(rows: readonly ReproductionRow[]): string {
  const header = ['', 'id', 'paper', 'model', 'unit', 'diff', 'tol'];
  const cells = rows.map((row) => [
    row.ok ? 'ok' : 'FAIL',
    row.id,
    formatNumber(row.paper),
    formatNumber(row.model),
    row.unit,
    `${((row.model / row.paper - 1) * 100).toFixed(2)}%`,
    row.comparison === 'upper-bound' ? 'at most' : row.tolerance < 1e-6 ? 'exact' : `${formatNumber(row.tolerance * 100)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const render = (line: readonly string[]): string =>
    line.map((cell, column) => (column >= 2 && column !== 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.id}: ${row.note}`);
  const failed = rows.filter((row) => !row.ok).length;
  return [
    render(header),
    ...cells.map(render),
    '',
    'Notes:',
    ...notes,
    '',
    `${rows.length - failed} of ${rows.length} figures within tolerance${failed ? `; ${failed} outside` : ''}. Sources: arXiv:2511.19468 (P §n), seeds/suncatcher.json.`,
    '',
  ].join('\n');
}

export const reproduceCommand: Command = {
  name: 'reproduce',
  help: `Usage: solstice reproduce [--json]

Evaluates every figure of the Suncatcher paper that Solstice models (orbit,
formation, links, power, Table 1 at 3,600 and 200 USD/kg, the ground band,
the learning curve, radiation) from the paper's inputs, and compares it with
the printed value. Where the physics disagrees, both numbers are shown and a
note explains the gap; no model is tuned to match.

Options:
      --json      print {rows: [{id, quantity, unit, paper, model, comparison,
                  tolerance, ok, source, note?}], passed, failed}
  -h, --help      show this help

Exit codes: 0 all rows within tolerance, 3 any row outside, 2 bad input,
1 internal failure.`,
  run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
    const rows = reproducePaper();
    const failed = rows.filter((row) => !row.ok).length;
    io.stdout(values.json ? formatJson({ rows, passed: rows.length - failed, failed }) : formatReproduction(rows));
    return failed === 0 ? EXIT_OK : EXIT_OUT_OF_TOLERANCE;
  },
};
