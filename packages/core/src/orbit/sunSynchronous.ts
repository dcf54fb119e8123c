import { EARTH_EQUATORIAL_RADIUS_M, EARTH_J2, TROPICAL_YEAR_S } from '../constants.ts';
import { clampedAcos } from '../math.ts';
import { meanMotionRadPerS } from './circularOrbit.ts';

/**
 * Secular drift of the right ascension of the ascending node under J2:
 * dOmega/dt = -3/2 n J2 (R_E / p)^2 cos i, with p = a (1 - e^2)
 * (Vallado, 4th ed., Eq. 9-41).
 * @param semiMajorAxisM semi-major axis, m
 * @param eccentricity orbital eccentricity, dimensionless
 * @param inclinationRad inclination, rad
 * @returns nodal precession rate, rad/s (negative for prograde orbits)
 */
export function j2NodalPrecessionRadPerS(
  semiMajorAxisM: number,
  eccentricity: number,
  inclinationRad: number,
): number {
  const semiLatusRectumM = semiMajorAxisM * (1 - eccentricity ** 2);
  return (
    -1.5 *
    meanMotionRadPerS(semiMajorAxisM) *
    EARTH_J2 *
    (EARTH_EQUATORIAL_RADIUS_M / semiLatusRectumM) ** 2 *
    Math.cos(inclinationRad)
  );
}

/** Nodal rate of a sun-synchronous orbit: one revolution per tropical year, rad/s. */
export const SUN_SYNCHRONOUS_NODAL_RATE_RAD_PER_S = (2 * Math.PI) / TROPICAL_YEAR_S;

/**
 * Inclination at which J2 turns the orbit plane once per tropical year, so it
 * keeps its angle to the mean Sun: solve Vallado Eq. 9-41 for cos i.
 * @param semiMajorAxisM semi-major axis, m
 * @param eccentricity orbital eccentricity, dimensionless (default circular)
 * @returns inclination, rad; NaN where no inclination achieves it (a > ~12,350 km)
 */
export function sunSynchronousInclinationRad(semiMajorAxisM: number, eccentricity = 0): number {
  const semiLatusRectumM = semiMajorAxisM * (1 - eccentricity ** 2);
  const cosInclination =
    -SUN_SYNCHRONOUS_NODAL_RATE_RAD_PER_S /
    (1.5 * meanMotionRadPerS(semiMajorAxisM) * EARTH_J2 * (EARTH_EQUATORIAL_RADIUS_M / semiLatusRectumM) ** 2);
  return cosInclination < -1 ? Number.NaN : clampedAcos(cosInclination);
}
