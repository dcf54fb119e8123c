import { readFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSweepRows, latinHypercubeUnitSamples, planSweep, streamingLhs, validateScenario, type SweepDefinition } from '@solstice/core';
import { textRows } from '../packages/cli/src/sweep/chunks.ts';
import { sweepColumns } from '../packages/cli/src/sweep/columns.ts';
import { openDuckDb, writeParquetFile } from '../packages/cli/src/sweep/duckdb.ts';
import { bestTimeMs } from './timing.ts';
import type { BenchResult } from './types.ts';

/** Rows evaluated once, then written in both formats: a chunk's worth, from a 4-input Latin hypercube. */
const ROWS = 2_000;

/** Write passes per format; the best counts (other load only slows a pass down). */
const PASSES = 3;

/**
 * `sweep-parquet`: bytes per row and rows per second of the Parquet writer
 * (DuckDB, zstd) against CSV, on the same rows in the same run. Targets:
 * Parquet at most 1/5 of CSV's bytes (issue 14); rows/s reported as a ratio.
 */
async function parquetBench(): Promise<BenchResult[]> {
  const base = validateScenario({});
  const definition: SweepDefinition = {
    kind: 'lhs',
    ranges: [
      { path: 'orbit.altitudeKm', start: 400, stop: 1_200 },
      { path: 'launch.learningRate', start: 0.15, stop: 0.25 },
      { path: 'ground.electricityUsdPerKwh', start: 0.03, stop: 0.3 },
      { path: 'year', start: 2030, stop: 2050 },
    ],
    samples: 1_000_000,
    seed: 1,
  };
  const plan = planSweep(definition);
  const rows = evaluateSweepRows(base, plan, 0, ROWS);
  const columns = sweepColumns(plan.paths);
  const dir = mkdtempSync(join(tmpdir(), 'solstice-bench-'));
  const db = await openDuckDb();
  try {
    let csvSeconds = Number.POSITIVE_INFINITY;
    let parquetSeconds = Number.POSITIVE_INFINITY;
    const csvPath = join(dir, 'rows.csv');
    const parquetPath = join(dir, 'rows.parquet');
    for (let pass = 0; pass < PASSES; pass++) {
      let started = performance.now();
      writeFileSync(csvPath, textRows('csv', columns, rows, true));
      csvSeconds = Math.min(csvSeconds, (performance.now() - started) / 1000);
      started = performance.now();
      await writeParquetFile(db.connection, columns, rows, parquetPath);
      parquetSeconds = Math.min(parquetSeconds, (performance.now() - started) / 1000);
    }
    const csvBytes = statSync(csvPath).size / ROWS;
    const parquetBytes = statSync(parquetPath).size / ROWS;
    readFileSync(csvPath); // both files exist and are complete
    return [
      { name: 'sweep-parquet-bytes', unit: 'B/row', value: parquetBytes, baselineName: 'sweep-csv-bytes', baselineValue: csvBytes, ratio: parquetBytes / csvBytes, target: 0.2 },
      { name: 'sweep-parquet-write', unit: 'rows/s', value: ROWS / parquetSeconds, baselineName: 'sweep-csv-write', baselineValue: ROWS / csvSeconds, ratio: csvSeconds / parquetSeconds },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `sweep-plan-shard`: the time to draw shard 1/1,000 of a 10^6-point,
 * 5-input Latin hypercube by the streaming plan, against drawing the whole
 * design up front as plans did before (target >= 100: a shard costs its own
 * points only). `sweep-plan-stream`: streaming points/s over the same number
 * of points as the whole design, against the up-front design (the price of
 * O(1) memory per point).
 */
function planBench(): BenchResult[] {
  const samples = 1_000_000;
  const dimensions = 5;
  const shard = samples / 1_000;
  const out = new Float64Array(dimensions);
  let sink = 0;
  /** Best of PASSES timings, s. */
  const time = (run: () => void): number => bestTimeMs(PASSES, run) / 1_000;
  const upFront = time(() => (sink += latinHypercubeUnitSamples(samples, dimensions, 1)[shard * dimensions - 1]!));
  const streamedShard = time(() => {
    const design = streamingLhs(samples, dimensions, 1);
    for (let i = 0; i < shard; i++) sink += design.unitAt(i, out)[0]!;
  });
  const streamedAll = time(() => {
    const design = streamingLhs(samples, dimensions, 1);
    for (let i = 0; i < samples; i++) sink += design.unitAt(i, out)[0]!;
  });
  if (!Number.isFinite(sink)) throw new Error('unreachable');
  return [
    { name: 'sweep-plan-shard', unit: 'shards/s', value: 1 / streamedShard, baselineName: 'sweep-plan-up-front', baselineValue: 1 / upFront, ratio: upFront / streamedShard, target: 100 },
    { name: 'sweep-plan-stream', unit: 'points/s', value: samples / streamedAll, baselineName: 'sweep-plan-up-front', baselineValue: samples / upFront, ratio: upFront / streamedAll },
  ];
}

/** The sweep output and plan figures (issue 14). */
export async function sweepParquetBench(): Promise<BenchResult[]> {
  return [...(await parquetBench()), ...planBench()];
}
