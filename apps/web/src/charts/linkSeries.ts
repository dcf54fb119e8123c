import { clusterNetworkOverOrbit, scenarioClusterNetworkInput, type Scenario } from '@solstice/core';

/**
 * The cluster network over one orbit, step by step: core's network inputs
 * for the scenario (the same as `evaluateLinks`), kept as series for the chart.
 * @returns time since the lattice epoch in minutes, weakest link and bisection bandwidth in Tbps
 */
export function linkCapacityOverOrbit(scenario: Scenario): [number[], number[], number[]] {
  // The chart shows capacities only: one hop-count source is enough.
  const network = clusterNetworkOverOrbit({ ...scenarioClusterNetworkInput(scenario), maxHopSources: 1 });
  return [
    Array.from(network.timesS, (t) => t / 60),
    Array.from(network.neighbourCapacityMinBpsByStep, (c) => c / 1e12),
    Array.from(network.bisectionBandwidthBpsByStep, (c) => c / 1e12),
  ];
}
