import { describe, expect, it } from 'vitest';
import { shardRange } from '@solstice/core';
import { shardFromEnvironment } from './shardAuto.ts';

describe('shardFromEnvironment (--shard auto)', () => {
  it('maps a Slurm array task to shard ID - MIN + 1 of COUNT, whatever the array starts at', () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({ index: 1, count: 4, scheduler: 'slurm' });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({ index: 4, count: 4, scheduler: 'slurm' });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '10', SLURM_ARRAY_TASK_MIN: '0' })).toEqual({ index: 1, count: 10, scheduler: 'slurm' });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '109', SLURM_ARRAY_TASK_COUNT: '10', SLURM_ARRAY_TASK_MIN: '100' })).toEqual({ index: 10, count: 10, scheduler: 'slurm' });
  });

  it('maps a Kubernetes Indexed Job and an AWS Batch array job (0-based) to shard index + 1 of SOLSTICE_SHARD_COUNT', () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '0', SOLSTICE_SHARD_COUNT: '8' })).toEqual({ index: 1, count: 8, scheduler: 'kubernetes' });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '7', SOLSTICE_SHARD_COUNT: '8' })).toEqual({ index: 8, count: 8, scheduler: 'kubernetes' });
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '3', SOLSTICE_SHARD_COUNT: '5' })).toEqual({ index: 4, count: 5, scheduler: 'aws-batch' });
  });

  it('covers every point once when each task of a 0-based array of N reads its own shard', () => {
    const covered: number[] = [];
    for (let task = 0; task < 7; task++) {
      const { start, end } = shardRange(100, shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: String(task), SOLSTICE_SHARD_COUNT: '7' }));
      for (let i = start; i < end; i++) covered.push(i);
    }
    expect(covered).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it.each([
    [{}, /no scheduler index in the environment.*SLURM_ARRAY_TASK_ID.*JOB_COMPLETION_INDEX.*AWS_BATCH_JOB_ARRAY_INDEX/],
    [{ JOB_COMPLETION_INDEX: '2' }, /JOB_COMPLETION_INDEX is set but SOLSTICE_SHARD_COUNT is not/],
    [{ AWS_BATCH_JOB_ARRAY_INDEX: '5', SOLSTICE_SHARD_COUNT: '5' }, /AWS_BATCH_JOB_ARRAY_INDEX=5 is not below SOLSTICE_SHARD_COUNT=5/],
    [{ SLURM_ARRAY_TASK_ID: '3' }, /SLURM_ARRAY_TASK_COUNT="" is not a whole number/],
    [{ SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1' }, /gives shard 9, outside 1 to SLURM_ARRAY_TASK_COUNT=4/],
    [{ JOB_COMPLETION_INDEX: 'x', SOLSTICE_SHARD_COUNT: '2' }, /JOB_COMPLETION_INDEX="x" is not a whole number/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => shardFromEnvironment(env)).toThrow(message);
  });
});
