import { breakEvenYear, economicsBlock, economicsInYear, projectEconomics, resolveEconomics, resolveSatelliteDesign, scenarioEconomics, validateScenario } from '@solstice/core';
import { Bench } from 'tinybench';
import { tinybenchHz } from './timing.ts';
import type { BenchResult } from './types.ts';

/**
 * `economics-eval`: the economics block of `solstice eval` (costs, break-even
 * search, energy and carbon per FLOP, scale-out) given the orbit, per second.
 * `break-even`: the break-even search per second as a ratio to one year's
 * economics measured in the same run; the target 0.1 means the search costs
 * at most ten single years (it bisects over 2020-2100).
 * `projection-36y`: a 2025-2060 projection per second.
 */
export async function economicsBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  // The satellite design (a year of sunlight) resolved once, so economics are timed alone.
  const design = resolveSatelliteDesign(scenario);
  // Models with different learning rates, resolved beforehand, so the search is timed alone.
  const models = Array.from({ length: 64 }, (_, k) =>
    scenarioEconomics({ ...scenario, launch: { ...scenario.launch, learningRate: 0.1 + k / 200 }, economics: { ...scenario.economics, hardwareCostDeclinePerYear: 0.1 } }).model,
  );
  let k = 0;
  const bench = new Bench({ time: 1_000 });
  bench.add('economics-eval', () => {
    // Vary the learning rate so no result can be reused across iterations.
    const varied = { ...scenario, launch: { ...scenario.launch, learningRate: (k++ % 50) / 100 } };
    economicsBlock(varied, resolveEconomics(varied, design));
  });
  bench.add('one-year', () => {
    economicsInYear(models[k++ % 64]!, 2020 + (k % 81));
  });
  bench.add('break-even', () => {
    breakEvenYear(models[k++ % 64]!);
  });
  bench.add('projection-36y', () => {
    projectEconomics(scenario, { fromYear: 2025, toYear: 2060 });
  });
  await bench.run();
  const hz = (name: string): number => tinybenchHz(bench, name);
  return [
    { name: 'economics-eval', unit: 'evaluations/s', value: hz('economics-eval') },
    {
      name: 'break-even',
      unit: 'searches/s',
      value: hz('break-even'),
      baselineName: 'one-year',
      baselineValue: hz('one-year'),
      ratio: hz('break-even') / hz('one-year'),
      target: 0.1,
    },
    { name: 'projection-36y', unit: 'projections/s', value: hz('projection-36y') },
  ];
}
