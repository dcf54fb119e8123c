import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';
import { clampedAsin } from '../math.ts';
import { meanSunRightAscensionRad } from './sunDirection.ts';

/**
 * Right ascension of the ascending node of a sun-synchronous orbit at a time:
 * Omega(t) = RA_meanSun(t0) + (LTAN - 12 h) x 15 deg/h + dOmega/dt x t
 * (the node keeps its local time: Vallado, 4th ed., section 11.4.2), with t
 * counted from the epoch at which the LTAN is given.
 * @param ltanHours local mean solar time of the ascending node at the epoch, h
 * @param epochUnixS epoch as Unix time, s
 * @param nodeRateRadPerS nodal precession rate (j2NodalPrecessionRadPerS), rad/s
 * @param tSinceEpochS time since the epoch, s
 * @returns right ascension of the ascending node in the J2000 equatorial frame, rad
 */
export function ascendingNodeRad(ltanHours: number, epochUnixS: number, nodeRateRadPerS: number, tSinceEpochS: number): number {
  return meanSunRightAscensionRad(epochUnixS) + ((ltanHours - 12) * Math.PI) / 12 + nodeRateRadPerS * tSinceEpochS;
}

/**
 * Position on a circular orbit, equatorial frame:
 * r = a (cos Omega cos u - sin Omega cos i sin u, sin Omega cos u + cos Omega cos i sin u, sin i sin u)
 * (Vallado, 4th ed., Eq. 2-102 for e = 0, with u the argument of latitude).
 * Writes into `out` at `offset` so hot loops do not allocate.
 * @param semiMajorAxisM orbit radius, m
 * @param inclinationRad inclination, rad
 * @param nodeRad right ascension of the ascending node, rad
 * @param argumentOfLatitudeRad angle from the ascending node along the orbit, rad
 * @param out receives x, y, z in m
 */
export function circularOrbitPositionEqjM(
  semiMajorAxisM: number,
  inclinationRad: number,
  nodeRad: number,
  argumentOfLatitudeRad: number,
  out: Float64Array,
  offset = 0,
): void {
  circularOrbitPositionFromTrigEqjM(
    semiMajorAxisM,
    Math.cos(inclinationRad),
    Math.sin(inclinationRad),
    Math.cos(nodeRad),
    Math.sin(nodeRad),
    Math.cos(argumentOfLatitudeRad),
    Math.sin(argumentOfLatitudeRad),
    out,
    offset,
  );
}

/**
 * `circularOrbitPositionEqjM` from the cosines and sines of its angles, for
 * loops that hold them (the inclination is fixed, the node shared by several
 * spacecraft): the same formula with the same rounding.
 * @param semiMajorAxisM orbit radius, m
 * @param out receives x, y, z in m
 */
export function circularOrbitPositionFromTrigEqjM(
  semiMajorAxisM: number,
  cosInclination: number,
  sinInclination: number,
  cosNode: number,
  sinNode: number,
  cosArgumentOfLatitude: number,
  sinArgumentOfLatitude: number,
  out: Float64Array,
  offset = 0,
): void {
  out[offset] = semiMajorAxisM * (cosNode * cosArgumentOfLatitude - sinNode * cosInclination * sinArgumentOfLatitude);
  out[offset + 1] = semiMajorAxisM * (sinNode * cosArgumentOfLatitude + cosNode * cosInclination * sinArgumentOfLatitude);
  out[offset + 2] = semiMajorAxisM * sinInclination * sinArgumentOfLatitude;
}

/**
 * Whether a point is inside Earth's cylindrical shadow: behind Earth
 * (r . s < 0) and within one equatorial radius of the Sun-Earth line
 * (|r - (r . s) s| < R_E). The same shadow model as `cylindricalEclipseFraction`.
 * @param xM x of the point, m (equatorial frame, geocentric)
 * @param yM y of the point, m
 * @param zM z of the point, m
 * @param sunUnit unit vector to the Sun, x y z at `offset`
 */
export function inCylindricalShadow(xM: number, yM: number, zM: number, sunUnit: ArrayLike<number>, offset = 0): boolean {
  const sx = sunUnit[offset]!;
  const sy = sunUnit[offset + 1]!;
  const sz = sunUnit[offset + 2]!;
  const along = xM * sx + yM * sy + zM * sz;
  if (along >= 0) return false;
  const perpendicularSq = xM * xM + yM * yM + zM * zM - along * along;
  return perpendicularSq < EARTH_EQUATORIAL_RADIUS_M * EARTH_EQUATORIAL_RADIUS_M;
}

/**
 * The beta angle: the Sun's elevation above an orbit plane,
 * beta = asin(h . s) with the orbit normal h = (sin i sin Omega, -sin i cos Omega, cos i)
 * (Vallado, 4th ed., section 5.3, Eq. 5-11), the quantity `annualSunlight` samples through the year.
 * @param inclinationRad inclination, rad
 * @param nodeRad right ascension of the ascending node, rad
 * @param sunUnit unit vector to the Sun in the same equatorial frame, x y z at `offset`
 * @returns beta, rad (positive when the Sun is on the side the normal points to)
 */
export function betaAngleRad(inclinationRad: number, nodeRad: number, sunUnit: ArrayLike<number>, offset = 0): number {
  return clampedAsin(betaAngleSine(Math.sin(inclinationRad), Math.cos(inclinationRad), Math.sin(nodeRad), Math.cos(nodeRad), sunUnit, offset));
}

/**
 * The sine of `betaAngleRad`, h . s, from the sines and cosines of its angles
 * (not clamped to [-1, 1]): for loops that hold the inclination fixed
 * (`sunlightSeriesOverYear`) and need the sine itself.
 * @param sunUnit unit vector to the Sun in the same equatorial frame, x y z at `offset`
 */
export function betaAngleSine(
  sinInclination: number,
  cosInclination: number,
  sinNode: number,
  cosNode: number,
  sunUnit: ArrayLike<number>,
  offset = 0,
): number {
  return sinInclination * sinNode * sunUnit[offset]! - sinInclination * cosNode * sunUnit[offset + 1]! + cosInclination * sunUnit[offset + 2]!;
}
