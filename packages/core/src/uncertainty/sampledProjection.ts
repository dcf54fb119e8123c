import { PROJECTION_COLUMNS, type ProjectionYears } from '../economics/projection.ts';
import { projectEconomics } from '../evaluate/projection.ts';
import type { NumericTable } from '../economics/projectionExport.ts';
import type { Scenario } from '../scenario/schema.ts';
import { monteCarloTable, type MonteCarloOptions } from './monteCarlo.ts';

/** The columns of a sampled projection: `year`, then each projection column followed by its `_p10`, `_p50`, `_p90`. */
export const SAMPLED_PROJECTION_COLUMNS: readonly string[] = PROJECTION_COLUMNS.flatMap((column) =>
  column === 'year' ? [column] : [column, `${column}_p10`, `${column}_p50`, `${column}_p90`],
);

/**
 * A year-by-year projection with Monte Carlo percentiles: each column holds
 * the scenario's own value, and `_p10`/`_p50`/`_p90` its percentiles across
 * the samples of the scenario's uncertain inputs (`monteCarloTable`). A
 * percentile that cannot be a number is NaN, which the CSV and JSON
 * serialisers write as an empty cell and null.
 * @example
 * ```ts
 * const scenario = loadScenario({ preset: 'suncatcher-uncertain' });
 * const table = sampledProjection(scenario, { fromYear: 2030, toYear: 2045 }, monteCarloOptionsOf(scenario, { samples: 200, seed: 42 }));
 * ```
 */
export function sampledProjection(scenario: Scenario, years: ProjectionYears, options: MonteCarloOptions): NumericTable {
  const rows = monteCarloTable(scenario, (sample) => projectEconomics(sample, years), ['year'], options);
  return {
    columns: SAMPLED_PROJECTION_COLUMNS,
    rows: rows.map((row) => Object.fromEntries(SAMPLED_PROJECTION_COLUMNS.map((column) => [column, typeof row[column] === 'number' ? row[column] : Number.NaN]))),
  };
}
