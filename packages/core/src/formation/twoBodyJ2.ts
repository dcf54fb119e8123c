import { EARTH_EQUATORIAL_RADIUS_M, EARTH_J2, EARTH_MU_M3_PER_S2 } from '../constants.ts';
import type { EciBuffer } from './frames.ts';

/**
 * Right-hand side of the two-body + J2 equations of motion for any number of
 * satellites packed in one ECI state vector (6 numbers each: x, y, z, vx, vy,
 * vz in m and m/s):
 *   a = -mu r / r^3 - (3/2) J2 mu R_E^2 / r^5 [x (1 - 5 z^2/r^2), y (1 - 5 z^2/r^2), z (3 - 5 z^2/r^2)]
 * (Curtis, *Orbital Mechanics for Engineering Students*, 3rd ed., Eq. 12.30;
 * z along Earth's rotation axis). Newtonian gravity and J2 only, no thrust,
 * no drag: the paper's validation model [P §4.1].
 * @param _tS time, s (the field is time-invariant)
 * @param state ECI states, 6 per satellite, m and m/s
 * @param derivative written: velocities and accelerations, m/s and m/s^2
 */
export function twoBodyJ2Derivative(_tS: number, state: Float64Array, derivative: Float64Array): void {
  const mu = EARTH_MU_M3_PER_S2;
  const j2Factor = 1.5 * EARTH_J2 * mu * EARTH_EQUATORIAL_RADIUS_M * EARTH_EQUATORIAL_RADIUS_M;
  const count = state.length / 6;
  for (let k = 0; k < count; k++) {
    const o = 6 * k;
    const x = state[o]!;
    const y = state[o + 1]!;
    const z = state[o + 2]!;
    const r2 = x * x + y * y + z * z;
    const r = Math.sqrt(r2);
    const inv3 = 1 / (r2 * r);
    const inv5 = inv3 / r2;
    const z2r2 = (5 * z * z) / r2;
    const common = -mu * inv3 - j2Factor * inv5 * (1 - z2r2);
    derivative[o] = state[o + 3]!;
    derivative[o + 1] = state[o + 4]!;
    derivative[o + 2] = state[o + 5]!;
    derivative[o + 3] = common * x;
    derivative[o + 4] = common * y;
    derivative[o + 5] = (-mu * inv3 - j2Factor * inv5 * (3 - z2r2)) * z;
  }
}

/**
 * Right-hand side of the two-body equations (Curtis, 3rd ed., Eq. 2.22):
 * a = -mu r / r^3, for any number of satellites in one ECI state vector.
 * The Keplerian reference of the validation: HCW is exact for it as the
 * separation goes to zero.
 */
export function twoBodyDerivative(_tS: number, state: Float64Array, derivative: Float64Array): void {
  const mu = EARTH_MU_M3_PER_S2;
  for (let o = 0; o < state.length; o += 6) {
    const x = state[o]!;
    const y = state[o + 1]!;
    const z = state[o + 2]!;
    const r2 = x * x + y * y + z * z;
    const f = -mu / (r2 * Math.sqrt(r2));
    derivative[o] = state[o + 3]!;
    derivative[o + 1] = state[o + 4]!;
    derivative[o + 2] = state[o + 5]!;
    derivative[o + 3] = f * x;
    derivative[o + 4] = f * y;
    derivative[o + 5] = f * z;
  }
}

/**
 * Specific orbital energy including the J2 potential, a constant of the
 * two-body + J2 motion: E = v^2/2 - mu/r + (mu J2 R_E^2 / (2 r^3)) (3 z^2/r^2 - 1)
 * (the geopotential U = mu/r [1 - J2 (R_E/r)^2 P2(z/r)], Vallado, 4th ed., ch. 8).
 * @param state ECI state, 6 numbers at `offset`, m and m/s
 * @returns energy per unit mass, J/kg
 */
export function twoBodyJ2EnergyJPerKg(state: EciBuffer | Float64Array, offset = 0): number {
  const x = state[offset]!;
  const y = state[offset + 1]!;
  const z = state[offset + 2]!;
  const r = Math.hypot(x, y, z);
  const v2 = state[offset + 3]! ** 2 + state[offset + 4]! ** 2 + state[offset + 5]! ** 2;
  const mu = EARTH_MU_M3_PER_S2;
  const j2Potential = ((mu * EARTH_J2 * EARTH_EQUATORIAL_RADIUS_M ** 2) / (2 * r ** 3)) * ((3 * z * z) / (r * r) - 1);
  return v2 / 2 - mu / r + j2Potential;
}
