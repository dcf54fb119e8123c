import { flattenResult, type SweepCell } from '../evaluate/flatten.ts';
import { evaluateScenario } from '../evaluate/index.ts';
import { ScenarioError, type ScenarioProblem } from '../scenario/errors.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioWithValues } from '../uncertainty/uncertainInputs.ts';
import type { SweepPlan } from './definition.ts';

/**
 * One evaluated sweep point: its index in the whole sweep, then the varied
 * values under their paths, then every leaf of the evaluation under its dotted
 * key (`economics.launchPriceUsdPerKg`). Column order is stable.
 */
export type SweepRow = Readonly<Record<string, SweepCell>>;

/** Evaluates one scenario into the columns of a sweep row (default: `evaluateScenario`, flattened). */
export type SweepEvaluator = (scenario: Scenario) => Readonly<Record<string, SweepCell>>;

/** The default sweep evaluator: every key of `solstice eval --json`, flattened. */
export const evaluateSweepColumns: SweepEvaluator = (scenario) => flattenResult(evaluateScenario(scenario));

/**
 * Evaluates the points [start, end) of a planned sweep, in order: the pure
 * kernel that both the in-process iterator and the CLI's worker threads run.
 */
export function evaluateSweepRows(
  base: Scenario,
  plan: SweepPlan,
  start: number,
  end: number,
  evaluate: SweepEvaluator = evaluateSweepColumns,
): SweepRow[] {
  const values = new Float64Array(plan.paths.length);
  const rows: SweepRow[] = [];
  for (let index = start; index < end; index++) {
    plan.valuesAt(index, values);
    const row: Record<string, SweepCell> = { index };
    plan.paths.forEach((path, j) => (row[path] = values[j]!));
    Object.assign(row, evaluate(scenarioWithValues(base, plan.paths, values)));
    rows.push(row);
  }
  return rows;
}

/**
 * Checks every varied input at both ends of its range against the scenario
 * schema (the others at the scenario's values), so a bad range is refused
 * before any work starts, with the field named.
 * @throws ScenarioError listing each end that is out of its field's range
 */
export function checkSweepRanges(base: Scenario, plan: SweepPlan): void {
  const problems: ScenarioProblem[] = [];
  for (const range of plan.definition.ranges) {
    for (const value of [range.start, range.stop]) {
      try {
        scenarioWithValues(base, [range.path], [value]);
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
}
