import { bisectionBandwidthBps, type LatticeBisection } from './bisection.ts';
import { linkCapacityConstants, linkCapacityFromConstantsBps, type OpticalChannelPlan } from './capacity.ts';
import { hopStatistics, intactHopStatistics, type HopStatistics } from './hops.ts';
import { linkDistanceM, linkDistancesM, type LinkGraph } from './linkGraph.ts';
import { medianInPlace, medianOfCounts } from '../math.ts';
import type { OpticalLinkParameters } from './linkBudget.ts';

/** Search sources for hop counts by default: exact for clusters up to this size, sampled beyond. */
const DEFAULT_MAX_HOP_SOURCES = 1_024;

/** Fills `outPositionsM` (x y z interleaved per satellite, m, one frame) at a time since epoch, s. */
export type PositionsAt = (tSinceEpochS: number, outPositionsM: Float64Array) => void;

/** What `clusterNetworkOverOrbit` needs: the network, the links and the motion. */
export interface ClusterNetworkInput {
  /** The links (`latticeLinkGraph`). */
  readonly graph: LinkGraph;
  /** Candidate cuts (`latticeBisections`). */
  readonly bisections: readonly LatticeBisection[];
  /** The terminals, SI units. */
  readonly link: OpticalLinkParameters;
  /** The wavelength plan. */
  readonly plan: OpticalChannelPlan;
  /** Satellite positions over time, e.g. relative (RIC) positions from the formation model. */
  readonly positionsAt: PositionsAt;
  /** Time span sampled, s (one orbital period). */
  readonly durationS: number;
  /** Step between samples, s. */
  readonly stepS: number;
  /** Most breadth-first search sources for the hop counts (default 1,024: exact up to 1,024 satellites). */
  readonly maxHopSources?: number;
  /**
   * Links along one lattice direction (`graph.linkDirection`) have one length at
   * any time: true for a lattice in linear relative motion (r_b - r_a = Phi(t) (s_b - s_a),
   * the same state difference for every link of a direction). The network then
   * takes one distance and one capacity per direction and step. Default false.
   */
  readonly equalLengthsByDirection?: boolean;
}

/** Lattice directions a link can have (`LinkGraph.linkDirection`). */
const LINK_DIRECTIONS = 4;

/** The cluster network sampled over one orbit: link capacities, bisection and hops. */
export interface ClusterNetworkOverOrbit extends HopStatistics {
  /** Links in the network. */
  readonly linkCount: number;
  /** Sample times, s since epoch (0, stepS, ... below durationS). */
  readonly timesS: Float64Array;
  /** Shortest and longest link over all links and samples, m. */
  readonly linkDistanceMinM: number;
  readonly linkDistanceMaxM: number;
  /** Weakest, median and strongest link capacity over all links and samples, bit/s (one direction). */
  readonly neighbourCapacityMinBps: number;
  readonly neighbourCapacityMedianBps: number;
  readonly neighbourCapacityMaxBps: number;
  /** Weakest link capacity at each sample, bit/s. */
  readonly neighbourCapacityMinBpsByStep: Float64Array;
  /** Bisection bandwidth at each sample, bit/s (one direction). */
  readonly bisectionBandwidthBpsByStep: Float64Array;
  /** Bisection bandwidth at its worst sample, bit/s (one direction). */
  readonly bisectionBandwidthMinBps: number;
  /** Time of that worst sample, s since epoch. */
  readonly bisectionWorstTimeS: number;
}

/**
 * The cluster's optical network over one orbit: at each step the formation's
 * positions give every link's distance, `linkCapacityFromConstantsBps` its capacity, and
 * the candidate cuts the bisection bandwidth. Hop counts use the links that
 * stay up (capacity > 0) at every sample. The per-step loop reuses its buffers;
 * only the result arrays are allocated.
 * @param input network, terminals, channel plan and motion
 */
