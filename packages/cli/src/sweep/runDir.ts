import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Scenario, SweepDefinition, SweepShard } from '@solstice/core';
import { UsageError } from '../io.ts';
import type { SweepColumn } from './columns.ts';

/** Output formats of `solstice sweep`. */
export type SweepFormat = 'csv' | 'jsonl' | 'parquet';

/** File name extension of each format. */
export const FORMAT_EXTENSION: Readonly<Record<SweepFormat, string>> = { csv: 'csv', jsonl: 'jsonl', parquet: 'parquet' };


/**
 * What a run folder holds, written once by the first shard to start (every
 * other shard checks it matches): the scenario and its hash, the sweep
 * definition (with its seed), the shard count, the format and typed columns.
 * Per-shard start and finish times are in `shards/part-K-of-N.json`, one file
 * per shard, because array tasks start at once and must not race on one file.
 */
export interface RunManifest {
  readonly kind: 'solstice-sweep-run';
  readonly version: 1;
  readonly solsticeVersion: string;
  readonly scenarioSha256: string;
  readonly scenario: Scenario;
  readonly definition: SweepDefinition;
  readonly points: number;
  readonly shardCount: number;
  readonly format: SweepFormat;
  readonly columns: readonly SweepColumn[];
  readonly createdAt: string;
}

/** One shard's record in a run folder. */
export interface ShardRecord {
  readonly shard: number;
  readonly shardCount: number;
  readonly start: number;
  readonly end: number;
  readonly host: string;
  readonly startedAt: string;
  readonly finishedAt?: string | undefined;
  readonly rows?: number | undefined;
  readonly seconds?: number | undefined;
}

/** SHA-256 of the scenario's JSON: the same scenario, the same hash. */
export function scenarioSha256(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

/** `part-00002-of-00004`: sorts in shard order for up to 99,999 shards. */
export function partName(shard: SweepShard): string {
  return `part-${String(shard.index).padStart(5, '0')}-of-${String(shard.count).padStart(5, '0')}`;
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** The paths of one shard's files in a run folder. */
export interface ShardPaths {
  readonly part: string;
  readonly chunks: string;
  readonly record: string;
}

export function shardPaths(runDir: string, shard: SweepShard, format: SweepFormat): ShardPaths {
  const name = partName(shard);
  return { part: join(runDir, `${name}.${FORMAT_EXTENSION[format]}`), chunks: join(runDir, 'chunks', name), record: join(runDir, 'shards', `${name}.json`) };
}

/**
 * Creates the run folder and its manifest, or checks that an existing
 * manifest describes the same sweep (scenario hash, definition, shard count,
 * format, columns).
 * @throws UsageError naming the first field that differs
 */
export function openRunDir(runDir: string, manifest: RunManifest): void {
  try {
    mkdirSync(join(runDir, 'shards'), { recursive: true });
    mkdirSync(join(runDir, 'chunks'), { recursive: true });
  } catch (error) {
    throw new UsageError(`--run-dir: cannot create ${runDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const path = join(runDir, 'manifest.json');
  // Exclusive and complete at once: the first shard's link wins, and a shard
  // starting at the same moment never reads a half-written manifest (as it
  // could after an exclusive create, before the write).
  const temporary = `${path}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    linkSync(temporary, path);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  const existing = readManifest(runDir);
  const same: [string, unknown, unknown][] = [
    ['scenarioSha256', existing.scenarioSha256, manifest.scenarioSha256],
    ['definition', JSON.stringify(existing.definition), JSON.stringify(manifest.definition)],
    ['shardCount', existing.shardCount, manifest.shardCount],
    ['format', existing.format, manifest.format],
    ['columns', JSON.stringify(existing.columns), JSON.stringify(manifest.columns)],
  ];
  const differs = same.find(([, a, b]) => a !== b);
  if (differs) throw new UsageError(`--run-dir: ${runDir} holds another sweep (its manifest's ${differs[0]} differs: ${String(differs[1]).slice(0, 80)} there, ${String(differs[2]).slice(0, 80)} here); use a new folder`);
}

/** Reads a run folder's manifest. */
export function readManifest(runDir: string): RunManifest {
  const path = join(runDir, 'manifest.json');
  if (!existsSync(path)) throw new UsageError(`${runDir} is not a sweep run folder (no manifest.json)`);
  return JSON.parse(readFileSync(path, 'utf8')) as RunManifest;
}

/** The shard records of a run folder, in shard order. */
export function readShardRecords(runDir: string): ShardRecord[] {
  const dir = join(runDir, 'shards');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ShardRecord);
}

/** Writes a shard's record atomically. */
export function writeShardRecord(path: string, record: ShardRecord): void {
  writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** Where this shard's record says it stands, or undefined if it never started. */
export function readShardRecord(path: string): ShardRecord | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ShardRecord) : undefined;
}

/** This machine, for shard records. */
export function hostName(): string {
  return hostname();
}

/** A chunk file's name: the point range it holds, so a resumed shard knows where to go on without reading it. */
export function chunkName(start: number, end: number, format: SweepFormat): string {
  return `chunk-${String(start).padStart(10, '0')}-${String(end).padStart(10, '0')}.${FORMAT_EXTENSION[format]}`;
}

/**
 * The complete chunks already in a shard's chunk folder (temporary files of an
 * interrupted write are ignored), checked to run contiguously from `start`.
 * @returns their paths in order and the index the shard goes on from
 */
export function completedChunks(dir: string, start: number, format: SweepFormat): { paths: string[]; next: number } {
  if (!existsSync(dir)) return { paths: [], next: start };
  const pattern = new RegExp(`^chunk-(\\d{10})-(\\d{10})\\.${FORMAT_EXTENSION[format]}$`);
  const chunks = readdirSync(dir)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry) => entry.match !== null)
    .map((entry) => ({ path: join(dir, entry.name), from: Number(entry.match![1]), to: Number(entry.match![2]) }))
    .sort((a, b) => a.from - b.from);
  let next = start;
  const paths: string[] = [];
  for (const chunk of chunks) {
    if (chunk.from !== next) break; // a gap: keep only the contiguous prefix
    paths.push(chunk.path);
    next = chunk.to;
  }
  return { paths, next };
}
