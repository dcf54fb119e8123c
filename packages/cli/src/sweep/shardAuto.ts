import { UsageError } from '../io.ts';
import type { SweepShard } from '@solstice/core';

/** Environment variables a scheduler sets, as `process.env` holds them. */
export type SchedulerEnvironment = Readonly<Record<string, string | undefined>>;

/** A shard read from the environment, with the scheduler it came from (for the log line). */
export interface AutoShard extends SweepShard {
  readonly scheduler: 'slurm' | 'kubernetes' | 'aws-batch';
}

/** A whole number read from the environment, or a UsageError naming the variable. */
function wholeVariable(env: SchedulerEnvironment, name: string, min: number): number {
  const text = env[name];
  const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
  if (!(Number.isInteger(value) && value >= min)) throw new UsageError(`--shard auto: ${name}=${JSON.stringify(text ?? '')} is not a whole number of at least ${min}`);
  return value;
}

/** A 0-based index with the count from SOLSTICE_SHARD_COUNT, as Kubernetes and AWS Batch give it. */
function zeroBased(env: SchedulerEnvironment, indexName: string, scheduler: AutoShard['scheduler']): AutoShard {
  if (env.SOLSTICE_SHARD_COUNT === undefined) throw new UsageError(`--shard auto: ${indexName} is set but SOLSTICE_SHARD_COUNT is not (set it to the job's parallelism / array size)`);
  const index = wholeVariable(env, indexName, 0);
  const count = wholeVariable(env, 'SOLSTICE_SHARD_COUNT', 1);
  if (index >= count) throw new UsageError(`--shard auto: ${indexName}=${index} is not below SOLSTICE_SHARD_COUNT=${count}`);
  return { index: index + 1, count, scheduler };
}

/**
 * The shard of this array task from its scheduler's environment (`--shard auto`):
 * - Slurm job arrays: SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and
 *   SLURM_ARRAY_TASK_MIN (task k of `--array=MIN-MAX` is shard k - MIN + 1;
 *   the array must be a contiguous range with step 1);
 * - Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX (0-based) with SOLSTICE_SHARD_COUNT;
 * - AWS Batch array jobs: AWS_BATCH_JOB_ARRAY_INDEX (0-based) with SOLSTICE_SHARD_COUNT.
 * @returns shard k of N, 1 <= k <= N
 * @throws UsageError naming the variable when none is set or one is malformed
 */
export function shardFromEnvironment(env: SchedulerEnvironment): AutoShard {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = wholeVariable(env, 'SLURM_ARRAY_TASK_ID', 0);
    const count = wholeVariable(env, 'SLURM_ARRAY_TASK_COUNT', 1);
    const min = env.SLURM_ARRAY_TASK_MIN === undefined ? 0 : wholeVariable(env, 'SLURM_ARRAY_TASK_MIN', 0);
    const index = id - min + 1;
    if (index < 1 || index > count) {
      throw new UsageError(`--shard auto: SLURM_ARRAY_TASK_ID=${id} with SLURM_ARRAY_TASK_MIN=${min} gives shard ${index}, outside 1 to SLURM_ARRAY_TASK_COUNT=${count} (use a contiguous --array=MIN-MAX without a step)`);
    }
    return { index, count, scheduler: 'slurm' };
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) return zeroBased(env, 'JOB_COMPLETION_INDEX', 'kubernetes');
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) return zeroBased(env, 'AWS_BATCH_JOB_ARRAY_INDEX', 'aws-batch');
  throw new UsageError(
    '--shard auto: no scheduler index in the environment: set SLURM_ARRAY_TASK_ID (Slurm job array), JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job), the last two with SOLSTICE_SHARD_COUNT; or give --shard k/N',
  );
}