export function clusterNetworkOverOrbit(input: ClusterNetworkInput): ClusterNetworkOverOrbit {
  const { graph, bisections, link, plan, positionsAt, durationS, stepS } = input;
  const steps = Math.max(1, Math.ceil(durationS / stepS - 1e-9));
  const links = graph.linkCount;
  const capacityConstants = linkCapacityConstants(link, plan);
  const positionsM = new Float64Array(3 * graph.nodeCount);
  const distancesM = new Float64Array(links);
  const capacitiesBps = new Float64Array(links);
  const byDirection = input.equalLengthsByDirection === true;
  // Every link's capacity at every step, or with byDirection one per direction and step with its link count.
  const allCapacitiesBps = new Float64Array(byDirection ? LINK_DIRECTIONS * steps : links * steps);
  const allCapacityLinks = new Float64Array(byDirection ? LINK_DIRECTIONS * steps : 0);
  const linkAlwaysUp = new Uint8Array(links).fill(1);
  const timesS = new Float64Array(steps);
  const minByStep = new Float64Array(steps);
  const bisectionByStep = new Float64Array(steps);
  let distanceMin = Infinity;
  let distanceMax = 0;
  let bisectionMin = Infinity;
  let bisectionWorstTimeS = 0;
  // One link of each direction stands for all of its direction (equalLengthsByDirection).
  const representative = new Int32Array(LINK_DIRECTIONS).fill(-1);
  const directionLinks = new Float64Array(LINK_DIRECTIONS);
  if (byDirection) {
    for (let k = links - 1; k >= 0; k--) {
      representative[graph.linkDirection[k]!] = k;
      directionLinks[graph.linkDirection[k]!]!++;
    }
  }
  const directionCapacitiesBps = new Float64Array(LINK_DIRECTIONS);
  for (let s = 0; s < steps; s++) {
    const tS = s * stepS;
    timesS[s] = tS;
    positionsAt(tS, positionsM);
    let stepMin = Infinity;
    if (byDirection) {
      for (let c = 0; c < LINK_DIRECTIONS; c++) {
        const k = representative[c]!;
        if (k < 0) continue;
        const d = linkDistanceM(positionsM, graph.linkFrom[k]!, graph.linkTo[k]!);
        if (d < distanceMin) distanceMin = d;
        if (d > distanceMax) distanceMax = d;
        const capacity = linkCapacityFromConstantsBps(capacityConstants, d);
        directionCapacitiesBps[c] = capacity;
        allCapacitiesBps[s * LINK_DIRECTIONS + c] = capacity;
        allCapacityLinks[s * LINK_DIRECTIONS + c] = directionLinks[c]!;
        if (capacity < stepMin) stepMin = capacity;
      }
      for (let k = 0; k < links; k++) {
        const capacity = directionCapacitiesBps[graph.linkDirection[k]!]!;
        capacitiesBps[k] = capacity;
        if (capacity <= 0) linkAlwaysUp[k] = 0;
      }
    } else {
      linkDistancesM(graph, positionsM, distancesM);
      for (let k = 0; k < links; k++) {
        const d = distancesM[k]!;
        if (d < distanceMin) distanceMin = d;
        if (d > distanceMax) distanceMax = d;
        const capacity = linkCapacityFromConstantsBps(capacityConstants, d);
        capacitiesBps[k] = capacity;
        allCapacitiesBps[s * links + k] = capacity;
        if (capacity < stepMin) stepMin = capacity;
        if (capacity <= 0) linkAlwaysUp[k] = 0;
      }
    }
    minByStep[s] = links > 0 ? stepMin : 0;
    const bisection = bisections.length > 0 ? bisectionBandwidthBps(bisections, capacitiesBps) : 0;
    bisectionByStep[s] = bisection;
    if (bisection < bisectionMin) {
      bisectionMin = bisection;
      bisectionWorstTimeS = tS;
    }
  }
  const count = links * steps;
  let capacityMin = Infinity;
  let capacityMax = 0;
  for (let q = 0; q < allCapacitiesBps.length; q++) {
    if (byDirection && allCapacityLinks[q] === 0) continue;
    const c = allCapacitiesBps[q]!;
    if (c < capacityMin) capacityMin = c;
    if (c > capacityMax) capacityMax = c;
  }
  return {
    linkCount: links,
    timesS,
    linkDistanceMinM: links > 0 ? distanceMin : 0,
    linkDistanceMaxM: distanceMax,
    neighbourCapacityMinBps: count > 0 ? capacityMin : 0,
    neighbourCapacityMedianBps: byDirection ? medianOfCounts(allCapacitiesBps, allCapacityLinks) : medianInPlace(allCapacitiesBps),
    neighbourCapacityMaxBps: capacityMax,
    neighbourCapacityMinBpsByStep: minByStep,
    bisectionBandwidthBpsByStep: bisectionByStep,
    bisectionBandwidthMinBps: bisectionMin,
    bisectionWorstTimeS,
    ...(linkAlwaysUp.every((up) => up === 1)
      ? intactHopStatistics(graph, input.maxHopSources ?? DEFAULT_MAX_HOP_SOURCES)
      : hopStatistics(graph, linkAlwaysUp, input.maxHopSources ?? DEFAULT_MAX_HOP_SOURCES)),
  };
}
