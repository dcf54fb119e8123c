import type { RicBuffer } from './frames.ts';

/**
 * A linear, time-invariant model of motion relative to a circular reference
 * orbit, in RIC (x radial, y along-track, z cross-track; see `frames.ts`):
 *   x'' = 2 w y' + (4 w^2 - omega^2) x,   y'' = -2 w x',   z'' = -q^2 z.
 * Hill-Clohessy-Wiltshire is w = omega = q = n (giving 3 n^2 x); the
 * Schweighart-Sedwick J2 model is w = n c, omega = n sqrt(1 - s), giving
 * (5 c^2 - 2) n^2 x. Three rates fix the model.
 */
export interface RelativeMotionModel {
  /** Keplerian mean motion n of the reference orbit, rad/s. */
  readonly meanMotionRadPerS: number;
  /** Coriolis rate w of the in-plane coupling (n for HCW, n c for Schweighart-Sedwick), rad/s. */
  readonly couplingRateRadPerS: number;
  /** Frequency omega of the radial oscillation (n for HCW, n sqrt(1 - s) for Schweighart-Sedwick), rad/s. */
  readonly inPlaneRadPerS: number;
  /** Frequency q of the cross-track oscillation, rad/s. */
  readonly crossTrackRadPerS: number;
}

/**
 * The Hill-Clohessy-Wiltshire model (Clohessy & Wiltshire, J. Aerospace Sci.
 * 27(9), 1960; Vallado, 4th ed., Eq. 6-66): x'' - 2 n y' - 3 n^2 x = 0,
 * y'' + 2 n x' = 0, z'' + n^2 z = 0.
 * @param meanMotionRadPerS mean motion n of the circular reference orbit, rad/s
 */
export function hcwModel(meanMotionRadPerS: number): RelativeMotionModel {
  return {
    meanMotionRadPerS,
    couplingRateRadPerS: meanMotionRadPerS,
    inPlaneRadPerS: meanMotionRadPerS,
    crossTrackRadPerS: meanMotionRadPerS,
  };
}

/**
 * Closed-form state transition of a relative-motion model, for any number of
 * satellites, without allocation, for the equations of `RelativeMotionModel`.
 * Integrating y' = y0' - 2 w (x - x0) leaves x'' + omega^2 x = omega^2 xp with
 * xp = (2 w y0' + 4 w^2 x0) / omega^2, so
 *   x(t) = xp + (x0 - xp) cos(omega t) + x0'/omega sin(omega t)
 *   y(t) = y0 + (y0' + 2 w (x0 - xp)) t - 2 w [(x0 - xp) sin(omega t)/omega + x0' (1 - cos(omega t))/omega^2]
 *   z(t) = z0 cos(q t) + z0'/q sin(q t)
 * which for w = omega = n is the Clohessy-Wiltshire solution (Vallado Eq. 6-66).
 * @param model rates of the model, rad/s
 * @param tS time since the epoch of `statesRic`, s
 * @param statesRic initial states, 6 per satellite (x, y, z, vx, vy, vz), m and m/s in RIC
 * @param outStatesRic states at tS, same layout (may not alias `statesRic`)
 */
export function relativeMotionPropagate(
  model: RelativeMotionModel,
  tS: number,
  statesRic: RicBuffer,
  outStatesRic: RicBuffer,
): RicBuffer {
  writeClosedFormPositions(model, tS, statesRic, outStatesRic, 6);
  const w = model.couplingRateRadPerS;
  const om = model.inPlaneRadPerS;
  const q = model.crossTrackRadPerS;
  const c = Math.cos(om * tS);
  const s = Math.sin(om * tS);
  const cq = Math.cos(q * tS);
  const sq = Math.sin(q * tS);
  const count = statesRic.length / 6;
  for (let k = 0; k < count; k++) {
    const o = 6 * k;
    const x0 = statesRic[o]!;
    const vx0 = statesRic[o + 3]!;
    const vy0 = statesRic[o + 4]!;
    const dx = x0 - inPlaneCentreM(model, x0, vy0);
    outStatesRic[o + 3] = -dx * om * s + vx0 * c;
    outStatesRic[o + 4] = vy0 - 2 * w * (outStatesRic[o]! - x0);
    outStatesRic[o + 5] = -statesRic[o + 2]! * q * sq + statesRic[o + 5]! * cq;
  }
  return outStatesRic;
}

