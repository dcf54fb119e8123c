import { sweepRows, validateScenario, type Scenario, type SweepDefinition } from '@solstice/core';
import { createSweepPool } from '../packages/cli/src/sweep/pool.ts';
import type { BenchResult } from './types.ts';

/** Grid points per timed pass: about a second on one worker. */
const POINTS = 192;

/** Points per batch, as `solstice sweep` chooses for a sweep of this size. */
const BATCH = 4;

/** Rounds; each round times one fresh pool of 1 thread, then one of 2, and the best pass of each counts (other load only slows a pass down). */
const ROUNDS = 3;

/** A grid of `POINTS` altitudes from `startKm` to `stopKm`. */
function altitudeGrid(startKm: number, stopKm: number): SweepDefinition {
  return { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: startKm, stop: stopKm, count: POINTS }] };
}

/**
 * Points per second of one pass of the sweep through the core iterator on a
 * fresh pool of `workers` threads, after an untimed pass over other altitudes
 * in which every thread loads the models and the JIT warms up (other
 * altitudes, so the timed pass finds nothing memoised and measures the models).
 */
async function poolThroughput(workers: number, base: Scenario, definition: SweepDefinition): Promise<number> {
  const pool = createSweepPool(workers);
  try {
    const warmUp = pool.executorFor(base, altitudeGrid(1_000, 1_400));
    await Promise.all(Array.from({ length: POINTS / BATCH }, (_, i) => warmUp(i * BATCH, (i + 1) * BATCH)));
    const executor = pool.executorFor(base, definition);
    const started = performance.now();
    let rows = 0;
    for await (const _row of sweepRows(base, definition, { executor, batchSize: BATCH, concurrency: 2 * workers })) rows++;
    return rows / ((performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}

/**
 * `sweep-2-workers`: throughput of `solstice sweep`'s piscina pool with 2
 * worker threads over 1, measured in the same run (target >= 1.8; needs 2
 * idle cores).
 */
export async function sweepBench(): Promise<BenchResult[]> {
  const base = validateScenario({});
  const definition = altitudeGrid(500, 900);
  let one = 0;
  let two = 0;
  for (let round = 0; round < ROUNDS; round++) {
    one = Math.max(one, await poolThroughput(1, base, definition));
    two = Math.max(two, await poolThroughput(2, base, definition));
  }
  return [{ name: 'sweep-2-workers', unit: 'points/s', value: two, baselineName: 'sweep-1-worker', baselineValue: one, ratio: two / one, target: 1.8 }];
}
