import { ORBIT_TO_GROUND_COST_RATIO, safeValidateScenario, scenarioMetrics, sobolSensitivity, tornado, uncertainInputsOf } from '@solstice/core';
import type { SensitivityRequest, SensitivityResponse } from './sensitivityProtocol.ts';

/** Base samples of the app's Sobol' study: N (d + 2) evaluations, 768 for four inputs (a few seconds). */
export const APP_SOBOL_SAMPLES = 128;

/**
 * Sensitivity off the main thread: core's `tornado` and `sobolSensitivity` of
 * the orbit/ground cost ratio over the scenario's uncertain inputs (the
 * functions `solstice sensitivity [--sobol]` uses), seeded by the block's seed.
 */
self.onmessage = (event: MessageEvent<SensitivityRequest>) => {
  const { id, raw } = event.data;
  const reply = (message: SensitivityResponse) => self.postMessage(message);
  const validation = safeValidateScenario(raw);
  if (!validation.ok) {
    reply({ id, ok: false, error: validation.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    return;
  }
  try {
    const scenario = validation.scenario;
    const inputs = uncertainInputsOf(scenario).length;
    if (inputs === 0) {
      reply({ id, ok: true, inputs, samples: 0, evaluations: 0, base: null, bars: [], sobol: null });
      return;
    }
    const metrics = scenarioMetrics([ORBIT_TO_GROUND_COST_RATIO]);
    const bars = tornado(scenario, metrics);
    const sobol = sobolSensitivity(scenario, metrics, { samples: APP_SOBOL_SAMPLES, seed: scenario.uncertainty.seed });
    reply({ id, ok: true, inputs, samples: sobol.samples, evaluations: sobol.evaluations, base: bars.base[ORBIT_TO_GROUND_COST_RATIO] ?? null, bars: bars.bars, sobol: sobol.metrics[0] ?? null });
  } catch (error) {
    reply({ id, ok: false, error: (error as Error).message });
  }
};
