import { ScenarioError } from '../scenario/errors.ts';

/** Part k of N of a sweep (1 <= k <= N), for splitting one sweep over N machines. */
export interface SweepShard {
  readonly index: number;
  readonly count: number;
}

/**
 * Parses `k/N` (the CLI's `--shard`).
 * @throws ScenarioError unless k and N are whole numbers with 1 <= k <= N
 */
export function parseShard(text: string): SweepShard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(index >= 1 && index <= count)) {
    throw new ScenarioError([{ path: 'shard', message: `"${text}" is not k/N with 1 <= k <= N, e.g. 2/8` }]);
  }
  return { index, count };
}

/**
 * The point indices of shard k of N: the contiguous range
 * [⌊(k - 1) size / N⌋, ⌊k size / N⌋), so shards 1..N in order cover every
 * point once and their outputs concatenate to the whole sweep.
 * @returns start (included) and end (excluded) point indices
 */
export function shardRange(size: number, shard: SweepShard): { readonly start: number; readonly end: number } {
  return { start: Math.floor(((shard.index - 1) * size) / shard.count), end: Math.floor((shard.index * size) / shard.count) };
}
