import { erfc } from '../math.ts';

/**
 * Crosstalk between the beams of an n x n spatially multiplexed terminal.
 *
 * The aperture D is split into n x n square sub-apertures of pitch p = D / n.
 * Each sub-aperture launches a Gaussian beam (intensity exp(-2 r^2 / w^2))
 * towards the matching sub-aperture of the far terminal; every receive
 * sub-aperture also collects part of the other n^2 - 1 beams. Because the
 * Gaussian and the square cells are both separable in x and y, the power one
 * cell collects from one beam is a product of two one-dimensional erf
 * differences (`gaussianSlabFraction`), a closed form with no numerical
 * integration. Lengths in m, angles in rad, ratios linear unless named dB.
 *
 * Approximations, stated once: the beam propagates as an untruncated
 * Gaussian (the diffraction rings that the hard edge of the sub-aperture adds
 * are ignored; with the Klein-Degnan waist the edge clips about 5 % of the
 * power of a square cell, which the link budget's aperture efficiency
 * already counts); the transmit and receive arrays are identical and facing;
 * the pointing error is a common lateral offset theta_e d of the whole array
 * along one of its axes (one telescope points all beams).
 */

/** Klein-Degnan optimum ratio of aperture radius to Gaussian waist, a / w = 1.12 (unobscured). */
export const KLEIN_DEGNAN_RADIUS_TO_WAIST = 1.12;

/**
 * Transmit waist of one beam of an n x n array:
 * w0 = min(sqrt(lambda d / pi), (p / 2) / 1.12), p = D / n.
 *
 * The first term is the waist that makes the beam narrowest at the far
 * terminal: w(d)^2 = w0^2 (1 + (lambda d / (pi w0^2))^2) is smallest at
 * w0^2 = lambda d / pi, where the spot is sqrt(2) w0 (Siegman, Lasers, 1986,
 * Eq. 17.5-8; the confocal condition). The second caps the waist at the
 * Klein-Degnan optimum for a Gaussian launched through a circular aperture of
 * radius a, a / w = 1.12, which maximises the far-field on-axis gain by
 * trading truncation loss against beam width (B. J. Klein & J. J. Degnan,
 * "Optical antenna gain. 1: Transmitting antennas", Appl. Opt. 13, 2134,
 * 1974); here a = p / 2, the circle inscribed in the square cell. A larger
 * waist would clip more of the beam on its own sub-aperture than it saves in
 * spread.
 * @param apertureDiameterM D, m
 * @param order n (n x n beams)
 * @param wavelengthM lambda, m
 * @param distanceM d, m (> 0)
 * @returns w0, m
 */
export function spatialBeamWaistM(apertureDiameterM: number, order: number, wavelengthM: number, distanceM: number): number {
  const confocalWaistM = Math.sqrt((wavelengthM * distanceM) / Math.PI);
  const kleinDegnanWaistM = apertureDiameterM / order / 2 / KLEIN_DEGNAN_RADIUS_TO_WAIST;
  return Math.min(confocalWaistM, kleinDegnanWaistM);
}

/**
 * Radius (1/e^2 intensity) of a Gaussian beam after a distance,
 * w(d) = w0 sqrt(1 + (d / z_R)^2), z_R = pi w0^2 / lambda (Siegman, Lasers,
 * Eq. 17.5-8).
 * @param waistM w0, m
 * @param wavelengthM lambda, m
 * @param distanceM d, m
 * @returns w(d), m
 */
export function gaussianBeamRadiusM(waistM: number, wavelengthM: number, distanceM: number): number {
  const rayleighM = (Math.PI * waistM * waistM) / wavelengthM;
  const r = distanceM / rayleighM;
  return waistM * Math.sqrt(1 + r * r);
}

/** Argument beyond which erfc underflows to 0 in double precision. */
const ERFC_UNDERFLOW_ARGUMENT = 27;

