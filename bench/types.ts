/** One benchmark figure, as `npm run bench -- --json` prints it. */
export interface BenchResult {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  /** The baseline measured in the same run, where the figure is a ratio against one. */
  readonly baselineName?: string;
  readonly baselineValue?: number;
  /** value / baselineValue, or the speed-up the entry defines; compare with `target`. */
  readonly ratio?: number;
  /** The figure the entry aims for, in `unit` (or as a ratio when `ratio` is set). */
  readonly target?: number;
}

/** A benchmark suite: runs and returns its figures. */
export type BenchSuite = () => Promise<BenchResult[]>;
