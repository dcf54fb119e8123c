import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { openDuckDb, sqlString } from '../sweep/duckdb.ts';
import { readManifest, readShardRecords, type RunManifest } from '../sweep/runDir.ts';
import { summariseInput, type InputSummary } from '../sweep/summary.ts';
import { csvCell, safeValidateSweepSummary } from '@solstice/core';

/** What DuckDB reads a format with. */
const READERS = { parquet: 'read_parquet', csv: 'read_csv', jsonl: 'read_json' } as const;

/** What `solstice query DIR --summary` writes: the run, its shards, and each input's summary. */
export interface RunSummary {
  readonly kind: 'solstice-sweep-summary';
  readonly version: 1;
  readonly runDir: string;
  readonly points: number;
  readonly rows: number;
  readonly shards: { readonly count: number; readonly finished: number; readonly missing: readonly number[] };
  readonly definition: RunManifest['definition'];
  readonly inputs: readonly InputSummary[];
}

/** A JSON-friendly cell (bigint to number). */
function plain(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

export const queryCommand: Command = {
  name: 'query',
  help: `Usage: solstice query <run-dir> "SQL" [--json] [--out FILE]
       solstice query <run-dir> --summary [--out summary.json]

Runs SQL over the rows of a run folder written by 'solstice sweep --run-dir'
(or over one Parquet file): every part is a view named sweep, so

  solstice query run "SELECT \\"orbit.altitudeKm\\", avg(\\"economics.orbitalUsdPerKwYear\\") FROM sweep GROUP BY 1 ORDER BY 1"

Column names hold dots: quote them with double quotes. DuckDB runs inside
this process; nothing to start. Output is CSV with a header, or a JSON array
of objects with --json.

--summary answers the planner's questions as JSON: the run's shards
(finished, missing), and for each varied input, by decile of the input, the
share of points that break even, their median break-even year, the median
orbit/ground cost ratio and the cheapest orbital USD per kW-year; and the
Pareto front of orbital USD per kW-year (lower better) against the input
(higher better). The app opens this file.

Options:
      --summary      write the summary JSON instead of running SQL
      --json         rows as a JSON array (default CSV)
  -o, --out FILE     write to a file (default: stdout)
  -h, --help         show this help

Exit codes: 0 success, 2 bad input (a bad SQL statement included), 1 internal failure.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
      summary: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      },
      'several',
    );
    const [target, sql, ...extra] = positionals;
    if (target === undefined) throw new UsageError('give a run folder (solstice sweep --run-dir) or a Parquet file');
    if (extra.length > 0) throw new UsageError(`expected a run folder and one SQL statement; quote the SQL (got ${positionals.length} arguments)`);
    if (values.summary === (sql !== undefined)) throw new UsageError(values.summary ? 'give SQL or --summary, not both' : 'give a SQL statement, or --summary');
    const path = resolve(io.cwd, target);
    if (!existsSync(path)) throw new UsageError(`${target}: no such run folder or file`);
    const isDir = statSync(path).isDirectory();
    const manifest = isDir ? readManifest(path) : undefined;
    const format = manifest?.format ?? 'parquet';
    const files = isDir ? readdirSync(path).filter((name) => /^part-\d+-of-\d+\./.test(name)).sort().map((name) => join(path, name)) : [path];
    if (files.length === 0) throw new UsageError(`${target}: no finished parts yet (part-K-of-N.${format})`);
    const db = await openDuckDb();
    try {
      const reader = READERS[format];
      await db.connection.run(`CREATE VIEW sweep AS SELECT * FROM ${reader}([${files.map(sqlString).join(', ')}])`);
      let text: string;
      if (values.summary) {
        if (!manifest) throw new UsageError('--summary needs a run folder (it reads the manifest)');
        const records = readShardRecords(path);
        const finished = new Set(records.filter((record) => record.finishedAt !== undefined).map((record) => record.shard));
        const missing = Array.from({ length: manifest.shardCount }, (_, i) => i + 1).filter((shard) => !finished.has(shard));
        const columns = new Set(manifest.columns.map((column) => column.name));
        const count = await db.connection.runAndReadAll('SELECT count(*) FROM sweep');
        const inputs: InputSummary[] = [];
        for (const range of manifest.definition.ranges) inputs.push(await summariseInput(db.connection, range.path, columns));
        const summary: RunSummary = {
          kind: 'solstice-sweep-summary',
          version: 1,
          runDir: path,
          points: manifest.points,
          rows: Number(count.getRowsJS()[0]![0]),
          shards: { count: manifest.shardCount, finished: finished.size, missing },
          definition: manifest.definition,
          inputs,
        };
        // The app opens this file with the same schema: a summary it would refuse is a bug here, not a user error.
        const checked = safeValidateSweepSummary(summary);
        if (!checked.ok) throw new Error(`the summary does not match core's sweepSummarySchema: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        text = `${JSON.stringify(summary, null, 2)}\n`;
        if (missing.length > 0) io.stderr(`solstice query: ${missing.length} of ${manifest.shardCount} shards not finished (${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}); the summary covers the finished ones\n`);
      } else {
        let result;
        try {
          result = await db.connection.runAndReadAll(sql!);
        } catch (error) {
          throw new UsageError(`SQL: ${(error as Error).message}`);
        }
        const names = result.columnNames();
        const rows = result.getRowsJS();
        text = values.json
          ? `${JSON.stringify(rows.map((row) => Object.fromEntries(names.map((name, i) => [name, plain(row[i])]))))}\n`
          : `${names.map((name) => csvCell(name)).join(',')}\n${rows.map((row) => `${row.map((cell) => csvCell(cell === null ? null : typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : String(plain(cell)))).join(',')}\n`).join('')}`;
      }
      if (values.out === undefined) io.stdout(text);
      else writeFileSync(resolve(io.cwd, values.out), text);
      return EXIT_OK;
    } finally {
      db.close();
    }
  },
};