/**
 * Fraction of a one-dimensional Gaussian intensity profile exp(-2 (x - c)^2 / w^2)
 * (normalised to 1) that falls in [lower, upper]:
 * (erf(sqrt2 (upper - c) / w) - erf(sqrt2 (lower - c) / w)) / 2. Written with
 * `erfc` on the side of the tail, so a cell far from the beam gets a small
 * number with its relative accuracy rather than the difference of two numbers
 * near 1. The power a square cell collects from a round Gaussian is the
 * product of this fraction in x and in y.
 * @param centreM c, the beam's centre, m
 * @param lowerM lower edge of the cell, m
 * @param upperM upper edge (> lower), m
 * @param beamRadiusM w, m (> 0)
 * @returns the fraction, 0-1
 */
export function gaussianSlabFraction(centreM: number, lowerM: number, upperM: number, beamRadiusM: number): number {
  const scale = Math.SQRT2 / beamRadiusM;
  const u = (lowerM - centreM) * scale;
  const v = (upperM - centreM) * scale;
  // erfc(27) = 5e-319 underflows: a cell that far into the tail collects nothing.
  if (u > ERFC_UNDERFLOW_ARGUMENT || v < -ERFC_UNDERFLOW_ARGUMENT) return 0;
  if (u >= 0) return 0.5 * (erfc(u) - erfc(v));
  if (v <= 0) return 0.5 * (erfc(-v) - erfc(-u));
  return 1 - 0.5 * (erfc(v) + erfc(-u));
}

/** Scratch for the 2n - 1 cell fractions of one axis, grown as needed. */
let fractionScratch = new Float64Array(64);

/**
 * The largest power the receive cells of one axis collect from the other
 * beams of that axis, relative to the beam's total power: max over receive
 * index r of sum over t != r of f(t - r), where f(k) is the fraction of a
 * beam centred at k p + offset that falls in the cell [-p/2, p/2].
 * Returns it with f(0) (own fraction) through `out`.
 */
function axisCrosstalk(order: number, pitchM: number, beamRadiusM: number, offsetM: number, out: { own: number; others: number }): void {
  const size = 2 * order - 1;
  if (fractionScratch.length < size) fractionScratch = new Float64Array(2 * size);
  const f = fractionScratch;
  const half = pitchM / 2;
  for (let q = 0; q < size; q++) f[q] = gaussianSlabFraction((q - (order - 1)) * pitchM + offsetM, -half, half, beamRadiusM);
  // Receive cell r sees k = t - r for t = 0..n-1: the window q = n-1-r .. 2n-2-r of f.
  let window = 0;
  for (let q = order - 1; q < size; q++) window += f[q]!;
  let worst = window;
  for (let r = 1; r < order; r++) {
    window += f[order - 1 - r]! - f[size - r]!;
    if (window > worst) worst = window;
  }
  const own = f[order - 1]!;
  out.own = own;
  out.others = Math.max(worst - own, 0);
}

const xAxis = { own: 0, others: 0 };
const yAxis = { own: 0, others: 0 };

/**
 * Achieved isolation of an n x n spatially multiplexed link: the power the
 * worst receive cell collects from its own beam over the sum it collects from
 * all the other beams, S = P_own / sum P_other (linear).
 *
 * Every beam has the waist `spatialBeamWaistM` and the radius
 * `gaussianBeamRadiusM` at d; the whole array is offset by theta_e d along x.
 * The power cell (i, j) collects from beam (k, l) is f_x(k - i) f_y(l - j)
 * (`gaussianSlabFraction` in each axis), so its total is X_i Y_j, with X_i =
 * sum_k f_x(k - i), and the interference is X_i Y_j - f_x(0) f_y(0) =
 * Xo_i Y_j + f_x(0) Yo_j, where Xo, Yo are the sums without the own term.
 * Both terms grow with Xo and Yo, so the worst cell takes the largest of each
 * (the centre of the array when there is no offset). Allocation-free; O(n)
 * erfc calls.
 * @param apertureDiameterM D, m
 * @param order n (>= 1)
 * @param wavelengthM lambda, m
 * @param pointingErrorRad theta_e, rad
 * @param distanceM d, m (> 0)
 * @returns S, linear (Infinity for n = 1, or when no power leaks at all)
 */
