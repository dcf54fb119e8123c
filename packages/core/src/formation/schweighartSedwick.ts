import { EARTH_EQUATORIAL_RADIUS_M, EARTH_J2 } from '../constants.ts';
import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import type { RelativeMotionModel } from './relativeMotion.ts';

/**
 * The Schweighart-Sedwick J2 parameter of a circular reference orbit:
 * s = 3 J2 R_E^2 / (8 r^2) (1 + 3 cos 2i)
 * (Schweighart & Sedwick, "High-Fidelity Linearized J2 Model for Satellite
 * Formation Flight", J. Guidance, Control, and Dynamics 25(6), 2002,
 * pp. 1073-1080). Negative for sun-synchronous inclinations (about -6.3e-4
 * at 650 km, i = 98 deg).
 * @param semiMajorAxisM radius of the reference orbit, m
 * @param inclinationRad inclination of the reference orbit, rad
 * @returns s, dimensionless
 */
export function schweighartSedwickS(semiMajorAxisM: number, inclinationRad: number): number {
  return ((3 * EARTH_J2 * EARTH_EQUATORIAL_RADIUS_M ** 2) / (8 * semiMajorAxisM ** 2)) * (1 + 3 * Math.cos(2 * inclinationRad));
}

/**
 * The Schweighart-Sedwick linearised J2 relative-motion model (reference
 * above): x'' - 2 (n c) y' - (5 c^2 - 2) n^2 x = 0, y'' + 2 (n c) x' = 0,
 * with c = sqrt(1 + s); the radial oscillation has frequency n sqrt(1 - s).
 * Cross-track: equal-inclination satellites oscillate at the reference's
 * argument-of-latitude rate q = n c (the differential nodal terms of the
 * paper's z equation vanish for the planar design and are neglected for the
 * optional out-of-plane motion; the numerical validation measures them).
 * @param semiMajorAxisM radius of the reference orbit, m
 * @param inclinationRad inclination, rad
 */
export function schweighartSedwickModel(semiMajorAxisM: number, inclinationRad: number): RelativeMotionModel {
  const n = meanMotionRadPerS(semiMajorAxisM);
  const s = schweighartSedwickS(semiMajorAxisM, inclinationRad);
  const c = Math.sqrt(1 + s);
  return {
    meanMotionRadPerS: n,
    couplingRateRadPerS: n * c,
    inPlaneRadPerS: n * Math.sqrt(1 - s),
    crossTrackRadPerS: n * c,
  };
}

/** Re-exported where it used to live, for existing importers (`reproduce/paperReproduction.ts`). */
export { closedEllipseAxisRatio } from './relativeMotion.ts';
