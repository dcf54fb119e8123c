/** Sweeps: grid and Latin hypercube definitions, shards, and the async-iterator runner. */
export * from './definition.ts';
export * from './shard.ts';
export * from './rows.ts';
export * from './iterate.ts';
export * from './csv.ts';
export * from './streamingLhs.ts';
export * from './summary.ts';
