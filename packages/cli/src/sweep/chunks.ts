import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { csvLine, type SweepRow } from '@solstice/core';
import type { SweepColumn } from './columns.ts';
import { mergeParquetFiles, openDuckDb, startParquetFile, writeParquetFile, type ParquetFileWriter } from './duckdb.ts';
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
 * the shard's part. Rows are taken one at a time and not kept in JS: Parquet
 * rows go straight into DuckDB's appender, text rows into the chunk's text.
 * One per shard; close it when done.
 */
export interface ChunkWriter {
  /** Adds a row to the chunk being written. */
  readonly append: (row: SweepRow) => Promise<void>;
  /** Writes the rows appended since the last flush, the points [from, ...), as one chunk file, atomically; CSV's header goes with point 0. */
  readonly flush: (from: number, path: string) => Promise<void>;
  /** Joins the chunks, in order, into the part file, atomically (one chunk is renamed, not rewritten). */
  readonly merge: (chunks: readonly string[], path: string) => Promise<void>;
  readonly close: () => void;
}

/** A chunk writer for the format: Parquet through DuckDB, CSV and JSON Lines as text. */
export async function createChunkWriter(format: SweepFormat, columns: readonly SweepColumn[]): Promise<ChunkWriter> {
  if (format === 'parquet') {
    const db = await openDuckDb();
    let file: ParquetFileWriter | undefined;
    return {
      async append(row) {
        file ??= await startParquetFile(db.connection, columns);
        file.append(row);
      },
      async flush(_from, path) {
        file ??= await startParquetFile(db.connection, columns);
        await file.finish(path);
        file = undefined;
      },
      async merge(chunks, path) {
        if (chunks.length === 0) await writeParquetFile(db.connection, columns, [], path); // an empty shard: the schema, no rows
        else if (chunks.length === 1) renameSync(chunks[0]!, path);
        else await mergeParquetFiles(db.connection, chunks, path);
      },
      close: () => db.close(),
    };
  }
  let text = '';
  return {
    async append(row) {
      text += textRows(format, columns, [row], false);
    },
    async flush(from, path) {
      const header = format === 'csv' && from === 0 ? textRows(format, columns, [], true) : '';
      writeFileAtomic(path, header + text);
      text = '';
    },
    async merge(chunks, path) {
      if (chunks.length === 1) {
        renameSync(chunks[0]!, path);
        return;
      }
      writeFileSync(`${path}.tmp`, '');
      for (const chunk of chunks) appendFileSync(`${path}.tmp`, readFileSync(chunk));
      renameSync(`${path}.tmp`, path);
    },
    close: () => undefined,
  };
}
