import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdentifier } from './duckdb.ts';

/** The result keys the summary reads. */
export const COST_KEY = 'economics.orbitalUsdPerKwYear';
export const GROUND_COST_KEY = 'economics.groundUsdPerKwYear';
export const BREAK_EVEN_KEY = 'economics.breakEvenYear';

/** One decile of a varied input. */
export interface DecileSummary {
  readonly decile: number;
  readonly min: number;
  readonly max: number;
  readonly points: number;
  /** Fraction of the decile's points where orbit breaks even with ground at some year. */
  readonly breakEvenShare: number;
  /** Median break-even year of those points (null when none breaks even). */
  readonly breakEvenYearMedian: number | null;
  /** Median of orbital over ground USD per kW-year. */
  readonly orbitGroundRatioMedian: number | null;
  /** The cheapest orbital USD per kW-year in the decile, and the point that has it. */
  readonly cheapestOrbitalUsdPerKwYear: number | null;
  readonly cheapestIndex: number | null;
}

/** A point of the Pareto front of orbital USD per kW-year (lower better) against an input (higher better: a higher orbit, a larger cluster). */
export interface FrontPoint {
  readonly index: number;
  readonly value: number;
  readonly orbitalUsdPerKwYear: number;
}

/** What `solstice query DIR --summary` answers for each varied input. */
export interface InputSummary {
  readonly path: string;
  readonly deciles: readonly DecileSummary[];
  /** Non-dominated points: no other point has a higher (or equal) input value and a lower cost. At most 1,000, by input. */
  readonly paretoFront: readonly FrontPoint[];
}

/** Numbers from DuckDB (INTEGER, DOUBLE, BIGINT as bigint) as JS numbers. */
function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'bigint' ? Number(value) : Number(value);
}

/**
 * The planner's questions of a sweep, answered from the view `sweep`: for
 * each varied input, the break-even year and orbit/ground cost ratio by
 * decile of the input (DuckDB's ntile(10) over the input), and the Pareto
 * front of orbital USD per kW-year against the input.
 */
export async function summariseInput(connection: DuckDBConnection, path: string, columns: ReadonlySet<string>): Promise<InputSummary> {
  const x = sqlIdentifier(path);
  const cost = columns.has(COST_KEY) ? sqlIdentifier(COST_KEY) : 'NULL::DOUBLE';
  const ratio = columns.has(COST_KEY) && columns.has(GROUND_COST_KEY) ? `${sqlIdentifier(COST_KEY)} / ${sqlIdentifier(GROUND_COST_KEY)}` : 'NULL::DOUBLE';
  const breakEven = columns.has(BREAK_EVEN_KEY) ? sqlIdentifier(BREAK_EVEN_KEY) : 'NULL::INTEGER';
  const deciles = await connection.runAndReadAll(`
    WITH d AS (SELECT *, ntile(10) OVER (ORDER BY ${x}, "index") AS decile FROM sweep)
    SELECT decile, min(${x}) AS lo, max(${x}) AS hi, count(*) AS points,
      avg(CASE WHEN ${breakEven} IS NULL THEN 0 ELSE 1 END) AS share,
      median(${breakEven}) AS year, median(${ratio}) AS ratio,
      min(${cost}) AS cheapest, arg_min("index", ${cost}) AS cheapest_index
    FROM d GROUP BY decile ORDER BY decile`);
  const front = columns.has(COST_KEY)
    ? await connection.runAndReadAll(`
    SELECT "index", value, cost FROM (
      SELECT "index", ${x} AS value, ${cost} AS cost,
        min(${cost}) OVER (ORDER BY ${x} DESC, ${cost} ASC, "index" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS best_beyond
      FROM sweep WHERE ${cost} IS NOT NULL)
    WHERE best_beyond IS NULL OR cost < best_beyond ORDER BY value LIMIT 1000`)
    : undefined;
  return {
    path,
    deciles: deciles.getRowsJS().map((row) => ({
      decile: num(row[0])!,
      min: num(row[1])!,
      max: num(row[2])!,
      points: num(row[3])!,
      breakEvenShare: num(row[4])!,
      breakEvenYearMedian: num(row[5]),
      orbitGroundRatioMedian: num(row[6]),
      cheapestOrbitalUsdPerKwYear: num(row[7]),
      cheapestIndex: num(row[8]),
    })),
    paretoFront: (front?.getRowsJS() ?? []).map((row) => ({ index: num(row[0])!, value: num(row[1])!, orbitalUsdPerKwYear: num(row[2])! })),
  };
}
