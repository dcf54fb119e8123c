/**
 * The optical network of a cluster: which satellites have a link, from their
 * lattice indices. Built once per cluster (it allocates); the per-step models
 * read its typed arrays.
 */

/** Optical terminals per satellite the network model supports. */
export type TerminalsPerSatellite = 4 | 8;

/** An undirected graph of satellites and optical links, as flat typed arrays. */
export interface LinkGraph {
  /** Number of satellites (nodes). */
  readonly nodeCount: number;
  /** Number of links (edges). */
  readonly linkCount: number;
  /** First satellite of each link. */
  readonly linkFrom: Int32Array;
  /** Second satellite of each link (linkFrom[k] < linkTo[k]). */
  readonly linkTo: Int32Array;
  /** Whether each link joins diagonal lattice neighbours (only with 8 terminals). */
  readonly linkDiagonal: Uint8Array;
  /** Lattice step of each link: 0 (+1, 0), 1 (0, +1), 2 (+1, +1), 3 (+1, -1) in (i, j). */
  readonly linkDirection: Uint8Array;
  /** Compressed adjacency: the links of node v are adjacencyLinks[adjacencyStart[v] .. adjacencyStart[v + 1]). */
  readonly adjacencyStart: Int32Array;
  /** Link indices, grouped by node (see adjacencyStart). */
  readonly adjacencyLinks: Int32Array;
}

/** Unit lattice steps to link along: +i, +j, then the two diagonals (each link found once, from its lower end). */
const FORWARD_STEPS: readonly (readonly [number, number, boolean])[] = [
  [1, 0, false],
  [0, 1, false],
  [1, 1, true],
  [1, -1, true],
];

/**
 * The links of a lattice cluster: with 4 terminals each satellite links to its
 * 4 lattice neighbours (i +- 1, j) and (i, j +- 1); with 8, also to the 4
 * diagonal ones (i +- 1, j +- 1). Satellites at the rim have fewer links, and
 * a terminal without a neighbour stays idle.
 * @param radialIndex lattice index i of each satellite
 * @param alongTrackIndex lattice index j of each satellite
 * @param terminals optical terminals per satellite, 4 or 8
 */
export function latticeLinkGraph(
  radialIndex: ArrayLike<number>,
  alongTrackIndex: ArrayLike<number>,
  terminals: TerminalsPerSatellite,
): LinkGraph {
  const nodeCount = radialIndex.length;
  const byPoint = new Map<string, number>();
  for (let v = 0; v < nodeCount; v++) byPoint.set(`${radialIndex[v]},${alongTrackIndex[v]}`, v);
  const from: number[] = [];
  const to: number[] = [];
  const diagonal: number[] = [];
  const direction: number[] = [];
  const steps = terminals === 8 ? FORWARD_STEPS : FORWARD_STEPS.slice(0, 2);
  for (let v = 0; v < nodeCount; v++) {
    for (const [d, [di, dj, isDiagonal]] of steps.entries()) {
      const other = byPoint.get(`${radialIndex[v]! + di},${alongTrackIndex[v]! + dj}`);
      if (other === undefined) continue;
      from.push(Math.min(v, other));
      to.push(Math.max(v, other));
      diagonal.push(isDiagonal ? 1 : 0);
      direction.push(d);
    }
  }
  const linkCount = from.length;
  const degree = new Int32Array(nodeCount + 1);
  for (let k = 0; k < linkCount; k++) {
    degree[from[k]! + 1]!++;
    degree[to[k]! + 1]!++;
  }
  const adjacencyStart = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) adjacencyStart[v + 1] = adjacencyStart[v]! + degree[v + 1]!;
  const fill = adjacencyStart.slice(0, nodeCount);
  const adjacencyLinks = new Int32Array(2 * linkCount);
  for (let k = 0; k < linkCount; k++) {
    adjacencyLinks[fill[from[k]!]!++] = k;
    adjacencyLinks[fill[to[k]!]!++] = k;
  }
  return {
    nodeCount,
    linkCount,
    linkFrom: Int32Array.from(from),
    linkTo: Int32Array.from(to),
    linkDiagonal: Uint8Array.from(diagonal),
    linkDirection: Uint8Array.from(direction),
    adjacencyStart,
    adjacencyLinks,
  };
}

/**
 * Distance of every link from satellite positions, |r_b - r_a| (allocation-free).
 * @param graph the links
 * @param positionsM positions, m, x y z interleaved per satellite (any one frame)
 * @param outDistancesM filled with one distance per link, m
 * @returns outDistancesM
 */
export function linkDistancesM(graph: LinkGraph, positionsM: Float64Array, outDistancesM: Float64Array): Float64Array {
  for (let k = 0; k < graph.linkCount; k++) outDistancesM[k] = linkDistanceM(positionsM, graph.linkFrom[k]!, graph.linkTo[k]!);
  return outDistancesM;
}

/**
 * Distance between two satellites, |r_b - r_a|.
 * @param positionsM positions, m, x y z interleaved per satellite (any one frame)
 * @param from index of satellite a
 * @param to index of satellite b
 * @returns m
 */
export function linkDistanceM(positionsM: Float64Array, from: number, to: number): number {
  const a = 3 * from;
  const b = 3 * to;
  const dx = positionsM[b]! - positionsM[a]!;
  const dy = positionsM[b + 1]! - positionsM[a + 1]!;
  const dz = positionsM[b + 2]! - positionsM[a + 2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}
