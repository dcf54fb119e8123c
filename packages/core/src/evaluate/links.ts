import { M_PER_KM } from '../constants.ts';
import { clusterFormationDesign } from '../formation/clusterDesign.ts';
import { formationRicPositionsM } from '../formation/design.ts';
import type { RicBuffer } from '../formation/frames.ts';
import { latticeBisections, type LatticeBisection } from '../links/bisection.ts';
import { linkCapacityBps, type OpticalChannelPlan } from '../links/capacity.ts';
import { clusterNetworkOverOrbit, type ClusterNetworkInput } from '../links/clusterNetwork.ts';
import { dbmToW } from '../links/decibels.ts';
import { latticeLinkGraph, type LinkGraph } from '../links/linkGraph.ts';
import type { OpticalLinkParameters } from '../links/linkBudget.ts';
import { torusPodBisectionBps } from '../links/podComparison.ts';
import { circularSemiMajorAxisM, orbitalPeriodS } from '../orbit/circularOrbit.ts';
import type { Scenario } from '../scenario/schema.ts';
import { podSeedValue } from '../seeds.ts';
import { boundedMemo } from '../memo.ts';

/** Metres per nanometre. */
const M_PER_NM = 1e-9;
/** Hertz per gigahertz. */
const HZ_PER_GHZ = 1e9;
/** Bits per second per Gb/s. */
const BPS_PER_GBPS = 1e9;
/** Radians per microradian. */
const RAD_PER_URAD = 1e-6;
/** Bytes per gigabyte (decimal, as TPU data sheets use). */
const BYTES_PER_GB = 1e9;

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

/** Bisection bandwidth of a Trillium (TPU v6e) pod from the seeded figures, bit/s, one direction. */
export function trilliumPodBisectionBps(): number {
  return torusPodBisectionBps({
    chips: podSeedValue('trillium.chips'),
    iciBytesPerSPerChip: podSeedValue('trillium.iciBandwidthPerChip') * BYTES_PER_GB,
    iciPortsPerChip: podSeedValue('trillium.iciPortsPerChip'),
  });
}

/** The `links` block of `solstice eval --json`: the cluster's optical network over one orbit. */
export interface LinksEvaluation {
  readonly terminalsPerSatellite: number;
  /** Links in the network. */
  readonly linkCount: number;
  /** Shortest and longest link over the orbit, m. */
  readonly linkDistanceMinM: number;
  readonly linkDistanceMaxM: number;
  /** Weakest, median and strongest link over all links and time steps, bit/s (one direction). */
  readonly neighbourCapacityMinBps: number;
  readonly neighbourCapacityMedianBps: number;
  readonly neighbourCapacityMaxBps: number;
  /** Bisection bandwidth at the worst time step, bit/s (one direction). */
  readonly bisectionBandwidthMinBps: number;
  /** Time of that worst step since the lattice epoch, s. */
  readonly bisectionWorstTimeS: number;
  /** Bisection bandwidth at the lattice epoch (t = 0), bit/s. */
  readonly bisectionBandwidthAtEpochBps: number;
  /** Hop-count diameter and mean over links that stay up all orbit. */
  readonly hopDiameter: number;
  readonly meanHops: number;
  readonly connected: boolean;
  /** False for clusters above 1,024 satellites, whose hop counts come from sampled sources. */
  readonly hopsExact: boolean;
  /** Bisection bandwidth of a Trillium pod (256 chips, 2D torus), bit/s, one direction. */
  readonly podBisectionBps: number;
  /** bisectionBandwidthMinBps / podBisectionBps. */
  readonly podBisectionRatio: number;
  /** Capacity of one link at the paper's 5,000 km long-range reference, bit/s (for contrast). */
  readonly capacityAt5000KmBps: number;
}

/** Link graphs and candidate cuts by lattice size and terminal count. */
const topologyMemo = boundedMemo<{ graph: LinkGraph; bisections: readonly LatticeBisection[] }>(64);

/** Link evaluations by geometry and terminals: a sweep over economic inputs computes each network once. */
const linksMemo = boundedMemo<LinksEvaluation>(256);

/**
 * Evaluates the cluster's optical network over one orbit: the formation
 * model (`clusterFormationDesign`, J2-corrected) gives the satellites' RIC
 * positions every `links.stepS`, `clusterNetworkOverOrbit` the link
 * capacities, worst bisection and hop counts; the pod ratio compares the
 * worst bisection with a Trillium pod's. Memoised on the inputs it reads
 * (`cluster`, `links`, `orbit.altitudeKm`).
 */
export function evaluateLinks(scenario: Scenario): LinksEvaluation {
  const key = JSON.stringify([scenario.cluster, scenario.links, scenario.orbit.altitudeKm]);
  return linksMemo(key, () => computeLinks(scenario));
}

/**
 * What `clusterNetworkOverOrbit` needs for a scenario: the lattice's link graph
 * and candidate cuts, the terminals and wavelength plan in SI units, the
 * J2-corrected formation's RIC positions, one orbital period at `links.stepS`.
 * The one place these inputs are assembled (eval, the app's chart, the bench).
 */
export function scenarioClusterNetworkInput(scenario: Scenario): ClusterNetworkInput {
  const design = clusterFormationDesign(scenario);
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
    positionsAt: (tS, out) => {
      formationRicPositionsM(design, tS, out as RicBuffer);
    },
    durationS: orbitalPeriodS(circularSemiMajorAxisM(scenario.orbit.altitudeKm * M_PER_KM)),
    stepS: scenario.links.stepS,
    // The lattice's states are linear in its indices and the motion linear in the states.
    equalLengthsByDirection: true,
  };
}

function computeLinks(scenario: Scenario): LinksEvaluation {
  const input = scenarioClusterNetworkInput(scenario);
  const { link, plan } = input;
  const terminals = scenario.links.terminalsPerSatellite;
  const network = clusterNetworkOverOrbit(input);
  const podBisectionBps = trilliumPodBisectionBps();
  return {
    terminalsPerSatellite: terminals,
    linkCount: network.linkCount,
    linkDistanceMinM: network.linkDistanceMinM,
    linkDistanceMaxM: network.linkDistanceMaxM,
    neighbourCapacityMinBps: network.neighbourCapacityMinBps,
    neighbourCapacityMedianBps: network.neighbourCapacityMedianBps,
    neighbourCapacityMaxBps: network.neighbourCapacityMaxBps,
    bisectionBandwidthMinBps: network.bisectionBandwidthMinBps,
    bisectionWorstTimeS: network.bisectionWorstTimeS,
    bisectionBandwidthAtEpochBps: network.bisectionBandwidthBpsByStep[0] ?? 0,
    hopDiameter: network.diameterHops,
    meanHops: network.meanHops,
    connected: network.connected,
    hopsExact: network.hopsExact,
    podBisectionBps,
    podBisectionRatio: network.bisectionBandwidthMinBps / podBisectionBps,
    capacityAt5000KmBps: linkCapacityBps(link, plan, 5_000 * M_PER_KM),
  };
}
