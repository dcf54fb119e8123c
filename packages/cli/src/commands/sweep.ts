import { resolve } from 'node:path';
import { parseShard, parseSweepRange, type SweepDefinition, type SweepRange } from '@solstice/core';
import { parseCommandArgs, wholeOption } from '../args.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';
import { parseColumnsOption } from '../sweep/columns.ts';
import type { SweepFormat } from '../sweep/runDir.ts';
import { DEFAULT_CHUNK_ROWS, runSweep } from '../sweep/runSweep.ts';
import { shardFromEnvironment } from '../sweep/shardAuto.ts';

/** Exit code after Ctrl-C, as shells report a SIGINT death (128 + 2). */
const EXIT_INTERRUPTED = 130;

/** The sweep the options describe: a grid, or a Latin hypercube with --samples. */
function sweepDefinition(ranges: readonly SweepRange[], samples: number | undefined, seed: number | undefined): SweepDefinition {
  if (ranges.length === 0) throw new UsageError('give at least one --vary path=start:stop:count');
  if (samples === undefined) {
    if (seed !== undefined) throw new UsageError('--seed needs --samples (a grid sweep has no randomness)');
    const missing = ranges.find((range) => range.count === undefined);
    if (missing) throw new UsageError(`--vary ${missing.path}: a grid needs a count (path=start:stop:count), or add --samples N for a Latin hypercube`);
    return { kind: 'grid', ranges };
  }
  return { kind: 'lhs', ranges: ranges.map(({ path, start, stop }) => ({ path, start, stop })), samples, seed: seed ?? 1 };
}

/** The --format value, checked. */
function formatOption(text: string | undefined): SweepFormat {
  if (text === undefined) return 'csv';
  if (text === 'csv' || text === 'jsonl' || text === 'parquet') return text;
  throw new UsageError(`--format: "${text}" is not one of csv, jsonl, parquet`);
}

