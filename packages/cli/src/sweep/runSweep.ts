import { closeSync, openSync, writeSync } from 'node:fs';
import {
  checkSweepRanges,
  csvLine,
  evaluateSweepRows,
  planSweep,
  shardRange,
  sweepRows,
  type Scenario,
  type SweepBatchExecutor,
  type SweepDefinition,
  type SweepPlan,
  type SweepShard,
} from '@solstice/core';
import { UsageError } from '../io.ts';
import { createSweepPool, defaultWorkerCount } from './pool.ts';
import { createProgress } from './progress.ts';

/** Everything `solstice sweep` needs, parsed and checked. */
export interface SweepJob {
  readonly base: Scenario;
  readonly definition: SweepDefinition;
  readonly shard?: SweepShard | undefined;
  /** Worker threads; 0 evaluates in this thread; 'auto' chooses (`autoWorkerCount`). */
  readonly workers: number | 'auto';
  /** Absolute output path, or undefined for `write`. */
  readonly outPath?: string | undefined;
  /** Where lines go without an output path (stdout). */
  readonly write: (text: string) => void;
  readonly isTty: boolean;
  /** Stops the sweep after the row being written (Ctrl-C); the rows written so far stay. */
  readonly signal?: AbortSignal | undefined;
}

/** What a finished sweep reports. */
export interface SweepSummary {
  readonly rows: number;
  readonly start: number;
  readonly end: number;
  readonly size: number;
  readonly seconds: number;
  /** Result keys some rows had but the header did not (their values are not written). */
  readonly droppedColumns: readonly string[];
  /** Worker threads used (0: this thread). */
  readonly workers: number;
  /** Whether `signal` stopped the sweep before its last point. */
  readonly interrupted: boolean;
}

/**
 * The columns of both rows, in order: `first`'s, with each key only `second`
 * has inserted after the key that precedes it there (so an optional result key
 * such as `economics.breakEvenYear` lands beside its block).
 */
export function mergeColumns(first: readonly string[], second: readonly string[]): string[] {
  const merged = [...first];
  second.forEach((key, index) => {
    if (merged.includes(key)) return;
    const after = index === 0 ? -1 : merged.indexOf(second[index - 1]!);
    merged.splice(after + 1, 0, key);
  });
  return merged;
}

/**
 * Runs batches in this thread, first yielding to the event loop once per
 * batch, so that the progress bar redraws and Ctrl-C is heard.
 */
function inThreadExecutor(base: Scenario, plan: SweepPlan): SweepBatchExecutor {
  return async (start, end) => {
    await new Promise((resume) => setImmediate(resume));
    return evaluateSweepRows(base, plan, start, end);
  };
}

/** Opens the output file for writing, refusing (exit 2) a path that cannot be written. */
function openOutput(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`--out: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Below this estimated in-thread time, s, starting worker threads (each loads the models, about a second) does not pay. */
const WORKER_WORTHWHILE_S = 3;

/**
 * Worker threads for a sweep when none are asked for: none when the whole
 * sweep would take under WORKER_WORTHWHILE_S in this thread (estimated from
 * one evaluation), else one per core.
 * @param pointSeconds time of one evaluation in this thread, s
 */
export function autoWorkerCount(points: number, pointSeconds: number): number {
  return points * pointSeconds < WORKER_WORTHWHILE_S ? 0 : defaultWorkerCount();
}

/** Points per batch: small enough to balance the workers and move the bar, large enough to amortise messaging. */
function batchSizeFor(points: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.ceil(points / (Math.max(1, workers) * 8))));
}

/**
 * Runs a sweep and streams its rows, in index order, as CSV: each row is
 * written (synchronously, to the file itself) as soon as it and the rows
 * before it are done, so an interrupted sweep keeps every row it wrote.
 *
 * The columns are fixed before any work, the same for every shard: `index`,
 * the varied paths, then the flattened evaluation keys of the sweep's first
 * and last points (a key that only other rows have is reported in
 * `droppedColumns`). Only shard 1 (or an
 * unsharded sweep) writes the header, so `cat` of shards 1..N in order is the
 * whole sweep, byte for byte.
 */
export async function runSweep(job: SweepJob): Promise<SweepSummary> {
  const started = Date.now();
  const plan = planSweep(job.definition);
  checkSweepRanges(job.base, plan);
  const { start, end } = job.shard ? shardRange(plan.size, job.shard) : { start: 0, end: plan.size };
  let probeSeconds = Number.POSITIVE_INFINITY;
  const probe = (index: number) => {
    const before = performance.now();
    const keys = Object.keys(evaluateSweepRows(job.base, plan, index, index + 1)[0]!);
    probeSeconds = Math.min(probeSeconds, (performance.now() - before) / 1000); // the later probe runs warm
    return keys;
  };
  const columns = plan.size > 1 ? mergeColumns(probe(0), probe(plan.size - 1)) : probe(0);
  const known = new Set(columns);
  const dropped = new Set<string>();
  const fd = job.outPath === undefined ? undefined : openOutput(job.outPath);
  const emit = (text: string): void => {
    if (fd === undefined) job.write(text);
    else writeSync(fd, text);
  };
  const points = end - start;
  const wanted = job.workers === 'auto' ? autoWorkerCount(points, probeSeconds) : job.workers;
  const workers = Math.min(wanted, Math.ceil(points / batchSizeFor(points, wanted)));
  const pool = workers > 0 ? createSweepPool(workers) : undefined;
  const progress = createProgress(points, job.isTty, 'sweep');
  let rows = 0;
  try {
    if ((job.shard?.index ?? 1) === 1) emit(`${columns.join(',')}\n`);
    for await (const row of sweepRows(job.base, job.definition, {
      shard: job.shard,
      executor: pool ? pool.executorFor(job.base, job.definition) : inThreadExecutor(job.base, plan),
      batchSize: batchSizeFor(points, workers),
      concurrency: Math.max(1, 2 * workers),
    })) {
      for (const key in row) if (!known.has(key)) dropped.add(key);
      emit(csvLine(columns, row));
      rows++;
      progress.tick();
      if (job.signal?.aborted) break;
    }
  } finally {
    progress.stop();
    if (fd !== undefined) closeSync(fd);
    await pool?.close();
  }
  return { rows, start, end, size: plan.size, seconds: (Date.now() - started) / 1000, droppedColumns: [...dropped], workers, interrupted: rows < points };
}
