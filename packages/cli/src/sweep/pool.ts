import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Scenario, SweepBatchExecutor, SweepDefinition, SweepRow } from '@solstice/core';
import type { SweepTask } from './task.ts';

/** The worker entry: a small .mjs that registers tsx, then loads `task.ts`. */
const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/** Worker threads by default: one per core the process may use, at least 1. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A pool of worker threads that evaluate sweep batches. Close it when done. */
export interface SweepPool {
  readonly workers: number;
  /** An executor for `sweepRows` that runs batches of this sweep on the pool. */
  readonly executorFor: (base: Scenario, definition: SweepDefinition) => SweepBatchExecutor;
  /** Starts every worker and waits until each has loaded the models (for timing without start-up). */
  readonly warm: (base: Scenario, definition: SweepDefinition) => Promise<void>;
  readonly close: () => Promise<void>;
}

/** Starts a piscina pool of `workers` threads running `runSweepTask`. */
export function createSweepPool(workers: number): SweepPool {
  const pool = new Piscina<SweepTask, SweepRow[]>({
    filename: WORKER_URL.href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    workers,
    executorFor: (base, definition) => (start, end) => pool.run({ base, definition, start, end }),
    async warm(base, definition) {
      // One one-point task per thread, all at once, so each thread loads the models once.
      await Promise.all(Array.from({ length: workers }, () => pool.run({ base, definition, start: 0, end: 1 })));
    },
    close: () => pool.destroy(),
  };
}
