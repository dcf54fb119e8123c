import type { StationKeepingErrorSeries } from '@solstice/core';

/** Asks the worker for the controlled cluster's position errors over `days`. */
export interface StationKeepingRequest {
  readonly id: number;
  /** The scenario as JSON (validated again in the worker, with the same schema). */
  readonly raw: unknown;
  readonly days: number;
}

/** The worker's answer: the error series (typed arrays), or why it failed. */
export type StationKeepingResponse =
  | { readonly id: number; readonly ok: true; readonly series: StationKeepingErrorSeries }
  | { readonly id: number; readonly ok: false; readonly error: string };
