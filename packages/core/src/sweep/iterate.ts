import type { Scenario } from '../scenario/schema.ts';
import { planSweep, type SweepDefinition } from './definition.ts';
import { evaluateSweepRows, checkSweepRanges, type SweepRow } from './rows.ts';
import { shardRange, type SweepShard } from './shard.ts';

/**
 * Evaluates the sweep points [start, end) and returns their rows in order;
 * may run anywhere (a worker pool, a remote machine). The default runs
 * `evaluateSweepRows` in this thread.
 */
export type SweepBatchExecutor = (start: number, end: number) => Promise<readonly SweepRow[]> | readonly SweepRow[];

/** How `sweepRows` splits and schedules the work. */
export interface SweepRunOptions {
  /** Only this part of the sweep (default: all of it). */
  readonly shard?: SweepShard | undefined;
  /** Only the points [start, end) (a resumed shard's rest); overrides `shard`. */
  readonly range?: { readonly start: number; readonly end: number } | undefined;
  /** Runs one batch of points (default: in this thread). */
  readonly executor?: SweepBatchExecutor | undefined;
  /** Points per batch (default 64). */
  readonly batchSize?: number | undefined;
  /** Batches in flight at once (default 1; set it to the executor's worker count). */
  readonly concurrency?: number | undefined;
}

/**
 * Runs a sweep and yields its rows one by one in index order, as soon as each
 * row and every row before it is done: a typed async iterator for scripts.
 *
 * ```ts
 * for await (const row of sweepRows(scenario, { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 500, stop: 900, count: 5 }] })) {
 *   console.log(row['orbit.altitudeKm'], row['economics.launchedPowerUsdPerKwYear']);
 * }
 * ```
 * @throws ScenarioError before the first row for a bad path or a range outside its field's limits
 */
export async function* sweepRows(base: Scenario, definition: SweepDefinition, options: SweepRunOptions = {}): AsyncGenerator<SweepRow, void, undefined> {
  const plan = planSweep(definition);
  checkSweepRanges(base, plan);
  const { start, end } = options.range ?? (options.shard ? shardRange(plan.size, options.shard) : { start: 0, end: plan.size });
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= plan.size)) {
    throw new RangeError(`sweep range [${start}, ${end}) is not within [0, ${plan.size})`);
  }
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 64));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const executor: SweepBatchExecutor = options.executor ?? ((from, to) => evaluateSweepRows(base, plan, from, to));
  const inFlight: Promise<readonly SweepRow[]>[] = [];
  let next = start;
  const launch = (): void => {
    const from = next;
    const to = Math.min(end, from + batchSize);
    next = to;
    const batch = Promise.resolve().then(() => executor(from, to));
    batch.catch(() => undefined); // awaited in order below; this only silences an early unhandled rejection
    inFlight.push(batch);
  };
  while (next < end && inFlight.length < concurrency) launch();
  while (inFlight.length > 0) {
    const rows = await inFlight.shift()!;
    if (next < end) launch();
    yield* rows;
  }
}
