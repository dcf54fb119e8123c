import { EARTH_EQUATORIAL_RADIUS_M, EARTH_MU_M3_PER_S2 } from '../constants.ts';

/**
 * Semi-major axis of a circular orbit at a given altitude above the
 * equatorial radius: a = R_E + h.
 * @param altitudeM altitude above the WGS-84 equatorial radius, m
 * @returns semi-major axis, m
 */
export function circularSemiMajorAxisM(altitudeM: number): number {
  return EARTH_EQUATORIAL_RADIUS_M + altitudeM;
}

/**
 * Keplerian mean motion n = sqrt(mu / a^3) (Vallado, *Fundamentals of
 * Astrodynamics*, 4th ed., Eq. 2-76).
 * @param semiMajorAxisM semi-major axis, m
 * @returns mean motion, rad/s
 */
export function meanMotionRadPerS(semiMajorAxisM: number): number {
  return Math.sqrt(EARTH_MU_M3_PER_S2 / semiMajorAxisM ** 3);
}

/**
 * Keplerian orbital period T = 2 pi sqrt(a^3 / mu) (Vallado Eq. 1-26).
 * @param semiMajorAxisM semi-major axis, m
 * @returns period, s
 */
export function orbitalPeriodS(semiMajorAxisM: number): number {
  return (2 * Math.PI) / meanMotionRadPerS(semiMajorAxisM);
}
