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
