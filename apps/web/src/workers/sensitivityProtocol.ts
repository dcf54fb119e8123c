import type { SobolMetric, TornadoBar } from '@solstice/core';

/** Asks the worker for the tornado and the Sobol' indices of a scenario's orbit/ground cost ratio. */
export interface SensitivityRequest {
  readonly id: number;
  /** The scenario as JSON (validated again in the worker, with the same schema). */
  readonly raw: unknown;
}

/** The worker's answer: tornado bars and Sobol' indices (none without uncertain inputs), or why it failed. */
export type SensitivityResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly inputs: number;
      readonly samples: number;
      readonly evaluations: number;
      readonly base: number | null;
      readonly bars: readonly TornadoBar[];
      readonly sobol: SobolMetric | null;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };
