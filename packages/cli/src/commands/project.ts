import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkProjectionYears,
  DEFAULT_PROJECTION_YEARS,
  PROJECTION_COLUMNS,
  projectionMeta,
  tableToCsv,
  tableToJson,
  type NumericTable,
  type ProjectionYears,
} from '@solstice/core';
import { numericOption, parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { EXIT_OK, UsageError, type CliIo, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';
import { sampledOrPlainProjection } from '../sweep/sampledProjection.ts';

const { fromYear: DEFAULT_FROM_YEAR, toYear: DEFAULT_TO_YEAR } = DEFAULT_PROJECTION_YEARS;

/** Options of `solstice project` (extend here for sampling options). */
export const PROJECT_OPTIONS = {
  ...SCENARIO_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  samples: { type: 'string' },
  seed: { type: 'string' },
} as const;

/** Output formats of a projection. */
export type ProjectionFormat = 'csv' | 'json';

/** Reads `--format` (or `--json`), refusing anything but csv and json. */
export function projectionFormat(format: string | undefined, json: boolean | undefined): ProjectionFormat {
  if (format === undefined) return json ? 'json' : 'csv';
  if (format === 'csv' || format === 'json') return format;
  throw new UsageError(`--format: ${JSON.stringify(format)} is not csv or json`);
}

/** Reads `--from` and `--to`, checked against the years the models cover. */
export function projectionYearsOption(from: string | undefined, to: string | undefined): ProjectionYears {
  const years = {
    fromYear: numericOption('from', from) ?? DEFAULT_FROM_YEAR,
    toYear: numericOption('to', to) ?? DEFAULT_TO_YEAR,
  };
  try {
    return checkProjectionYears(years);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Writes a table as CSV or JSON to `--out` or stdout, with the same core
 * serialisers the app's download uses.
 */
export function writeTable(table: NumericTable, format: ProjectionFormat, out: string | undefined, meta: Readonly<Record<string, string | number>>, io: CliIo): void {
  const text = format === 'csv' ? tableToCsv(table) : tableToJson(table, meta);
  if (out === undefined) {
    io.stdout(text);
  } else {
    writeFileSync(resolve(io.cwd, out), text);
    io.stderr(`wrote ${table.rows.length} rows to ${out}\n`);
  }
}

export const projectCommand: Command = {
  name: 'project',
  help: `Usage: solstice project <scenario.json> [--from Y] [--to Y] [--format csv|json] [--out file]
                        [--samples N] [--seed S] [--set path=value]...

One row per year: launch price on the scenario's cadence, orbital and ground
cost per kW of IT power per year (orbitalCheaper = 1 once orbit costs no more),
and energy and carbon per FLOP on both sides. CSV and JSON carry the same
numbers (shortest round-trip digits); the web app's download is byte-identical.

Columns: ${PROJECTION_COLUMNS.join(', ')}

Options:
      --from Y          first year (default ${DEFAULT_FROM_YEAR}; 2020 to 2100)
      --to Y            last year (default ${DEFAULT_TO_YEAR}; 2020 to 2100)
  -f, --format F        csv (default) or json (--json is the same as --format json)
  -o, --out file        write to a file instead of stdout
      --samples N       Monte Carlo over the scenario's uncertainty block: every
                        numeric column gains _p10, _p50 and _p90 across N samples
                        (default: the block's samples, 1,000)
      --seed S          random seed (default: the block's seed, 1); the same seed
                        gives the same numbers
  -s, --set path=value  override a scenario field (repeatable)
  -h, --help            show this help

Exit codes: 0 success, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, PROJECT_OPTIONS);
    const format = projectionFormat(values.format, values.json);
    const years = projectionYearsOption(values.from, values.to);
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const { table, sampling } = sampledOrPlainProjection(scenario, years, values.samples, values.seed, io);
    const meta = { ...projectionMeta(scenario, years, positionals[0]), ...sampling };
    writeTable(table, format, values.out, meta, io);
    return EXIT_OK;
  },
};
