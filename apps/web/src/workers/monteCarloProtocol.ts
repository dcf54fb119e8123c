import type { ProjectionYears } from '@solstice/core';

/** Asks the worker for the Monte Carlo percentiles of a scenario's projection. */
export interface MonteCarloRequest {
  readonly id: number;
  /** The scenario as JSON (validated again in the worker, with the same schema). */
  readonly raw: unknown;
  readonly years: ProjectionYears;
}

/** The worker's answer: projection rows with `_p10`, `_p50`, `_p90` columns, or why it failed. */
export type MonteCarloResponse =
  | { readonly id: number; readonly ok: true; readonly rows: readonly Readonly<Record<string, number | null>>[]; readonly samples: number; readonly inputs: number }
  | { readonly id: number; readonly ok: false; readonly error: string };
