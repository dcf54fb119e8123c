import { bisectionBandwidthBps, cutCapacityBps, type LatticeBisection } from './bisection.ts';
import { linkCapacityConstants, linkCapacityFromConstantsBps, type LinkCapacityConstants, type OpticalChannelPlan } from './capacity.ts';
import { hopStatistics, intactHopStatistics, type HopStatistics } from './hops.ts';
import { linkDistanceM, linkDistancesM, type LinkGraph } from './linkGraph.ts';
import { medianInPlace, medianOfCounts } from '../math.ts';
import type { OpticalLinkParameters } from './linkBudget.ts';

/** Search sources for hop counts by default: exact for clusters up to this size, sampled beyond. */
const DEFAULT_MAX_HOP_SOURCES = 1_024;

/**
 * Fills `outPositionsM` (x y z interleaved per satellite, m, one frame) at a time since epoch, s.
 * When `satellites` is given only those satellites' positions are read, so only they need be written.
 */
export type PositionsAt = (tSinceEpochS: number, outPositionsM: Float64Array, satellites?: Int32Array) => void;

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
 * The scratch state of one `clusterNetworkOverOrbit` run: its buffers are
 * allocated once per call and reused at every step; the extremes accumulate
 * over the steps.
 */
interface NetworkRun {
  readonly graph: LinkGraph;
  readonly bisections: readonly LatticeBisection[];
  readonly capacityConstants: LinkCapacityConstants;
  /** Satellite positions at the current step, x y z per satellite, m. */
  readonly positionsM: Float64Array;
  /** Every link's distance at the current step, m (per-link mode only). */
  readonly distancesM: Float64Array;
  /** Every link's capacity at the current step, bit/s (per-link mode only). */
  readonly capacitiesBps: Float64Array;
  /** Capacities of every link and step, or with `byDirection` one per direction and step (entry s * LINK_DIRECTIONS + c), bit/s. */
  readonly allCapacitiesBps: Float64Array;
  /** 1 while a link has had capacity > 0 at every step so far (with `byDirection` set from its direction's at the end, `linksAlwaysUp`). */
  readonly linkAlwaysUp: Uint8Array;
  /** With `byDirection`: one link of each direction standing for all of it (-1: none). */
  readonly representative: Int32Array;
  /** With `byDirection`: the satellites at the ends of the representative links, the only positions a step reads. */
  readonly representativeEnds: Int32Array | undefined;
  /** With `byDirection`: the links of each direction, the count each direction's capacity stands for. */
  readonly directionLinks: Float64Array;
  /** With `byDirection`: each direction's capacity at the current step, bit/s. */
  readonly directionCapacitiesBps: Float64Array;
  /** With `byDirection`: 1 while a direction has had capacity > 0 at every step so far. */
  readonly directionAlwaysUp: Uint8Array;
  /**
   * With `byDirection`: the bisection bandwidth at the current direction capacities,
   * bit/s; NaN when they changed since it was computed. Capacities move in whole
   * channels, so most steps keep the previous step's.
   */
  directionBisectionBps: number;
  distanceMinM: number;
  distanceMaxM: number;
}

/** A run's state for `steps` samples, its buffers allocated here once. */
function networkRun(input: ClusterNetworkInput, steps: number, byDirection: boolean): NetworkRun {
  const { graph, bisections, link, plan } = input;
  const links = graph.linkCount;
  const representative = new Int32Array(LINK_DIRECTIONS).fill(-1);
  const directionLinks = new Float64Array(LINK_DIRECTIONS);
  let representativeEnds: Int32Array | undefined;
  if (byDirection) {
    // The first link of each direction stands for it (equalLengthsByDirection).
    for (let k = links - 1; k >= 0; k--) {
      representative[graph.linkDirection[k]!] = k;
      directionLinks[graph.linkDirection[k]!]!++;
    }
    const ends = new Set<number>();
    for (const k of representative) if (k >= 0) ends.add(graph.linkFrom[k]!).add(graph.linkTo[k]!);
    representativeEnds = Int32Array.from(ends);
  }
  return {
    graph,
    bisections,
    capacityConstants: linkCapacityConstants(link, plan),
    positionsM: new Float64Array(3 * graph.nodeCount),
    distancesM: new Float64Array(byDirection ? 0 : links),
    capacitiesBps: new Float64Array(byDirection ? 0 : links),
    allCapacitiesBps: new Float64Array(byDirection ? LINK_DIRECTIONS * steps : links * steps),
    linkAlwaysUp: new Uint8Array(links).fill(1),
    representative,
    representativeEnds,
    directionLinks,
    directionCapacitiesBps: new Float64Array(LINK_DIRECTIONS),
    directionAlwaysUp: new Uint8Array(LINK_DIRECTIONS).fill(1),
    directionBisectionBps: Number.NaN,
    distanceMinM: Infinity,
    distanceMaxM: 0,
  };
}

