import { evaluateSweepRows, planSweep, type Scenario, type SweepDefinition, type SweepPlan, type SweepRow } from '@solstice/core';

/** One batch of a sweep for a worker thread: plain data, structured-cloned across. */
export interface SweepTask {
  readonly base: Scenario;
  readonly definition: SweepDefinition;
  readonly start: number;
  readonly end: number;
}

/** The last plan this thread made, reused while the same sweep runs (planning is cheap, O(ranges), but not free). */
let cached: { key: string; plan: SweepPlan } | undefined;

/**
 * Evaluates sweep points [start, end) in a worker thread: the same
 * `evaluateSweepRows` kernel that the in-process iterator runs, so a row is
 * identical whichever thread computed it.
 */
export function runSweepTask(task: SweepTask): SweepRow[] {
  const key = JSON.stringify(task.definition);
  if (cached?.key !== key) cached = { key, plan: planSweep(task.definition) };
  return evaluateSweepRows(task.base, cached.plan, task.start, task.end);
}
