import { circularOrbitPositionEqjM } from '@solstice/core';

/**
 * The RIC axes at argument of latitude `u` of a circular orbit, as equatorial
 * unit vectors: radial = r(u)/a, along-track = r(u + pi/2)/a (the direction of
 * motion on a circle), cross-track = radial x along-track (the orbit normal).
 * Writes 9 numbers into `out`: radial, along-track, cross-track.
 * @param inclinationRad inclination, rad
 * @param nodeRad right ascension of the ascending node, rad
 * @param u argument of latitude, rad
 */
export function ricAxesAt(inclinationRad: number, nodeRad: number, u: number, out: Float64Array): void {
  circularOrbitPositionEqjM(1, inclinationRad, nodeRad, u, out, 0);
  circularOrbitPositionEqjM(1, inclinationRad, nodeRad, u + Math.PI / 2, out, 3);
  out[6] = out[1]! * out[5]! - out[2]! * out[4]!;
  out[7] = out[2]! * out[3]! - out[0]! * out[5]!;
  out[8] = out[0]! * out[4]! - out[1]! * out[3]!;
}