/**
 * One step with every link of a lattice direction at one length (linear relative
 * motion: r_b - r_a = Phi(t) (s_b - s_a), the same for every link of a direction):
 * one distance and one capacity (`linkCapacityFromConstantsBps`) per direction,
 * which every link of the direction shares. Reads `run.positionsM`.
 * @returns the weakest capacity of the step, bit/s (Infinity without links)
 */
function stepByDirection(run: NetworkRun, s: number): number {
  const { graph, representative, directionCapacitiesBps } = run;
  let stepMin = Infinity;
  for (let c = 0; c < LINK_DIRECTIONS; c++) {
    const k = representative[c]!;
    if (k < 0) continue;
    const d = linkDistanceM(run.positionsM, graph.linkFrom[k]!, graph.linkTo[k]!);
    if (d < run.distanceMinM) run.distanceMinM = d;
    if (d > run.distanceMaxM) run.distanceMaxM = d;
    const capacity = linkCapacityFromConstantsBps(run.capacityConstants, d);
    if (capacity !== directionCapacitiesBps[c]) run.directionBisectionBps = Number.NaN;
    directionCapacitiesBps[c] = capacity;
    run.allCapacitiesBps[s * LINK_DIRECTIONS + c] = capacity;
    if (capacity < stepMin) stepMin = capacity;
    if (capacity <= 0) run.directionAlwaysUp[c] = 0;
  }
  return stepMin;
}

/**
 * The step's bisection bandwidth with every link of a direction at its
 * direction's capacity: `bisectionBandwidthBps`, each cut's capacity summed
 * over its `crossingDirections` (in the order of its links); the previous
 * step's when the capacities are the same.
 */
function bisectionByDirectionBps(run: NetworkRun): number {
  if (!Number.isNaN(run.directionBisectionBps)) return run.directionBisectionBps;
  let min = Infinity;
  for (const cut of run.bisections) {
    const capacity = cutCapacityBps(cut.crossingDirections, run.directionCapacitiesBps);
    if (capacity < min) min = capacity;
  }
  run.directionBisectionBps = min;
  return min;
}

/** Whether each link had capacity > 0 at every step: its own record, or with `byDirection` its direction's. */
function linksAlwaysUp(run: NetworkRun, byDirection: boolean): Uint8Array {
  if (!byDirection) return run.linkAlwaysUp;
  const { graph, linkAlwaysUp, directionAlwaysUp } = run;
  for (let k = 0; k < graph.linkCount; k++) linkAlwaysUp[k] = directionAlwaysUp[graph.linkDirection[k]!]!;
  return linkAlwaysUp;
}

/**
 * One step link by link: each link's distance from the positions (`linkDistancesM`)
 * and its capacity (`linkCapacityFromConstantsBps`). Reads `run.positionsM`.
 * @returns the weakest capacity of the step, bit/s (Infinity without links)
 */
function stepPerLink(run: NetworkRun, s: number): number {
  const { graph, distancesM, capacitiesBps } = run;
  const links = graph.linkCount;
  linkDistancesM(graph, run.positionsM, distancesM);
  let stepMin = Infinity;
  let distanceMinM = run.distanceMinM;
  let distanceMaxM = run.distanceMaxM;
  for (let k = 0; k < links; k++) {
    const d = distancesM[k]!;
    if (d < distanceMinM) distanceMinM = d;
    if (d > distanceMaxM) distanceMaxM = d;
    const capacity = linkCapacityFromConstantsBps(run.capacityConstants, d);
    capacitiesBps[k] = capacity;
    run.allCapacitiesBps[s * links + k] = capacity;
    if (capacity < stepMin) stepMin = capacity;
    if (capacity <= 0) run.linkAlwaysUp[k] = 0;
  }
  run.distanceMinM = distanceMinM;
  run.distanceMaxM = distanceMaxM;
  return stepMin;
}