export const sweepCommand: Command = {
  name: 'sweep',
  help: `Usage: solstice sweep <scenario.json> --vary path=start:stop:count... [--samples N [--seed S]]
                      [--workers N] [--shard k/N|auto] [--format csv|jsonl|parquet]
                      [--columns key,...] [--out FILE | --run-dir DIR [--resume]] [--set path=value]...

Evaluates the scenario at every point of a sweep and writes one row per
point: index, the varied values, then every key of 'solstice eval --json'
(flattened: economics.orbitalUsdPerKwYear). Values are in each key's unit.
Plans are drawn point by point, so a sweep may have up to 10^9 points and a
shard computes only its own.

  grid   the Cartesian product of each --vary's count evenly spaced values
         (start and stop included; the last --vary varies fastest)
  lhs    with --samples N: N Latin hypercube points, uniform over each
         --vary path=start:stop range (no count), reproducible for --seed

Rows are written in index order as soon as they are done, so an interrupted
sweep keeps what it computed (Ctrl-C stops after the current row, exit 130).
--shard k/N evaluates the k-th of N contiguous parts; only shard 1 writes the
header, so 'cat' of the N outputs in order is the whole sweep. Whole-number
fields (year) are rounded. --shard auto reads the part from a scheduler's
array index: SLURM_ARRAY_TASK_ID/_COUNT/_MIN (Slurm), JOB_COMPLETION_INDEX
(Kubernetes Indexed Job) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), the last
two 0-based with SOLSTICE_SHARD_COUNT.

Formats: csv (default), jsonl (one JSON object per row, null where absent),
parquet (typed columns: INTEGER index and years, DOUBLE numbers, VARCHAR
text, NULL where absent; written by DuckDB; needs --out or --run-dir).

--run-dir DIR writes DIR/manifest.json (scenario hash, definition, seed,
shard count, version, typed columns), DIR/part-K-of-N.<format> per shard
(atomically, when the shard is done), DIR/shards/part-K-of-N.json (host,
start and finish), and chunks of --chunk-rows rows while it runs. With
--resume a finished shard is skipped and an interrupted one goes on after
its last complete chunk. Query the parts with 'solstice query DIR'.

Options:
      --vary path=start:stop:count  a varied input (repeatable)
      --samples N          Latin hypercube with N points instead of a grid
      --seed S             seed of the Latin hypercube (default 1)
      --workers N          worker threads (default: one per core, or none when the
                           sweep would take under 3 s here; 0 runs in this thread)
      --shard k/N|auto     only part k of N (1 <= k <= N), or from the scheduler
      --format F           csv, jsonl or parquet (default csv)
      --columns k1,k2      keep only these result keys (index and inputs stay)
  -o, --out file           write to a file (default: stdout)
      --run-dir DIR        write a run folder (one part per shard, manifest)
      --resume             in a run folder, skip finished shards and go on
      --chunk-rows N       rows per chunk in a run folder (default ${DEFAULT_CHUNK_ROWS.toLocaleString('en-US')})
  -s, --set path=value     override a scenario field first (repeatable)
  -h, --help               show this help

A progress bar with ETA is drawn on stderr when it is a terminal.
Exit codes: 0 success, 2 bad input, 1 internal failure.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      vary: { type: 'string', multiple: true },
      samples: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      shard: { type: 'string' },
      format: { type: 'string' },
      columns: { type: 'string' },
      'run-dir': { type: 'string' },
      resume: { type: 'boolean' },
      'chunk-rows': { type: 'string' },
      out: { type: 'string', short: 'o' },
      set: { type: 'string', multiple: true, short: 's' },
      help: { type: 'boolean', short: 'h' },
    });
    if (positionals.length > 1) throw new UsageError(`expected one scenario file, got ${positionals.length}: ${positionals.join(' ')}`);
    const ranges = (values.vary ?? []).map(parseSweepRange);
    const definition = sweepDefinition(ranges, wholeOption('samples', values.samples, 1), wholeOption('seed', values.seed, 0));
    const shard = values.shard === undefined ? undefined : values.shard.trim() === 'auto' ? shardFromEnvironment(io.env ?? process.env) : parseShard(values.shard);
    const format = formatOption(values.format);
    const runDir = values['run-dir'] === undefined ? undefined : resolve(io.cwd, values['run-dir']);
    if (runDir !== undefined && values.out !== undefined) throw new UsageError('give --out or --run-dir, not both');
    if (values.resume && runDir === undefined) throw new UsageError('--resume needs --run-dir');
    const workers = wholeOption('workers', values.workers, 0) ?? 'auto';
    const base = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    // Ctrl-C stops after the current row, closes the file and the workers, and exits 130.
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    const summary = await runSweep({
      base,
      definition,
      shard,
      workers,
      outPath: values.out === undefined ? undefined : resolve(io.cwd, values.out),
      write: io.stdout,
      isTty: io.isTty,
      signal: interrupt.signal,
      format,
      keep: values.columns === undefined ? undefined : parseColumnsOption(values.columns),
      runDir,
      resume: values.resume === true,
      chunkRows: wholeOption('chunk-rows', values['chunk-rows'], 1),
    }).finally(() => process.off('SIGINT', onSigint));
    const part = shard ? ` (shard ${shard.index}/${shard.count}: points ${summary.start} to ${summary.end - 1} of ${summary.size})` : '';
    if (summary.skipped) {
      io.stderr(`shard ${shard?.index ?? 1}/${shard?.count ?? 1} already finished in ${values['run-dir']}, skipped\n`);
      return EXIT_OK;
    }
    const resumed = summary.resumed > 0 ? `, resumed after ${summary.resumed} points done before` : '';
    if (summary.droppedColumns.length > 0) {
      io.stderr(`solstice sweep: some rows had keys the result contract lacks (run 'npm run docs:contract'), not written: ${summary.droppedColumns.join(', ')}\n`);
    }
    const threads = summary.workers === 0 ? 'in this thread' : `on ${summary.workers} worker thread${summary.workers === 1 ? '' : 's'}`;
    const wrote = summary.outPath === undefined ? '' : `, wrote ${values.out ?? summary.outPath}`;
    io.stderr(`swept ${summary.rows} points in ${summary.seconds.toFixed(1)} s ${threads}${part}${resumed}${summary.interrupted ? '' : wrote}\n`);
    if (summary.interrupted) {
      io.stderr(`interrupted: ${summary.rows} rows written (points ${summary.start} to ${summary.start + summary.resumed + summary.rows - 1})\n`);
      return EXIT_INTERRUPTED;
    }
    return EXIT_OK;
  },
};
