import type { LinkGraph } from './linkGraph.ts';

/** One way of splitting a lattice cluster into two halves, with the links it cuts. */
export interface LatticeBisection {
  /** Lattice direction (a, b) the cut is perpendicular to: nodes are ordered by a i + b j. */
  readonly direction: readonly [number, number];
  /** 1 for satellites in the first half (floor(N / 2) of them), 0 for the rest. */
  readonly firstHalf: Uint8Array;
  /** Links with one end in each half. */
  readonly crossingLinks: Int32Array;
  /**
   * The lattice direction of each crossing link (`LinkGraph.linkDirection`), in
   * the same order: with one capacity per direction, the cut's capacity is
   * `cutCapacityBps` of these over the direction capacities.
   */
  readonly crossingDirections: Int32Array;
}

/**
 * Lattice directions of the candidate cuts: the two axes, the two diagonals
 * and the four knight's-move slopes. A straight cut through the centre
 * perpendicular to one of them, with a one-step stair where a row of the
 * lattice must be split to make the halves equal.
 */
const CUT_DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [1, 1],
  [1, -1],
  [2, 1],
  [1, 2],
  [2, -1],
  [1, -2],
];

/**
 * Candidate bisections of a lattice cluster: for each of `CUT_DIRECTIONS`
 * (a, b), satellites are ordered by a i + b j, ties broken along the cut
 * (by -b i + a j, both ways), and the first floor(N / 2) form one half.
 *
 * Why straight cuts: the bisection bandwidth is the minimum over all equal
 * splits of the capacity crossing the split (Leighton, Introduction to
 * Parallel Algorithms and Architectures, 1992, section 1.9). Finding it
 * exactly is NP-hard in general (Garey, Johnson & Stockmeyer 1976), but on
 * grid graphs the edge-isoperimetric optimum is a straight cut (Bollobas &
 * Leader 1991, Ahlswede & Cai 1997); in a linear relative-motion model (HCW
 * and its J2 corrections) every link of one lattice direction has the same
 * length at a given time, so the capacities are uniform per direction and the
 * cheapest cut is one of these. The validation tests check this against all splits of a
 * 21-satellite lattice and against a local search on the 81-satellite one.
 * The set is fixed by the lattice, so it is built once and each time step
 * only sums capacities.
 * @param radialIndex lattice index i of each satellite
 * @param alongTrackIndex lattice index j of each satellite
 * @param graph the links among them
 */
export function latticeBisections(
  radialIndex: ArrayLike<number>,
  alongTrackIndex: ArrayLike<number>,
  graph: LinkGraph,
): LatticeBisection[] {
  const n = graph.nodeCount;
  const half = Math.floor(n / 2);
  const order = Array.from({ length: n }, (_, v) => v);
  const bisections: LatticeBisection[] = [];
  if (n < 2) return bisections;
  const seen = new Set<string>();
  for (const [a, b] of CUT_DIRECTIONS) {
    for (const tieSign of [1, -1]) {
      const key = (v: number) => a * radialIndex[v]! + b * alongTrackIndex[v]!;
      const along = (v: number) => tieSign * (-b * radialIndex[v]! + a * alongTrackIndex[v]!);
      order.sort((u, v) => key(u) - key(v) || along(u) - along(v) || u - v);
      const firstHalf = new Uint8Array(n);
      for (let q = 0; q < half; q++) firstHalf[order[q]!] = 1;
      const signature = firstHalf.join('');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const crossing: number[] = [];
      for (let k = 0; k < graph.linkCount; k++) {
        if (firstHalf[graph.linkFrom[k]!] !== firstHalf[graph.linkTo[k]!]) crossing.push(k);
      }
      bisections.push({
        direction: [a, b],
        firstHalf,
        crossingLinks: Int32Array.from(crossing),
        crossingDirections: Int32Array.from(crossing, (k) => graph.linkDirection[k]!),
      });
    }
  }
  return bisections;
}

/**
 * Capacity crossing one cut: the sum of the capacities of its links, bit/s
 * (one direction; each optical link carries as much the other way).
 * @param crossingLinks link indices of the cut
 * @param linkCapacitiesBps capacity of every link, bit/s
 */
export function cutCapacityBps(crossingLinks: Int32Array, linkCapacitiesBps: Float64Array): number {
  let sum = 0;
  for (let q = 0; q < crossingLinks.length; q++) sum += linkCapacitiesBps[crossingLinks[q]!]!;
  return sum;
}

/**
 * Bisection bandwidth over a set of candidate cuts: the smallest
 * `cutCapacityBps`, bit/s (Infinity for no candidates, e.g. one satellite).
 * @param bisections candidate cuts (`latticeBisections`)
 * @param linkCapacitiesBps capacity of every link, bit/s
 */
export function bisectionBandwidthBps(bisections: readonly LatticeBisection[], linkCapacitiesBps: Float64Array): number {
  let min = Infinity;
  for (const bisection of bisections) {
    const capacity = cutCapacityBps(bisection.crossingLinks, linkCapacitiesBps);
    if (capacity < min) min = capacity;
  }
  return min;
}
