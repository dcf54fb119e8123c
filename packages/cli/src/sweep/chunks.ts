import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { csvLine, type SweepRow } from '@solstice/core';
import type { SweepColumn } from './columns.ts';
import { mergeParquetFiles, openDuckDb, writeParquetFile } from './duckdb.ts';
import { writeFileAtomic, type SweepFormat } from './runDir.ts';

/** One JSON Lines record of a sweep row: the columns in order, null where absent. */
export function jsonLine(columns: readonly SweepColumn[], row: SweepRow): string {
  const record: Record<string, unknown> = {};
  for (const column of columns) record[column.name] = row[column.name] ?? null;
  return `${JSON.stringify(record)}\n`;
}

/** The text of rows in a text format; CSV starts with the header when `header` is set. */
export function textRows(format: 'csv' | 'jsonl', columns: readonly SweepColumn[], rows: readonly SweepRow[], header: boolean): string {
  const names = columns.map((column) => column.name);
  let text = format === 'csv' && header ? `${names.join(',')}\n` : '';
  for (const row of rows) text += format === 'csv' ? csvLine(names, row) : jsonLine(columns, row);
  return text;
}

/**
 * Writes a shard's rows as chunk files (each complete once renamed into
 * place, so a killed shard resumes after its last chunk) and joins them into
 * the shard's part. One per shard; close it when done.
 */
export interface ChunkWriter {
  /** Writes rows [from, to) as one chunk file, atomically; CSV's header goes with point 0. */
  readonly write: (rows: readonly SweepRow[], from: number, path: string) => Promise<void>;
  /** Joins the chunks, in order, into the part file, atomically. */
  readonly merge: (chunks: readonly string[], path: string) => Promise<void>;
  readonly close: () => void;
}

/** A chunk writer for the format: Parquet through DuckDB, CSV and JSON Lines as text. */
export async function createChunkWriter(format: SweepFormat, columns: readonly SweepColumn[]): Promise<ChunkWriter> {
  if (format === 'parquet') {
    const db = await openDuckDb();
    return {
      write: (rows, _from, path) => writeParquetFile(db.connection, columns, rows, path),
      async merge(chunks, path) {
        if (chunks.length === 0) await writeParquetFile(db.connection, columns, [], path); // an empty shard: the schema, no rows
        else await mergeParquetFiles(db.connection, chunks, path);
      },
      close: () => db.close(),
    };
  }
  return {
    async write(rows, from, path) {
      writeFileAtomic(path, textRows(format, columns, rows, from === 0));
    },
    async merge(chunks, path) {
      writeFileSync(`${path}.tmp`, '');
      for (const chunk of chunks) appendFileSync(`${path}.tmp`, readFileSync(chunk));
      renameSync(`${path}.tmp`, path);
    },
    close: () => undefined,
  };
}
