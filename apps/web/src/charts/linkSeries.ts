import {
  clusterFormationDesign,
  clusterNetworkOverOrbit,
  formationRicPositionsM,
  latticeBisections,
  latticeLinkGraph,
  scenarioChannelPlan,
  scenarioLinkParameters,
  type Evaluation,
  type RicBuffer,
  type Scenario,
} from '@solstice/core';

/**
 * The cluster network over one orbit, step by step: the same inputs as core's
 * `evaluateLinks` (formation design, lattice graph, bisections, the scenario's
 * terminals and wavelength plan, `links.stepS`), kept as series for the chart.
 * @returns time since the lattice epoch in minutes, weakest link and bisection bandwidth in Tbps
 */
export function linkCapacityOverOrbit(scenario: Scenario, evaluation: Evaluation): [number[], number[], number[]] {
  const design = clusterFormationDesign(scenario);
  const { radialIndex, alongTrackIndex } = design.lattice;
  const graph = latticeLinkGraph(radialIndex, alongTrackIndex, scenario.links.terminalsPerSatellite);
  const network = clusterNetworkOverOrbit({
    graph,
    bisections: latticeBisections(radialIndex, alongTrackIndex, graph),
    link: scenarioLinkParameters(scenario.links),
    plan: scenarioChannelPlan(scenario.links),
    positionsAt: (tS, out) => {
      formationRicPositionsM(design, tS, out as RicBuffer);
    },
    durationS: evaluation.orbit.periodS,
    stepS: scenario.links.stepS,
    maxHopSources: 1,
  });
  return [
    Array.from(network.timesS, (t) => t / 60),
    Array.from(network.neighbourCapacityMinBpsByStep, (c) => c / 1e12),
    Array.from(network.bisectionBandwidthBpsByStep, (c) => c / 1e12),
  ];
}