export function spatialIsolationRatio(
  apertureDiameterM: number,
  order: number,
  wavelengthM: number,
  pointingErrorRad: number,
  distanceM: number,
): number {
  if (order <= 1) return Infinity;
  const pitchM = apertureDiameterM / order;
  const radiusM = gaussianBeamRadiusM(spatialBeamWaistM(apertureDiameterM, order, wavelengthM, distanceM), wavelengthM, distanceM);
  axisCrosstalk(order, pitchM, radiusM, pointingErrorRad * distanceM, xAxis);
  axisCrosstalk(order, pitchM, radiusM, 0, yAxis);
  const own = xAxis.own * yAxis.own;
  const others = xAxis.others * (yAxis.own + yAxis.others) + xAxis.own * yAxis.others;
  return others > 0 ? own / others : Infinity;
}

/**
 * `spatialIsolationRatio` in dB, 10 log10 S (Infinity for one beam).
 * @param apertureDiameterM D, m
 * @param order n
 * @param wavelengthM lambda, m
 * @param pointingErrorRad theta_e, rad
 * @param distanceM d, m
 */
export function spatialIsolationDb(apertureDiameterM: number, order: number, wavelengthM: number, pointingErrorRad: number, distanceM: number): number {
  return 10 * Math.log10(spatialIsolationRatio(apertureDiameterM, order, wavelengthM, pointingErrorRad, distanceM));
}

/** Shortest distance the range search looks at, m. */
const RANGE_SEARCH_MIN_M = 1e-6;
/** Longest distance the range search looks at, m: beyond it an order counts as unlimited. */
const RANGE_SEARCH_MAX_M = 1e12;
/** Step ratio of the scan for the first crossing. */
const RANGE_SCAN_RATIO = 2;

/**
 * The range of an n x n array at an isolation requirement: the largest d such
 * that `spatialIsolationRatio` >= the requirement at every distance up to d.
 * Found by a log-spaced scan from 1 um (doubling) for the first distance
 * that fails, then bisection to a relative 1e-12 inside that step. Isolation
 * falls with distance for pointing errors of the order of microradians (the
 * validation tests check it); with pointing errors so large that the array
 * walks off the far terminal it can recover, and taking the first crossing
 * keeps the capacity non-increasing in d all the same.
 * @param apertureDiameterM D, m
 * @param order n
 * @param wavelengthM lambda, m
 * @param pointingErrorRad theta_e, rad
 * @param requiredRatio S_min, linear (> 0)
 * @returns the range, m (Infinity for n = 1 or beyond 1e12 m; 0 when even 1 um fails)
 */
export function spatialIsolationRangeM(
  apertureDiameterM: number,
  order: number,
  wavelengthM: number,
  pointingErrorRad: number,
  requiredRatio: number,
): number {
  if (order <= 1) return Infinity;
  const passes = (d: number) => spatialIsolationRatio(apertureDiameterM, order, wavelengthM, pointingErrorRad, d) >= requiredRatio;
  if (!passes(RANGE_SEARCH_MIN_M)) return 0;
  let nearM = RANGE_SEARCH_MIN_M;
  let farM = nearM * RANGE_SCAN_RATIO;
  while (passes(farM)) {
    nearM = farM;
    farM *= RANGE_SCAN_RATIO;
    if (farM > RANGE_SEARCH_MAX_M) return Infinity;
  }
  while (farM / nearM > 1 + 1e-12) {
    const midM = Math.sqrt(nearM * farM);
    if (passes(midM)) nearM = midM;
    else farM = midM;
  }
  return nearM;
}
