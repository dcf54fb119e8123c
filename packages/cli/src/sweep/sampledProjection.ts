import {
  monteCarloOptionsOf,
  projectionTable,
  sampledProjection,
  type MonteCarloOptions,
  type NumericTable,
  type ProjectionYears,
  type Scenario,
} from '@solstice/core';
import { numericOption } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';

/**
 * `solstice project`'s table: the plain projection, or with `--samples` or
 * `--seed` the projection with Monte Carlo percentile columns, and the
 * sampling settings used (the JSON output records them).
 */
export function sampledOrPlainProjection(
  scenario: Scenario,
  years: ProjectionYears,
  samplesText: string | undefined,
  seedText: string | undefined,
  io: CliIo,
): { table: NumericTable; sampling?: MonteCarloOptions } {
  if (samplesText === undefined && seedText === undefined) return { table: projectionTable(scenario, years) };
  const samples = numericOption('samples', samplesText);
  const seed = numericOption('seed', seedText);
  if (samples !== undefined && (!Number.isInteger(samples) || samples < 1 || samples > 100_000)) throw new UsageError(`--samples: ${samples} is not a whole number from 1 to 100000`);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)) throw new UsageError(`--seed: ${seed} is not a whole number from 0 to 4294967295`);
  if (scenario.uncertainty.inputs.length === 0) io.stderr('solstice project: the scenario has no uncertain inputs, so every percentile equals the value\n');
  const options = monteCarloOptionsOf(scenario, { ...(samples === undefined ? {} : { samples }), ...(seed === undefined ? {} : { seed }) });
  return { table: sampledProjection(scenario, years, options), sampling: options };
}
