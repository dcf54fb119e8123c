/**
 * The cluster lattice of the Suncatcher design [P §2.2, Fig. 2]: satellites
 * sit on a square lattice in the orbital plane; in lattice units the point
 * (i, j) lies at x = i dx radial and y = j dy along-track with dy = 2 dx, so
 * that every satellite flies a closed 2:1 relative ellipse and the whole
 * cluster breathes inside the ellipse of +-R along-track and +-R/2 radial.
 */

/** Lattice indices of every satellite and the spacing that scales them to metres. */
export interface ClusterLattice {
  /** Number of satellites N. */
  readonly satellites: number;
  /** Radial lattice index i of each satellite (x = i dx at t = 0). */
  readonly radialIndex: Int32Array;
  /** Along-track lattice index j of each satellite (y = j dy at t = 0). */
  readonly alongTrackIndex: Int32Array;
  /** Largest lattice radius sqrt(i^2 + j^2) in lattice units (5 for 81 satellites). */
  readonly outerLatticeRadius: number;
  /** Radial spacing dx = R / (2 rho_max), m (100 m for 81 satellites at R = 1 km). */
  readonly radialSpacingM: number;
  /** Along-track spacing dy = R / rho_max, m (200 m for 81 satellites at R = 1 km). */
  readonly alongTrackSpacingM: number;
}

/**
 * The N integer points (i, j) nearest the origin, ordered by i^2 + j^2, then
 * by the angle atan2(j, i) in [0, 2 pi), so ties are broken the same way on
 * every machine. For N = 81 these are exactly the points with
 * i^2 + j^2 <= 25. Satellite 0 is the centre (the reference point).
 * @param satellites number of satellites N, >= 1
 * @param radiusM cluster radius R: along-track half-extent of the outermost ellipse, m
 * @throws RangeError when N is not a positive integer or R is not positive
 */
export function clusterLattice(satellites: number, radiusM: number): ClusterLattice {
  if (!Number.isInteger(satellites) || satellites < 1) {
    throw new RangeError(`satellites must be a whole number >= 1, got ${satellites}`);
  }
  if (!(radiusM > 0)) throw new RangeError(`radiusM must be > 0 m, got ${radiusM}`);
  const { radialIndex, alongTrackIndex, outerR2 } = nearestLatticePoints(satellites);
  const outerLatticeRadius = Math.sqrt(outerR2);
  // A single satellite has no extent; give it the spacing of the first ring so neighbours stay defined.
  const scale = outerLatticeRadius > 0 ? outerLatticeRadius : 1;
  return {
    satellites,
    radialIndex,
    alongTrackIndex,
    outerLatticeRadius,
    radialSpacingM: radiusM / (2 * scale),
    alongTrackSpacingM: radiusM / scale,
  };
}

interface LatticePoints {
  readonly radialIndex: Int32Array;
  readonly alongTrackIndex: Int32Array;
  readonly outerR2: number;
}

const pointsCache = new Map<number, LatticePoints>();

/** The N nearest points, sorted once per N and memoised (callers must not mutate the arrays). */
function nearestLatticePoints(satellites: number): LatticePoints {
  const hit = pointsCache.get(satellites);
  if (hit) return hit;
  // Every point of the N nearest has i^2 + j^2 <= r^2 with pi r^2 ~ N; search a safe square.
  const half = Math.ceil(Math.sqrt(satellites / Math.PI)) + 2;
  const candidates: { i: number; j: number; r2: number; angle: number }[] = [];
  for (let i = -half; i <= half; i++) {
    for (let j = -half; j <= half; j++) {
      const angle = Math.atan2(j, i);
      candidates.push({ i, j, r2: i * i + j * j, angle: angle < 0 ? angle + 2 * Math.PI : angle });
    }
  }
  candidates.sort((a, b) => a.r2 - b.r2 || a.angle - b.angle);
  const radialIndex = new Int32Array(satellites);
  const alongTrackIndex = new Int32Array(satellites);
  let outerR2 = 0;
  for (let k = 0; k < satellites; k++) {
    const point = candidates[k]!;
    radialIndex[k] = point.i;
    alongTrackIndex[k] = point.j;
    outerR2 = Math.max(outerR2, point.r2);
  }
  const points = { radialIndex, alongTrackIndex, outerR2 };
  if (pointsCache.size > 64) pointsCache.clear();
  pointsCache.set(satellites, points);
  return points;
}

const pairsCache = new Map<number, Int32Array>();

/**
 * Pairs of lattice neighbours (unit steps in i or j), as a flat list
 * [a0, b0, a1, b1, ...] of satellite indices with a < b. These are the
 * nearest neighbours whose distance oscillates between dx and dy. The
 * returned array is shared (memoised per N): do not modify it.
 */
export function latticeNeighbourPairs(lattice: ClusterLattice): Int32Array {
  // The pairs depend only on N (the points are the N nearest); memoised per N.
  const hit = pairsCache.get(lattice.satellites);
  if (hit) return hit;
  const index = new Map<string, number>();
  for (let k = 0; k < lattice.satellites; k++) index.set(`${lattice.radialIndex[k]},${lattice.alongTrackIndex[k]}`, k);
  const pairs: number[] = [];
  for (let k = 0; k < lattice.satellites; k++) {
    const i = lattice.radialIndex[k]!;
    const j = lattice.alongTrackIndex[k]!;
    for (const key of [`${i + 1},${j}`, `${i},${j + 1}`]) {
      const other = index.get(key);
      if (other !== undefined) pairs.push(Math.min(k, other), Math.max(k, other));
    }
  }
  const result = Int32Array.from(pairs);
  if (pairsCache.size > 64) pairsCache.clear();
  pairsCache.set(lattice.satellites, result);
  return result;
}
