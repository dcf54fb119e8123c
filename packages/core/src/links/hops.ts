import type { LinkGraph } from './linkGraph.ts';

/** Hop counts of a network: how many links a message crosses. */
export interface HopStatistics {
  /** Whether every satellite can reach every other. */
  readonly connected: boolean;
  /** Largest shortest-path hop count over all pairs (the diameter); over reachable pairs when not connected. */
  readonly diameterHops: number;
  /** Mean shortest-path hop count over all ordered pairs of distinct, reachable satellites. */
  readonly meanHops: number;
  /**
   * Whether every satellite was a search source. When false (large clusters) the figures come
   * from evenly spaced sources: the mean is a sample mean, the diameter a lower bound.
   */
  readonly hopsExact: boolean;
}

/**
 * Hop diameter and mean hop count by breadth-first search (Cormen et al.,
 * Introduction to Algorithms, 3rd ed., section 22.2) from every node, or from
 * `maxSources` evenly spaced nodes when there are more (O(S (V + E))). Only
 * links whose `linkUp` entry is non-zero are used.
 * @param graph the links
 * @param linkUp one flag per link; omit to use every link
 * @param maxSources most search sources (default: all nodes)
 */
export function hopStatistics(graph: LinkGraph, linkUp?: Uint8Array, maxSources = Infinity): HopStatistics {
  const n = graph.nodeCount;
  const sources = Math.min(n, Math.max(1, Math.floor(maxSources)));
  const depth = new Int32Array(n);
  const queue = new Int32Array(n);
  let diameter = 0;
  let hopSum = 0;
  let pairs = 0;
  let connected = true;
  for (let s = 0; s < sources; s++) {
    const source = sources === n ? s : Math.floor((s * n) / sources);
    depth.fill(-1);
    depth[source] = 0;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = graph.adjacencyStart[v]!; p < graph.adjacencyStart[v + 1]!; p++) {
        const k = graph.adjacencyLinks[p]!;
        if (linkUp && !linkUp[k]) continue;
        const w = graph.linkFrom[k] === v ? graph.linkTo[k]! : graph.linkFrom[k]!;
        if (depth[w] !== -1) continue;
        depth[w] = depth[v]! + 1;
        queue[tail++] = w;
      }
    }
    if (tail < n) connected = false;
    for (let q = 1; q < tail; q++) {
      const d = depth[queue[q]!]!;
      hopSum += d;
      if (d > diameter) diameter = d;
    }
    pairs += tail - 1;
  }
  return { connected, diameterHops: diameter, meanHops: pairs > 0 ? hopSum / pairs : 0, hopsExact: sources === n };
}

const intactNetworkHops = new WeakMap<LinkGraph, Map<number, HopStatistics>>();

/**
 * `hopStatistics` of a network with every link up, memoised per graph object:
 * hop counts depend only on the topology, which a sweep over geometry or
 * economics reuses (`evaluateLinks` shares one graph per lattice and terminal count).
 * @param maxSources most breadth-first search sources (see `hopStatistics`)
 */
export function intactHopStatistics(graph: LinkGraph, maxSources = Infinity): HopStatistics {
  let bySources = intactNetworkHops.get(graph);
  if (!bySources) intactNetworkHops.set(graph, (bySources = new Map()));
  let statistics = bySources.get(maxSources);
  if (!statistics) bySources.set(maxSources, (statistics = hopStatistics(graph, undefined, maxSources)));
  return statistics;
}
