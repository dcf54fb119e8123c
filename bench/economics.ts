import { evaluateEconomics, evaluateOrbit, projectEconomics, validateScenario } from '@solstice/core';
import { Bench } from 'tinybench';
import type { BenchResult } from './types.ts';

/**
 * `economics-eval`: the economics block (costs, break-even search, energy and
 * carbon per FLOP, scale-out) given the orbit, per second, and its cost
 * relative to the orbit block measured in the same run (the break-even search
 * must stay cheap: target at least 5x the orbit block's rate).
 * `projection-36y`: a 2025-2060 projection per second.
 */
export async function economicsBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  const orbit = evaluateOrbit(scenario);
  evaluateEconomics(scenario, orbit);
  const bench = new Bench({ time: 1_000 });
  let learningRate = 0;
  bench.add('orbit-eval', () => {
    evaluateOrbit({ ...scenario, orbit: { ...scenario.orbit, altitudeKm: 500 + (learningRate++ % 300) } });
  });
  bench.add('economics-eval', () => {
    // Vary the learning rate so no result can be reused across iterations.
    evaluateEconomics({ ...scenario, launch: { ...scenario.launch, learningRate: (learningRate++ % 50) / 100 } }, orbit);
  });
  bench.add('projection-36y', () => {
    projectEconomics(scenario, { fromYear: 2025, toYear: 2060 });
  });
  await bench.run();
  const hz = (name: string): number => {
    const result = bench.tasks.find((task) => task.name === name)?.result;
    return result && 'throughput' in result ? result.throughput.mean : 0;
  };
  const orbitHz = hz('orbit-eval');
  return [
    {
      name: 'economics-eval',
      unit: 'evaluations/s',
      value: hz('economics-eval'),
      baselineName: 'orbit-eval',
      baselineValue: orbitHz,
      ratio: hz('economics-eval') / orbitHz,
      target: 5,
    },
    { name: 'projection-36y', unit: 'projections/s', value: hz('projection-36y') },
  ];
}
