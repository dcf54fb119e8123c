import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchResult } from './types.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const BIN = resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs');

/** Runs per figure; the median counts (at least 5, as the issue asks). */
const RUNS = 7;

/** Seconds of one run of `node ...args` with the built CLI's environment (no export condition). */
function runSeconds(args: readonly string[]): number {
  const env = { ...process.env, NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]solstice-source/g, '').trim() };
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * `cli-start` (`solstice --version`) and `cli-eval` (`solstice eval
 * scenarios/suncatcher.json --json`): wall-clock time of the built command as
 * users run it (bin/solstice.mjs with plain node), the median of 7 runs each,
 * as a ratio to `node -e 0` measured in the same rounds (the three commands
 * interleaved, so machine load falls on all alike). Targets: at most 5x and
 * 8x. Needs the built CLI (`npm install` or `npm run build` makes it).
 */
export async function cliStartBench(): Promise<BenchResult[]> {
  if (!existsSync(resolve(REPO_ROOT, 'packages/cli/dist/solstice.mjs'))) throw new Error('the CLI is not built: run npm run build');
  const baseline: number[] = [];
  const version: number[] = [];
  const evaluate: number[] = [];
  runSeconds([BIN, '--version']); // warm the file cache
  for (let run = 0; run < RUNS; run++) {
    baseline.push(runSeconds(['-e', '0']));
    version.push(runSeconds([BIN, '--version']));
    evaluate.push(runSeconds([BIN, 'eval', 'scenarios/suncatcher.json', '--json']));
  }
  const node = median(baseline);
  return [
    { name: 'cli-start', unit: 's', value: median(version), baselineName: 'node -e 0', baselineValue: node, ratio: median(version) / node, target: 5 },
    { name: 'cli-eval', unit: 's', value: median(evaluate), baselineName: 'node -e 0', baselineValue: node, ratio: median(evaluate) / node, target: 8 },
  ];
}
