import { evaluateScenario, validateScenario } from '@solstice/core';
import { Bench } from 'tinybench';
import type { BenchResult } from './types.ts';

/** `scenario-eval`: validated scenario evaluations per second on one core (target >= 500). */
export async function scenarioEvalBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  evaluateScenario(scenario); // warm the per-year Sun cache, as a sweep would
  const bench = new Bench({ time: 1_000 });
  let year = 2030;
  bench.add('scenario-eval', () => {
    // Vary the altitude so no result can be cached across iterations.
    evaluateScenario({ ...scenario, orbit: { ...scenario.orbit, altitudeKm: 500 + (year++ % 300) } });
  });
  await bench.run();
  const task = bench.tasks[0]!;
  const hz = task.result && 'throughput' in task.result ? task.result.throughput.mean : 0;
  return [{ name: 'scenario-eval', unit: 'evaluations/s', value: hz, target: 500 }];
}
