import { orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { formationRicPositionsM, type FormationDesign } from './design.ts';
import { ricBuffer } from './frames.ts';
import { latticeNeighbourPairs } from './lattice.ts';
import { relativeMotionPositions } from './relativeMotion.ts';

/** Smallest and largest distance over a time span. */
export interface DistanceRange {
  /** Smallest distance, m (null with fewer than two satellites). */
  readonly minM: number | null;
  /** Largest distance, m (null with fewer than two satellites). */
  readonly maxM: number | null;
}

/**
 * Smallest and largest distance between lattice neighbours over one orbit of
 * the closed-form model, sampled `samplesPerOrbit` times. For the HCW
 * design the distance of a radial neighbour is dx sqrt(cos^2 + rho^2 sin^2):
 * it breathes between dx and dy = rho dx twice per orbit (100 and 200 m for
 * 81 satellites at R = 1 km).
 */
export function neighbourDistanceRange(design: FormationDesign, samplesPerOrbit = 360): DistanceRange {
  const pairs = latticeNeighbourPairs(design.lattice);
  if (pairs.length === 0) return { minM: null, maxM: null };
  // The initial states are linear in the lattice indices and the model is linear, so every
  // neighbour pair along one lattice direction has one separation at any time: the model
  // propagates one state difference per direction (radial, along-track).
  const { radialIndex } = design.lattice;
  const representatives: number[] = [];
  for (const radial of [true, false]) {
    for (let p = 0; p < pairs.length; p += 2) {
      if ((radialIndex[pairs[p]!] !== radialIndex[pairs[p + 1]!]) === radial) {
        representatives.push(pairs[p]!, pairs[p + 1]!);
        break;
      }
    }
  }
  const directions = representatives.length / 2;
  const states = design.initialStatesRic;
  const differences = ricBuffer(6 * directions);
  for (let d = 0; d < directions; d++) {
    for (let c = 0; c < 6; c++) differences[6 * d + c] = states[6 * representatives[2 * d + 1]! + c]! - states[6 * representatives[2 * d]! + c]!;
  }
  const durationS = orbitalPeriodS(design.semiMajorAxisM);
  const separations = ricBuffer(3 * directions);
  let min2 = Number.POSITIVE_INFINITY;
  let max2 = 0;
  for (let s = 0; s < samplesPerOrbit; s++) {
    relativeMotionPositions(design.model, (s * durationS) / samplesPerOrbit, differences, separations);
    for (let d = 0; d < directions; d++) {
      const d2 = separations[3 * d]! ** 2 + separations[3 * d + 1]! ** 2 + separations[3 * d + 2]! ** 2;
      if (d2 < min2) min2 = d2;
      if (d2 > max2) max2 = d2;
    }
  }
  return { minM: Math.sqrt(min2), maxM: Math.sqrt(max2) };
}

/**
 * Smallest and largest distance between any two satellites over `durationS`
 * of the closed-form model (all pairs; O(N^2) per sample).
 */
export function modelPairDistanceRange(design: FormationDesign, durationS: number, samples: number): DistanceRange {
  const n = design.satellites;
  const pairs = new Int32Array(n * (n - 1));
  let p = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      pairs[p++] = a;
      pairs[p++] = b;
    }
  }
  return pairDistanceRange(design, pairs, durationS, samples);
}

function pairDistanceRange(design: FormationDesign, pairs: Int32Array, durationS: number, samples: number): DistanceRange {
  if (pairs.length === 0) return { minM: null, maxM: null };
  const positions = ricBuffer(3 * design.satellites);
  let min2 = Number.POSITIVE_INFINITY;
  let max2 = 0;
  for (let s = 0; s < samples; s++) {
    formationRicPositionsM(design, (s * durationS) / samples, positions);
    for (let p = 0; p < pairs.length; p += 2) {
      const a = 3 * pairs[p]!;
      const b = 3 * pairs[p + 1]!;
      const d2 =
        (positions[a]! - positions[b]!) ** 2 + (positions[a + 1]! - positions[b + 1]!) ** 2 + (positions[a + 2]! - positions[b + 2]!) ** 2;
      if (d2 < min2) min2 = d2;
      if (d2 > max2) max2 = d2;
    }
  }
  return { minM: Math.sqrt(min2), maxM: Math.sqrt(max2) };
}

/**
 * Smallest squared distance between two points of a position buffer at the
 * end of a step and inside it, assuming straight-line relative motion from
 * the previous sample: min of |d1|^2 and of |d0 + s (d1 - d0)|^2 for s in
 * (0, 1) (error below a_rel dt^2 / 8 in distance). The start of the step,
 * |d0|, is the previous step's end and is left to the caller. Pass `now` as
 * `previous` for a first sample.
 * @param now positions now, 3 per satellite, m
 * @param previous positions one step ago, m
 * @param a offset of the first satellite (3 k)
 * @param b offset of the second
 * @returns m^2
 */
export function stepMinDistanceSquaredM2(now: ArrayLike<number>, previous: ArrayLike<number>, a: number, b: number): number {
  const dx = now[a]! - now[b]!;
  const dy = now[a + 1]! - now[b + 1]!;
  const dz = now[a + 2]! - now[b + 2]!;
  const px = previous[a]! - previous[b]!;
  const py = previous[a + 1]! - previous[b + 1]!;
  const pz = previous[a + 2]! - previous[b + 2]!;
  let d2 = dx * dx + dy * dy + dz * dz;
  const vx = dx - px;
  const vy = dy - py;
  const vz = dz - pz;
  const vv = vx * vx + vy * vy + vz * vz;
  if (vv > 0) {
    const s = -(px * vx + py * vy + pz * vz) / vv;
    if (s > 0 && s < 1) d2 = Math.min(d2, (px + s * vx) ** 2 + (py + s * vy) ** 2 + (pz + s * vz) ** 2);
  }
  return d2;
}

/**
 * Smallest distance between two points of a position buffer over one step,
 * both ends included, assuming straight-line relative motion from the
 * previous sample: min over s in [0, 1] of |d0 + s (d1 - d0)|.
 * @param now positions now, 3 per satellite, m
 * @param previous positions one step ago, m
 * @param a offset of the first satellite (3 k)
 * @param b offset of the second
 */
export function segmentMinDistanceM(now: ArrayLike<number>, previous: ArrayLike<number>, a: number, b: number): number {
  const px = previous[a]! - previous[b]!;
  const py = previous[a + 1]! - previous[b + 1]!;
  const pz = previous[a + 2]! - previous[b + 2]!;
  return Math.sqrt(Math.min(stepMinDistanceSquaredM2(now, previous, a, b), px * px + py * py + pz * pz));
}
