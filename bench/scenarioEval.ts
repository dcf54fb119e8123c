import { evaluateScenario, validateScenario } from '@solstice/core';
import { Bench } from 'tinybench';
import { tinybenchHz } from './timing.ts';
import type { BenchResult } from './types.ts';

/**
 * `scenario-eval`: full scenario evaluations per second on one core (target
 * >= 1,000, issue 15), every block included. The altitude changes on every call (never
 * repeating), so no memoised geometry is reused: the cold cost of a sweep
 * over orbit or cluster inputs. `scenario-eval-economic-sweep`: the same
 * evaluation while only economic inputs change (electricity price, learning
 * rate), as in a sweep of costs over one design, where the memoised network
 * and formation integration check are reused.
 */
export async function scenarioEvalBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  evaluateScenario(scenario); // warm the per-year Sun cache, as a sweep would
  const bench = new Bench({ time: 2_000 });
  let call = 0;
  bench.add('scenario-eval', () => {
    evaluateScenario({ ...scenario, orbit: { ...scenario.orbit, altitudeKm: 500 + (call++ % 1_000_000) * 1e-4 } });
  });
  bench.add('scenario-eval-economic-sweep', () => {
    call++;
    evaluateScenario({
      ...scenario,
      launch: { ...scenario.launch, learningRate: 0.15 + (call % 100) * 1e-3 },
      ground: { ...scenario.ground, electricityUsdPerKwh: 0.05 + (call % 977) * 1e-4 },
    });
  });
  await bench.run();
  return [
    { name: 'scenario-eval', unit: 'evaluations/s', value: tinybenchHz(bench, 'scenario-eval'), target: 1_000 },
    { name: 'scenario-eval-economic-sweep', unit: 'evaluations/s', value: tinybenchHz(bench, 'scenario-eval-economic-sweep'), target: 500 },
  ];
}
