import { M_PER_KM } from '../constants.ts';
import type { FormationDesign } from '../formation/design.ts';
import { linkCapacityBps } from '../links/capacity.ts';
import { clusterNetworkOverOrbit, type ClusterNetworkInput, type ClusterNetworkOverOrbit } from '../links/clusterNetwork.ts';
import { clusterNetworkSeries, type ClusterNetworkSeries } from '../links/clusterNetworkSeries.ts';
import { torusPodBisectionBps } from '../links/podComparison.ts';
import { boundedMemo } from '../memo.ts';
import { clusterFormationDesign } from '../resolve/formation.ts';
import { scenarioClusterNetworkInput } from '../resolve/links.ts';
import { resolveOrbit } from '../resolve/orbit.ts';
import type { Scenario } from '../scenario/schema.ts';
import { podReferenceValue } from '../referenceData.ts';

/** Bytes per gigabyte (decimal, as TPU data sheets use). */
const BYTES_PER_GB = 1e9;

/** Bisection bandwidth of a Trillium (TPU v6e) pod from the reference figures, bit/s, one direction. */
export function trilliumPodBisectionBps(): number {
  return torusPodBisectionBps({
    chips: podReferenceValue('trillium.chips'),
    iciBytesPerSPerChip: podReferenceValue('trillium.iciBandwidthPerChip') * BYTES_PER_GB,
    iciPortsPerChip: podReferenceValue('trillium.iciPortsPerChip'),
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

/** Link evaluations by the resolved inputs the network reads: a sweep over economic inputs computes each network once. */
const linksMemo = boundedMemo<LinksEvaluation>(256);

/** The numbers a link evaluation depends on: the design (the RIC positions and the lattice), the terminals, the wavelength plan and the sampling. */
function linksKey(network: ClusterNetworkInput, design: FormationDesign, terminals: number): string {
  const { satellites, radiusM, semiMajorAxisM, inclinationRad, crossTrackAmplitudeM, j2Corrected, axisRatio } = design;
  return [satellites, radiusM, semiMajorAxisM, inclinationRad, crossTrackAmplitudeM, j2Corrected, axisRatio, terminals, ...Object.values(network.link), ...Object.values(network.plan), network.durationS, network.stepS].join('|');
}

/**
 * Evaluates the cluster's optical network over one orbit: the formation
 * model (`clusterFormationDesign`, J2-corrected) gives the satellites' RIC
 * positions every `links.stepS`, `clusterNetworkOverOrbit` the link
 * capacities, worst bisection and hop counts; the pod ratio compares the
 * worst bisection with a Trillium pod's.
 */
export function evaluateLinks(scenario: Scenario): LinksEvaluation {
  const orbit = resolveOrbit(scenario);
  const design = clusterFormationDesign(scenario, true, orbit);
  return linksBlock(scenarioClusterNetworkInput(scenario, orbit, design), design, scenario.links.terminalsPerSatellite);
}

/** The `links` block from the resolved network inputs, memoised on the numbers they hold (`linksKey`). */
export function linksBlock(network: ClusterNetworkInput, design: FormationDesign, terminals: number): LinksEvaluation {
  return linksMemo(linksKey(network, design, terminals), () => computeLinks(network, terminals));
}

/**
 * The network run behind each links block, beside it rather than in it: the block
 * stays the plain summary `solstice eval --json` prints, and `linksSeries` reads
 * the run's per-step series without simulating the orbit again.
 */
const networkRuns = new WeakMap<LinksEvaluation, ClusterNetworkOverOrbit>();

/**
 * The series behind a links block (each step's weakest link and bisection bandwidth,
 * bit/s, at times s since the lattice epoch): the same network run its minima come
 * from, so `min(weakestLinkBps)` is `neighbourCapacityMinBps` and `min(bisectionBandwidthBps)`
 * `bisectionBandwidthMinBps`. Not part of the block, so never serialised.
 * @throws RangeError when `links` did not come from `evaluateLinks`, `linksBlock` or `evaluateScenario` (a parsed JSON copy, say)
 */
export function linksSeries(links: LinksEvaluation): ClusterNetworkSeries {
  const network = networkRuns.get(links);
  if (!network) throw new RangeError('linksSeries: this links block was not made by evaluateLinks, linksBlock or evaluateScenario');
  return clusterNetworkSeries(network);
}

function computeLinks(input: ClusterNetworkInput, terminals: number): LinksEvaluation {
  const { link, plan } = input;
  const network = clusterNetworkOverOrbit(input);
  const podBisectionBps = trilliumPodBisectionBps();
  const links: LinksEvaluation = {
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
  networkRuns.set(links, network);
  return links;
}
