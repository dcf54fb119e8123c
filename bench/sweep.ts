import { sweepRows, validateScenario, type SweepDefinition } from '@solstice/core';
import { createSweepPool } from '../packages/cli/src/sweep/pool.ts';
import type { BenchResult } from './types.ts';

/** Grid points each pool evaluates once warm: enough for a few seconds on one worker. */
const POINTS = 160;

/**
 * Points per second of a `solstice sweep` on a piscina pool of `workers`
 * threads, after every thread has loaded the models (start-up excluded), with
 * the CLI's own pool and the core iterator.
 */
async function sweepThroughput(workers: number): Promise<number> {
  const base = validateScenario({});
  const definition: SweepDefinition = { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 500, stop: 900, count: POINTS }] };
  const pool = createSweepPool(workers);
  try {
    await pool.warm(base, definition);
    const started = performance.now();
    let rows = 0;
    for await (const _row of sweepRows(base, definition, { executor: pool.executorFor(base, definition), batchSize: 4, concurrency: 2 * workers })) rows++;
    return rows / ((performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}

/**
 * `sweep-2-workers`: sweep throughput on 2 worker threads over 1, measured in
 * the same run (target >= 1.8; needs 2 idle cores).
 */
export async function sweepBench(): Promise<BenchResult[]> {
  const one = await sweepThroughput(1);
  const two = await sweepThroughput(2);
  return [{ name: 'sweep-2-workers', unit: 'points/s', value: two, baselineName: 'sweep-1-worker', baselineValue: one, ratio: two / one, target: 1.8 }];
}
