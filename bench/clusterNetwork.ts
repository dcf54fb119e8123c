import {
  clusterFormationDesign,
  clusterNetworkOverOrbit,
  formationRicPositionsM,
  latticeBisections,
  latticeLinkGraph,
  orbitalPeriodS,
  ricBuffer,
  scenarioChannelPlan,
  scenarioLinkParameters,
  validateScenario,
  type RicBuffer,
} from '@solstice/core';
import { Bench } from 'tinybench';
import type { BenchResult } from './types.ts';

/**
 * `cluster-network`: the paper's 81-satellite network over one orbit at 60 s
 * steps (98 samples: positions, 140 link capacities, 16 candidate cuts),
 * target well under 50 ms, i.e. above 20 orbits/s. Its baseline, measured in
 * the same run, is the formation alone (the same 98 position fills), so the
 * ratio says what the network costs on top of moving the satellites.
 */
export async function clusterNetworkBench(): Promise<BenchResult[]> {
  const scenario = validateScenario({});
  const design = clusterFormationDesign(scenario);
  const { radialIndex, alongTrackIndex } = design.lattice;
  const graph = latticeLinkGraph(radialIndex, alongTrackIndex, scenario.links.terminalsPerSatellite);
  const bisections = latticeBisections(radialIndex, alongTrackIndex, graph);
  const link = scenarioLinkParameters(scenario.links);
  const plan = scenarioChannelPlan(scenario.links);
  const periodS = orbitalPeriodS(design.semiMajorAxisM);
  const stepS = scenario.links.stepS;
  const positions = ricBuffer(3 * design.satellites);
  let sink = 0;
  const bench = new Bench({ time: 1_000 });
  bench.add('formation-positions', () => {
    for (let t = 0; t < periodS; t += stepS) sink += formationRicPositionsM(design, t, positions)[0]!;
  });
  bench.add('cluster-network', () => {
    const network = clusterNetworkOverOrbit({
      graph,
      bisections,
      link,
      plan,
      positionsAt: (tS, out) => {
        formationRicPositionsM(design, tS, out as RicBuffer);
      },
      durationS: periodS,
      stepS,
    });
    sink += network.bisectionBandwidthMinBps;
  });
  await bench.run();
  if (!Number.isFinite(sink)) throw new Error('cluster-network bench produced a non-finite result');
  const hz = (name: string) => {
    const task = bench.tasks.find((candidate) => candidate.name === name)!;
    return task.result && 'throughput' in task.result ? task.result.throughput.mean : 0;
  };
  const networkHz = hz('cluster-network');
  const positionsHz = hz('formation-positions');
  return [
    { name: 'cluster-network', unit: 'orbits/s', value: networkHz, target: 20 },
    {
      name: 'cluster-network-cost',
      unit: 'x formation',
      value: positionsHz / networkHz,
      baselineName: 'formation-positions',
      baselineValue: positionsHz,
      ratio: positionsHz / networkHz,
    },
  ];
}
