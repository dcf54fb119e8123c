import type { Bench } from 'tinybench';

/** Best of `repeats` wall-clock timings of `run`, ms (other load only slows a run down). */
export function bestTimeMs(repeats: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Mean throughput of a tinybench task, runs per second (Hz); 0 when it has none (it failed or did not run). */
export function tinybenchHz(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result;
  return result && 'throughput' in result ? result.throughput.mean : 0;
}
