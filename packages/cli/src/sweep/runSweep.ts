import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import {
  checkSweepRanges,
  evaluateSweepRows,
  planSweep,
  shardRange,
  sweepRows,
  type Scenario,
  type SweepBatchExecutor,
  type SweepDefinition,
  type SweepPlan,
  type SweepRow,
  type SweepShard,
} from '@solstice/core';
import { UsageError } from '../io.ts';
import { createChunkWriter, textRows } from './chunks.ts';
import { sweepColumns, type SweepColumn } from './columns.ts';
import { createSweepPool, defaultWorkerCount } from './pool.ts';
import { createProgress } from './progress.ts';
import {
  chunkName,
  completedChunks,
  hostName,
  openRunDir,
  readShardRecord,
  scenarioSha256,
  shardPaths,
  writeShardRecord,
  type SweepFormat,
} from './runDir.ts';
import { cliVersion } from '../version.ts';

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
  /** Output format (default csv); parquet needs `outPath` or `runDir`. */
  readonly format?: SweepFormat | undefined;
  /** Only these result keys (after index and the varied inputs). */
  readonly keep?: readonly string[] | undefined;
  /** A run folder: manifest.json, one part per shard, shard records (`runDir.ts`). */
  readonly runDir?: string | undefined;
  /** In a run folder: skip a finished shard, go on after an interrupted one's last complete chunk. */
  readonly resume?: boolean | undefined;
  /** Rows per chunk (the unit a resumed shard keeps); default 10,000. */
  readonly chunkRows?: number | undefined;
}

/** Rows per chunk file when none is asked for: about 2 MB of Parquet, a few seconds of work per core. */
export const DEFAULT_CHUNK_ROWS = 10_000;

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
  /** The columns written, typed. */
  readonly columns: readonly SweepColumn[];
  /** Points already done by an earlier run of this shard (--resume). */
  readonly resumed: number;
  /** Whether --resume found the shard finished and did nothing. */
  readonly skipped: boolean;
  /** The file written (part or --out), when not stdout. */
  readonly outPath?: string | undefined;
}

/** The time of one evaluation of a point in this thread, s: the faster of two runs (the first also loads the models). */
function evaluationSeconds(base: Scenario, plan: SweepPlan, index: number): number {
  let seconds = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    const before = performance.now();
    evaluateSweepRows(base, plan, index, index + 1);
    seconds = Math.min(seconds, (performance.now() - before) / 1000);
  }
  return seconds;
}

/**
 * Keeps V8's young generation at its initial size (1 MB semi-spaces) instead
 * of letting it grow to 16 MB ones: an evaluation allocates much short-lived
 * garbage, and the grown young generation held about 30 MB more resident
 * memory for no measurable speed (a 10^7-point shard's 1,000 points: peak RSS
 * 196 -> 167 MB; 100 points in this thread 8.1-8.6 s before, 8.7 s after).
 * V8 reads this flag each time it would grow the young generation, so setting
 * it while running works; it is process-wide, and worker threads share it.
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
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

/** How a sweep writes, decided before any work. */
interface Output {
  /** First point still to evaluate. */
  readonly from: number;
  /** Takes rows in index order. */
  readonly accept: (row: SweepRow) => Promise<void>;
  /** Flushes; `complete` when every point is done. */
  readonly finish: (complete: boolean, rows: number, seconds: number) => Promise<void>;
  readonly outPath?: string | undefined;
}

/** CSV or JSON Lines streamed row by row (synchronously, to the file itself), so a killed sweep keeps every row it wrote. */
function streamOutput(job: SweepJob, format: 'csv' | 'jsonl', columns: readonly SweepColumn[], start: number): Output {
  const fd = job.outPath === undefined ? undefined : openOutput(job.outPath);
  const emit = (text: string): void => {
    if (fd === undefined) job.write(text);
    else writeSync(fd, text);
  };
  if (format === 'csv' && (job.shard?.index ?? 1) === 1) emit(`${columns.map((column) => column.name).join(',')}\n`);
  return {
    from: start,
    accept: async (row) => emit(textRows(format, columns, [row], false)),
    finish: async () => {
      if (fd !== undefined) closeSync(fd);
    },
    outPath: job.outPath,
  };
}

/**
 * Rows written in chunks of `chunkRows` (each file complete once renamed into
 * place), joined into one part at the end: a run folder's part
 * (`--run-dir`), or a Parquet `--out` file.
 */
