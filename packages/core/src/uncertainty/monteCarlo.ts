import type { Scenario } from '../scenario/schema.ts';
import { unitSamples, type SamplingMethod } from './latinHypercube.ts';
import { percentilesOf } from './percentiles.ts';
import { scenarioWithValues, uncertainInputsOf, uncertainValuesFromUnit } from './uncertainInputs.ts';

/** How many samples to draw, from which seed, by which method. */
export interface MonteCarloOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: SamplingMethod;
}

/**
 * The scenario's own Monte Carlo settings (`uncertainty.samples`, `.seed`,
 * `.method`), with any of them replaced (the CLI's `--samples`, `--seed`).
 */
export function monteCarloOptionsOf(scenario: Scenario, overrides: Partial<MonteCarloOptions> = {}): MonteCarloOptions {
  return {
    samples: overrides.samples ?? scenario.uncertainty.samples,
    seed: overrides.seed ?? scenario.uncertainty.seed,
    method: overrides.method ?? scenario.uncertainty.method,
  };
}

/**
 * The sampled scenarios of a Monte Carlo run, in sample order: sample i sets
 * every uncertain input to its i-th draw. The same scenario and options give
 * the same scenarios. With no uncertain inputs, every sample is the scenario.
 */
export function* monteCarloScenarios(scenario: Scenario, options: MonteCarloOptions): Generator<Scenario, void, undefined> {
  const inputs = uncertainInputsOf(scenario);
  const paths = inputs.map((input) => input.path);
  const values = uncertainValuesFromUnit(inputs, unitSamples(options.method, options.samples, inputs.length, options.seed));
  for (let i = 0; i < options.samples; i++) {
    yield scenarioWithValues(scenario, paths, values.subarray(i * inputs.length, (i + 1) * inputs.length));
  }
}

/** A number, or null for "none" (e.g. no break-even year), which ranks above every number. */
export type NullableNumber = number | null;

function rankable(value: unknown): number | undefined {
  if (value === null) return Number.POSITIVE_INFINITY;
  return typeof value === 'number' ? value : undefined;
}

function finiteOrNull(value: number): NullableNumber {
  return Number.isFinite(value) ? value : null;
}

/** A row of a table: column name to value. */
export type TableRow = Readonly<Record<string, unknown>>;

/**
 * Monte Carlo percentiles of a table (e.g. a year-by-year projection): the
 * table is computed for the scenario and for every sample; each numeric (or null) column
 * `c` of the scenario's table gains `c_p10`, `c_p50` and `c_p90` across the
 * samples, row by row (rows match by position; the key column is left alone).
 * A null cell ("none") ranks above every number; a percentile that lands on
 * it is null.
 * @param table the table of one scenario, e.g. `(s) => projectYears(s)`
 * @param keyColumns columns that identify a row (e.g. `year`), not summarised
 * @returns the scenario's rows with the percentile columns after each numeric one
 */
export function monteCarloTable(
  scenario: Scenario,
  table: (scenario: Scenario) => readonly TableRow[],
  keyColumns: readonly string[],
  options: MonteCarloOptions,
): Record<string, unknown>[] {
  const base = table(scenario);
  const columns = base.length === 0 ? [] : Object.keys(base[0]!).filter((key) => !keyColumns.includes(key) && rankable(base[0]![key]) !== undefined);
  // cells[row][column][sample]
  const cells = base.map(() => columns.map(() => new Float64Array(options.samples)));
  let sample = 0;
  for (const sampled of monteCarloScenarios(scenario, options)) {
    const rows = table(sampled);
    if (rows.length !== base.length) throw new RangeError(`monteCarloTable: sample ${sample} has ${rows.length} rows, the scenario ${base.length}`);
    rows.forEach((row, r) => {
      columns.forEach((column, c) => {
        cells[r]![c]![sample] = rankable(row[column]) ?? Number.NaN;
      });
    });
    sample++;
  }
  return base.map((row, r) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] = value;
      const c = columns.indexOf(key);
      if (c < 0) continue;
      const { p10, p50, p90 } = percentilesOf(cells[r]![c]!);
      out[`${key}_p10`] = finiteOrNull(p10);
      out[`${key}_p50`] = finiteOrNull(p50);
      out[`${key}_p90`] = finiteOrNull(p90);
    }
    return out;
  });
}

/**
 * Monte Carlo percentiles of named metrics of a scenario's evaluation.
 * @param metrics the metrics of one scenario by name (numbers, or null for none)
 * @returns p10, p50 and p90 of each metric across the samples (null where "none")
 */
export function monteCarloPercentiles(
  scenario: Scenario,
  metrics: (scenario: Scenario) => Readonly<Record<string, NullableNumber>>,
  options: MonteCarloOptions,
): Record<string, { readonly p10: NullableNumber; readonly p50: NullableNumber; readonly p90: NullableNumber }> {
  const row = monteCarloTable(scenario, (s) => [metrics(s)], [], options)[0] ?? {};
  const out: Record<string, { p10: NullableNumber; p50: NullableNumber; p90: NullableNumber }> = {};
  for (const key of Object.keys(row)) {
    if (!(`${key}_p10` in row)) continue;
    out[key] = { p10: row[`${key}_p10`] as NullableNumber, p50: row[`${key}_p50`] as NullableNumber, p90: row[`${key}_p90`] as NullableNumber };
  }
  return out;
}
