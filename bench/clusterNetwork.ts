import { clusterNetworkOverOrbit, ricBuffer, scenarioClusterNetworkInput, validateScenario } from '@solstice/core';
import { Bench } from 'tinybench';
import { tinybenchHz } from './timing.ts';
import type { BenchResult } from './types.ts';

/**
 * `cluster-network`: the paper's 81-satellite network over one orbit at 60 s
 * steps (98 samples: positions, 140 link capacities, 16 candidate cuts),
 * target well under 50 ms, i.e. above 20 orbits/s. Its baseline, measured in
 * the same run, is the formation alone (the same 98 position fills), so the
 * ratio says what the network costs on top of moving the satellites.
 */
export async function clusterNetworkBench(): Promise<BenchResult[]> {
  const input = scenarioClusterNetworkInput(validateScenario({}));
  const positions = ricBuffer(3 * input.graph.nodeCount);
  let sink = 0;
  const bench = new Bench({ time: 1_000 });
  bench.add('formation-positions', () => {
    for (let t = 0; t < input.durationS; t += input.stepS) {
      input.positionsAt(t, positions);
      sink += positions[0]!;
    }
  });
  bench.add('cluster-network', () => {
    sink += clusterNetworkOverOrbit(input).bisectionBandwidthMinBps;
  });
  await bench.run();
  if (!Number.isFinite(sink)) throw new Error('cluster-network bench produced a non-finite result');
  const networkHz = tinybenchHz(bench, 'cluster-network');
  const positionsHz = tinybenchHz(bench, 'formation-positions');
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