async function chunkedOutput(job: SweepJob, format: SweepFormat, columns: readonly SweepColumn[], plan: SweepPlan, start: number, end: number): Promise<Output | 'finished'> {
  const shard = job.shard ?? { index: 1, count: 1 };
  let paths: { part: string; chunks: string; record?: string };
  if (job.runDir !== undefined) {
    openRunDir(job.runDir, {
      kind: 'solstice-sweep-run',
      version: 1,
      solsticeVersion: cliVersion(),
      scenarioSha256: scenarioSha256(job.base),
      scenario: job.base,
      definition: job.definition,
      points: plan.size,
      shardCount: shard.count,
      format,
      columns,
      createdAt: new Date().toISOString(),
    });
    paths = shardPaths(job.runDir, shard, format);
    const record = readShardRecord(paths.record!);
    if (record?.finishedAt !== undefined && existsSync(paths.part)) {
      if (job.resume) return 'finished';
      throw new UsageError(`--run-dir: shard ${shard.index}/${shard.count} already finished (${paths.part}); pass --resume to skip finished shards`);
    }
    if (!job.resume && completedChunks(paths.chunks, start, format).paths.length > 0) {
      throw new UsageError(`--run-dir: shard ${shard.index}/${shard.count} was interrupted (chunks in ${paths.chunks}); pass --resume to go on from its last complete chunk`);
    }
  } else {
    paths = { part: job.outPath!, chunks: `${job.outPath!}.chunks` };
    rmSync(paths.chunks, { recursive: true, force: true });
  }
  try {
    mkdirSync(paths.chunks, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out: cannot write ${paths.part}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const done = completedChunks(paths.chunks, start, format);
  const chunks = [...done.paths];
  const startedAt = new Date().toISOString();
  const record = paths.record;
  if (record !== undefined) writeShardRecord(record, { shard: shard.index, shardCount: shard.count, start, end, host: hostName(), startedAt });
  const writer = await createChunkWriter(format, columns);
  const chunkRows = Math.max(1, Math.floor(job.chunkRows ?? DEFAULT_CHUNK_ROWS));
  let buffered = 0;
  let bufferFrom = done.next;
  const flush = async (): Promise<void> => {
    if (buffered === 0) return;
    const path = `${paths.chunks}/${chunkName(bufferFrom, bufferFrom + buffered, format)}`;
    await writer.flush(bufferFrom, path);
    chunks.push(path);
    bufferFrom += buffered;
    buffered = 0;
  };
  return {
    from: done.next,
    async accept(row) {
      await writer.append(row);
      if (++buffered >= chunkRows) await flush();
    },
    async finish(complete, rows, seconds) {
      try {
        await flush();
        if (!complete) return;
        await writer.merge(chunks, paths.part);
        rmSync(paths.chunks, { recursive: true, force: true });
        if (record !== undefined) {
          writeShardRecord(record, { shard: shard.index, shardCount: shard.count, start, end, host: hostName(), startedAt, finishedAt: new Date().toISOString(), rows: done.next - start + rows, seconds });
        }
      } finally {
        writer.close();
      }
    },
    outPath: paths.part,
  };
}

/**
 * Runs a sweep and writes its rows in index order: streamed as CSV or JSON
 * Lines (each row written, synchronously, as soon as it and the rows before
 * it are done, so an interrupted sweep keeps every row it wrote), or in
 * chunks joined into one part per shard (Parquet, or any format in a run
 * folder, which also gets a manifest and can be resumed).
 *
 * The columns are fixed before any work, the same for every shard: `index`,
 * the varied paths, then every result key of the contract (`sweepColumns`:
 * from the scenario schema and the `Evaluation` type, not from evaluated
 * points; a key a row has beyond them is reported in `droppedColumns`). Only shard 1 (or an unsharded
 * sweep) writes the CSV header, so `cat` of shards 1..N in order is the whole
 * sweep, byte for byte.
 */
export async function runSweep(job: SweepJob): Promise<SweepSummary> {
  const started = Date.now();
  keepYoungGenerationSmall();
  const format = job.format ?? 'csv';
  const plan = planSweep(job.definition);
  checkSweepRanges(job.base, plan);
  const { start, end } = job.shard ? shardRange(plan.size, job.shard) : { start: 0, end: plan.size };
  const columns = sweepColumns(plan.paths, job.keep);
  const known = new Set(columns.map((column) => column.name));
  const dropped = new Set<string>();
  if (format === 'parquet' && job.outPath === undefined && job.runDir === undefined) throw new UsageError('--format parquet needs --out file.parquet or --run-dir DIR (Parquet cannot stream to stdout)');
  const output = job.runDir !== undefined || format === 'parquet' ? await chunkedOutput(job, format, columns, plan, start, end) : streamOutput(job, format, columns, start);
  if (output === 'finished') {
    return { rows: 0, start, end, size: plan.size, seconds: (Date.now() - started) / 1000, droppedColumns: [], workers: 0, interrupted: false, columns, resumed: end - start, skipped: true };
  }
  const points = end - output.from;
  const wanted = job.workers === 'auto' ? autoWorkerCount(points, points > 0 ? evaluationSeconds(job.base, plan, output.from) : 0) : job.workers;
  const workers = points === 0 ? 0 : Math.min(wanted, Math.ceil(points / batchSizeFor(points, wanted)));
  const pool = workers > 0 ? createSweepPool(workers) : undefined;
  const progress = createProgress(points, job.isTty, 'sweep');
  let rows = 0;
  let failed = true;
  try {
    if (points > 0) {
      for await (const row of sweepRows(job.base, job.definition, {
        range: { start: output.from, end },
        executor: pool ? pool.executorFor(job.base, job.definition) : inThreadExecutor(job.base, plan),
        batchSize: batchSizeFor(points, workers),
        concurrency: Math.max(1, 2 * workers),
      })) {
        if (!job.keep) for (const key in row) if (!known.has(key)) dropped.add(key);
        await output.accept(row);
        rows++;
        progress.tick();
        if (job.signal?.aborted) break;
      }
    }
    failed = false;
  } finally {
    progress.stop();
    await pool?.close();
    if (failed) await output.finish(false, rows, 0).catch(() => undefined);
  }
  const seconds = (Date.now() - started) / 1000;
  await output.finish(rows === points, rows, seconds);
  return {
    rows,
    start,
    end,
    size: plan.size,
    seconds,
    droppedColumns: [...dropped],
    workers,
    interrupted: rows < points,
    columns,
    resumed: output.from - start,
    skipped: false,
    outPath: output.outPath,
  };
}
