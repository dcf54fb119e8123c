import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planSweep } from '@solstice/core';
import { openDuckDb, sqlString } from '../../packages/cli/src/sweep/duckdb.ts';
import { REPO_ROOT } from '../helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'solstice-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RANGES = [
  { path: 'orbit.altitudeKm', start: 400, stop: 1_200 },
  { path: 'launch.learningRate', start: 0.15, stop: 0.25 },
  { path: 'ground.electricityUsdPerKwh', start: 0.03, stop: 0.3 },
  { path: 'cluster.satellites', start: 4, stop: 200 },
  { path: 'year', start: 2030, stop: 2050 },
];

/** Makes a Node process write its peak resident memory (getrusage's ru_maxrss, KiB) to stderr as it exits. */
const REPORT_PEAK = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'))";

/** Peak resident memory of a run of the built CLI (npm run build --workspace @solstice/cli), in bytes, as the process itself measured it; and its exit code. */
async function peakMemory(args: readonly string[]): Promise<{ code: number | null; peakBytes: number; stderr: string }> {
  const child = spawn(process.execPath, ['--import', REPORT_PEAK, resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, peakBytes: Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? Number.NaN) * 1024, stderr };
}

describe('sweep plans at scale', () => {
  it('evaluates a 10^7-point plan shard 1/10,000 (1,000 points) in milliseconds, allocating under 20 MB', () => {
    const before = process.memoryUsage().heapUsed;
    const plan = planSweep({ kind: 'lhs', ranges: RANGES, samples: 10_000_000, seed: 1 });
    const out = new Float64Array(5);
    let sum = 0;
    for (let index = 0; index < 1_000; index++) sum += plan.valuesAt(index, out)[0]!;
    expect(sum / 1_000).toBeGreaterThan(700); // mean altitude near 800 km
    expect(sum / 1_000).toBeLessThan(900);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20e6); // the old plan drew 10^7 x 5 x 3 doubles: 1.2 GB
  });

  it(
    'runs shard 1/10,000 of a 10^7-point Latin hypercube to Parquet in one process whose peak resident memory stays under 200 MB',
    { timeout: 400_000 },
    async () => {
      const runDir = join(dir, 'big');
      const vary = RANGES.flatMap((range) => ['--vary', `${range.path}=${range.start}:${range.stop}`]);
      // A 30-day contact simulation instead of the year's: each point costs 7 ms instead of 24 (the model, not the
      // shard's pipeline), and the peak is the same (measured: 165,048 KiB with 30 days, 166,948 KiB with 365).
      const shard = await peakMemory(['sweep', 'scenarios/suncatcher.json', ...vary, '--set', 'downlink.sampleDays=30', '--samples', '10000000', '--shard', '1/10000', '--format', 'parquet', '--run-dir', runDir, '--workers', '0']);
      expect(shard.code, shard.stderr).toBe(0);
      expect(shard.stderr).toContain('points 0 to 999 of 10000000');
      // The peak: Node ~45 MB, the models and their young garbage ~70 MB, DuckDB ~50 MB.
      expect(shard.peakBytes).toBeLessThan(200e6);
      const db = await openDuckDb();
      try {
        const result = await db.connection.runAndReadAll(`SELECT count(*), min("index"), max("index") FROM read_parquet(${sqlString(join(runDir, 'part-00001-of-10000.parquet'))})`);
        expect(result.getRowsJS()[0]!.map(Number)).toEqual([1_000, 0, 999]);
      } finally {
        db.close();
      }
    },
  );
});
