import { BPS_PER_GBPS, HZ_PER_GHZ, M_PER_NM, RAD_PER_URAD } from '../constants.ts';
import type { FormationDesign } from '../formation/design.ts';
import { formationRicPositionsM } from '../formation/design.ts';
import type { RicBuffer } from '../formation/frames.ts';
import { latticeBisections, type LatticeBisection } from '../links/bisection.ts';
import type { OpticalChannelPlan } from '../links/capacity.ts';
import type { ClusterNetworkInput } from '../links/clusterNetwork.ts';
import { dbmToW } from '../links/decibels.ts';
import { latticeLinkGraph, type LinkGraph } from '../links/linkGraph.ts';
import type { OpticalLinkParameters } from '../links/linkBudget.ts';
import { boundedMemo } from '../memo.ts';
import type { Scenario } from '../scenario/schema.ts';
import { clusterFormationDesign } from './formation.ts';
import { resolveOrbit, type ResolvedOrbit } from './orbit.ts';

/** The terminals a scenario's `links` section describes, in SI units. */
export function scenarioLinkParameters(links: Scenario['links']): OpticalLinkParameters {
  return {
    apertureDiameterM: links.apertureDiameterM,
    apertureEfficiency: links.apertureEfficiency,
    wavelengthM: links.wavelengthNm * M_PER_NM,
    txPowerW: links.txPowerW,
    pointingErrorRad: links.pointingErrorUrad * RAD_PER_URAD,
    otherLossDb: links.otherLossDb,
  };
}

/** The wavelength plan a scenario's `links` section describes, in SI units. */
export function scenarioChannelPlan(links: Scenario['links']): OpticalChannelPlan {
  return {
    dwdmBandHz: links.dwdmBandGhz * HZ_PER_GHZ,
    dwdmGridHz: links.dwdmGridGhz * HZ_PER_GHZ,
    channelRateBps: links.channelRateGbps * BPS_PER_GBPS,
    receiverSensitivityW: dbmToW(links.receiverSensitivityDbm),
    requiredSpatialIsolationDb: links.spatialIsolationDb,
    spatialMimo: links.spatialMimo,
  };
}

/** Link graphs and candidate cuts by lattice size and terminal count. */
const topologyMemo = boundedMemo<{ graph: LinkGraph; bisections: readonly LatticeBisection[] }>(64);

/**
 * What `clusterNetworkOverOrbit` needs for a scenario: the lattice's link graph
 * and candidate cuts, the terminals and wavelength plan in SI units, the
 * J2-corrected formation's RIC positions, one orbital period at `links.stepS`.
 * @param orbit the scenario's resolved orbit, when already resolved
 * @param design its J2-corrected formation design, when already resolved
 * The one place these inputs are assembled (eval, the app's chart, the bench).
 */
export function scenarioClusterNetworkInput(scenario: Scenario, orbit: ResolvedOrbit = resolveOrbit(scenario), design: FormationDesign = clusterFormationDesign(scenario, true, orbit)): ClusterNetworkInput {
  const { radialIndex, alongTrackIndex } = design.lattice;
  const terminals = scenario.links.terminalsPerSatellite;
  // The topology depends only on the lattice (its indices, not its spacing) and the terminal count.
  const { graph, bisections } = topologyMemo(`${design.satellites}|${terminals}`, () => {
    const latticeGraph = latticeLinkGraph(radialIndex, alongTrackIndex, terminals);
    return { graph: latticeGraph, bisections: latticeBisections(radialIndex, alongTrackIndex, latticeGraph) };
  });
  return {
    graph,
    bisections,
    link: scenarioLinkParameters(scenario.links),
    plan: scenarioChannelPlan(scenario.links),
    // Link distances are the same in every frame; the buffer holds RIC positions.
    positionsAt: (tS, out, satellites) => {
      formationRicPositionsM(design, tS, out as RicBuffer, satellites);
    },
    durationS: orbit.periodS,
    stepS: scenario.links.stepS,
    // The lattice's states are linear in its indices and the motion linear in the states.
    equalLengthsByDirection: true,
  };
}