/** The radial centre of the in-plane oscillation, xp = (2 w y0' + 4 w^2 x0) / omega^2, m. */
function inPlaneCentreM(model: RelativeMotionModel, x0M: number, vy0MPerS: number): number {
  const w = model.couplingRateRadPerS;
  const om = model.inPlaneRadPerS;
  return (2 * w * vy0MPerS + 4 * w * w * x0M) / (om * om);
}

/**
 * Writes the closed-form positions of every satellite at tS into `out`, x y z
 * at `stride * k` (3 for positions only, 6 for full states): the one place
 * the position formulas of `relativeMotionPropagate` are written.
 * @param satellites indices of the only satellites to write (default: all); the others' entries are left as they are
 */
function writeClosedFormPositions(
  model: RelativeMotionModel,
  tS: number,
  statesRic: RicBuffer,
  out: RicBuffer,
  stride: number,
  satellites?: Int32Array,
): void {
  const w = model.couplingRateRadPerS;
  const om = model.inPlaneRadPerS;
  const q = model.crossTrackRadPerS;
  const c = Math.cos(om * tS);
  const s = Math.sin(om * tS);
  const cq = Math.cos(q * tS);
  const sq = Math.sin(q * tS);
  const om2 = om * om;
  const count = satellites ? satellites.length : statesRic.length / 6;
  for (let n = 0; n < count; n++) {
    const k = satellites ? satellites[n]! : n;
    const o = 6 * k;
    const x0 = statesRic[o]!;
    const vx0 = statesRic[o + 3]!;
    const vy0 = statesRic[o + 4]!;
    const xp = inPlaneCentreM(model, x0, vy0);
    const dx = x0 - xp;
    const p = stride * k;
    out[p] = xp + dx * c + (vx0 / om) * s;
    out[p + 1] = statesRic[o + 1]! + (vy0 + 2 * w * dx) * tS - 2 * w * ((dx * s) / om + (vx0 * (1 - c)) / om2);
    out[p + 2] = statesRic[o + 2]! * cq + (statesRic[o + 5]! / q) * sq;
  }
}

/**
 * Positions only of `relativeMotionPropagate` (same closed form), 3 numbers
 * per satellite: the hot path for drawing, link geometry and benchmarks.
 * @param model rates of the model, rad/s
 * @param tS time since the epoch of `statesRic`, s
 * @param statesRic initial states, 6 per satellite, m and m/s in RIC
 * @param outPositionsRic positions at tS, 3 per satellite (x, y, z), m in RIC
 * @param satellites indices of the only satellites to write (default: all), for loops that need a few
 */
export function relativeMotionPositions(
  model: RelativeMotionModel,
  tS: number,
  statesRic: RicBuffer,
  outPositionsRic: RicBuffer,
  satellites?: Int32Array,
): RicBuffer {
  writeClosedFormPositions(model, tS, statesRic, outPositionsRic, 3, satellites);
  return outPositionsRic;
}

/**
 * Along-track to radial amplitude ratio of a closed, centred relative ellipse
 * of a model: rho = 2 w / omega (2 for HCW; 2 sqrt((1 + s)/(1 - s)) for
 * Schweighart-Sedwick; 2 u'/M' for the J2 mean-rate model). The paper writes its J2 design as 2 : 1.0037, that is
 * rho = 2 / 1.0037; in that notation a model's design is 2 : (2 / rho).
 * @returns along-track amplitude / radial amplitude, dimensionless
 */
export function closedEllipseAxisRatio(model: RelativeMotionModel): number {
  return (2 * model.couplingRateRadPerS) / model.inPlaneRadPerS;
}