/**
 * Weakest and strongest link capacity over all links and steps, bit/s; with
 * `byDirection` the directions without links are left out.
 */
function capacityRangeBps(run: NetworkRun, byDirection: boolean): { readonly minBps: number; readonly maxBps: number } {
  const { allCapacitiesBps, directionLinks } = run;
  let minBps = Infinity;
  let maxBps = 0;
  for (let q = 0; q < allCapacitiesBps.length; q++) {
    if (byDirection && directionLinks[q % LINK_DIRECTIONS] === 0) continue;
    const c = allCapacitiesBps[q]!;
    if (c < minBps) minBps = c;
    if (c > maxBps) maxBps = c;
  }
  return { minBps, maxBps };
}

/** The links each entry of a by-direction `allCapacitiesBps` stands for: `directionLinks` repeated for every step. */
function directionCountsByStep(directionLinks: Float64Array, steps: number): Float64Array {
  const counts = new Float64Array(LINK_DIRECTIONS * steps);
  for (let s = 0; s < steps; s++) counts.set(directionLinks, s * LINK_DIRECTIONS);
  return counts;
}

/**
 * The cluster's optical network over one orbit: at each step the formation's
 * positions give every link's distance, `linkCapacityFromConstantsBps` its capacity, and
 * the candidate cuts the bisection bandwidth (`bisectionBandwidthBps`). Hop counts use the links that
 * stay up (capacity > 0) at every sample. The per-step loop reuses its buffers
 * (`NetworkRun`); only the result arrays are allocated.
 * @param input network, terminals, channel plan and motion
 */
export function clusterNetworkOverOrbit(input: ClusterNetworkInput): ClusterNetworkOverOrbit {
  const { graph, bisections, positionsAt, durationS, stepS } = input;
  const steps = Math.max(1, Math.ceil(durationS / stepS - 1e-9));
  const links = graph.linkCount;
  const byDirection = input.equalLengthsByDirection === true;
  const run = networkRun(input, steps, byDirection);
  const timesS = new Float64Array(steps);
  const minByStep = new Float64Array(steps);
  const bisectionByStep = new Float64Array(steps);
  let bisectionMin = Infinity;
  let bisectionWorstTimeS = 0;
  for (let s = 0; s < steps; s++) {
    const tS = s * stepS;
    timesS[s] = tS;
    positionsAt(tS, run.positionsM, run.representativeEnds);
    const stepMin = byDirection ? stepByDirection(run, s) : stepPerLink(run, s);
    minByStep[s] = links > 0 ? stepMin : 0;
    const bisection = bisections.length === 0 ? 0 : byDirection ? bisectionByDirectionBps(run) : bisectionBandwidthBps(bisections, run.capacitiesBps);
    bisectionByStep[s] = bisection;
    if (bisection < bisectionMin) {
      bisectionMin = bisection;
      bisectionWorstTimeS = tS;
    }
  }
  const { minBps, maxBps } = capacityRangeBps(run, byDirection);
  const maxHopSources = input.maxHopSources ?? DEFAULT_MAX_HOP_SOURCES;
  const alwaysUp = linksAlwaysUp(run, byDirection);
  return {
    linkCount: links,
    timesS,
    linkDistanceMinM: links > 0 ? run.distanceMinM : 0,
    linkDistanceMaxM: run.distanceMaxM,
    neighbourCapacityMinBps: links * steps > 0 ? minBps : 0,
    neighbourCapacityMedianBps: byDirection ? medianOfCounts(run.allCapacitiesBps, directionCountsByStep(run.directionLinks, steps)) : medianInPlace(run.allCapacitiesBps),
    neighbourCapacityMaxBps: maxBps,
    neighbourCapacityMinBpsByStep: minByStep,
    bisectionBandwidthBpsByStep: bisectionByStep,
    bisectionBandwidthMinBps: bisectionMin,
    bisectionWorstTimeS,
    ...(alwaysUp.every((up) => up === 1) ? intactHopStatistics(graph, maxHopSources) : hopStatistics(graph, alwaysUp, maxHopSources)),
  };
}
