import { evaluateScenario } from '../evaluate/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { flattenResult } from '../evaluate/flatten.ts';
import type { NullableNumber } from './monteCarlo.ts';

/**
 * A derived sensitivity metric: orbital over ground cost per kW-year,
 * `economics.orbitalUsdPerKwYear / economics.groundUsdPerKwYear`,
 * dimensionless; below 1 orbit is cheaper.
 */
export const ORBIT_TO_GROUND_COST_RATIO = 'orbitToGroundCostRatio';

/**
 * Named metrics of a scenario's evaluation, for `tornado` and
 * `sobolSensitivity`: dotted keys of `evaluateScenario` (as `solstice eval
 * --json` prints them) or `ORBIT_TO_GROUND_COST_RATIO`. A key absent from the
 * evaluation, or not a number (no break-even year), is null.
 * @param names the metrics, in order
 */
export function scenarioMetrics(names: readonly string[]): (scenario: Scenario) => Record<string, NullableNumber> {
  return (scenario) => {
    const flat = flattenResult(evaluateScenario(scenario));
    const orbital = flat['economics.orbitalUsdPerKwYear'];
    const ground = flat['economics.groundUsdPerKwYear'];
    const ratio = typeof orbital === 'number' && typeof ground === 'number' && ground > 0 ? orbital / ground : null;
    const value = (name: string): NullableNumber => {
      if (name === ORBIT_TO_GROUND_COST_RATIO) return ratio;
      const cell = flat[name];
      return typeof cell === 'number' ? cell : null;
    };
    return Object.fromEntries(names.map((name) => [name, value(name)]));
  };
}
