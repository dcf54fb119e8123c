import { clusterNetworkOverOrbit, type ClusterNetworkInput, type ClusterNetworkOverOrbit } from './clusterNetwork.ts';

/** The cluster network over one orbit as time series (what the app's chart draws), SI units. */
export interface ClusterNetworkSeries {
  /** Sample times since the lattice epoch, s. */
  readonly timesS: Float64Array;
  /** Weakest link capacity at each sample, bit/s (one direction). */
  readonly weakestLinkBps: Float64Array;
  /** Bisection bandwidth at each sample, bit/s (one direction). */
  readonly bisectionBandwidthBps: Float64Array;
}

/**
 * The series behind the link summaries of an evaluation: `clusterNetworkOverOrbit`
 * on the same input, keeping each step's weakest link and bisection bandwidth
 * (their minima are `neighbourCapacityMinBps` and `bisectionBandwidthMinBps`).
 * Hop counts do not enter the series, so one breadth-first source is searched.
 * @param input the network over the orbit (`scenarioClusterNetworkInput` for a scenario)
 */
export function clusterNetworkSeriesOverOrbit(input: ClusterNetworkInput): ClusterNetworkSeries {
  return clusterNetworkSeries(clusterNetworkOverOrbit({ ...input, maxHopSources: 1 }));
}

/** The series of a network run already made (no copy: the run's own per-step arrays). */
export function clusterNetworkSeries(network: ClusterNetworkOverOrbit): ClusterNetworkSeries {
  return {
    timesS: network.timesS,
    weakestLinkBps: network.neighbourCapacityMinBpsByStep,
    bisectionBandwidthBps: network.bisectionBandwidthBpsByStep,
  };
}
