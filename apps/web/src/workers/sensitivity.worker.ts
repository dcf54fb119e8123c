import { ORBIT_TO_GROUND_COST_RATIO, scenarioMetrics, sobolSensitivity, tornado, uncertainInputsOf } from '@solstice/core';
import { answerScenarioRequests } from './answerScenarioRequests.ts';
import type { SensitivityRequest, SensitivityResponse } from './sensitivityProtocol.ts';

/** Base samples of the app's Sobol' study: N (d + 2) evaluations, 768 for four inputs (a few seconds). */
export const APP_SOBOL_SAMPLES = 128;

/**
 * Sensitivity off the main thread: core's `tornado` and `sobolSensitivity` of
 * the orbit/ground cost ratio over the scenario's uncertain inputs (the
 * functions `solstice sensitivity [--sobol]` uses), seeded by the block's seed.
 */
answerScenarioRequests<SensitivityRequest, SensitivityResponse>((scenario) => {
  const inputs = uncertainInputsOf(scenario).length;
  if (inputs === 0) return { inputs, samples: 0, evaluations: 0, base: null, bars: [], sobol: null };
  const metrics = scenarioMetrics([ORBIT_TO_GROUND_COST_RATIO]);
  const bars = tornado(scenario, metrics);
  const sobol = sobolSensitivity(scenario, metrics, { samples: APP_SOBOL_SAMPLES, seed: scenario.uncertainty.seed });
  return { inputs, samples: sobol.samples, evaluations: sobol.evaluations, base: bars.base[ORBIT_TO_GROUND_COST_RATIO] ?? null, bars: bars.bars, sobol: sobol.metrics[0] ?? null };
});
