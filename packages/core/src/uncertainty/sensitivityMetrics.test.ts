import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../evaluate/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { ORBIT_TO_GROUND_COST_RATIO, scenarioMetrics } from './sensitivityMetrics.ts';

describe('scenarioMetrics', () => {
  const scenario = validateScenario({ year: 2035 });

  it('gives dotted evaluation keys and the orbit/ground cost ratio (orbital over ground USD per kW-year)', () => {
    const economics = evaluateScenario(scenario).economics;
    const metrics = scenarioMetrics([ORBIT_TO_GROUND_COST_RATIO, 'economics.orbitalUsdPerKwYear'])(scenario);
    expect(metrics['economics.orbitalUsdPerKwYear']).toBe(economics.orbitalUsdPerKwYear);
    expect(metrics[ORBIT_TO_GROUND_COST_RATIO]).toBeCloseTo(economics.orbitalUsdPerKwYear / economics.groundUsdPerKwYear, 12);
  });

  it('gives null for a key that is not a number of the evaluation', () => {
    expect(scenarioMetrics(['economics.nope'])(scenario)).toEqual({ 'economics.nope': null });
  });
});
