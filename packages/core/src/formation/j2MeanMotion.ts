import { EARTH_EQUATORIAL_RADIUS_M, EARTH_J2 } from '../constants.ts';
import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import type { RelativeMotionModel } from './relativeMotion.ts';

/**
 * Mean semi-major axis of a circular osculating state at argument of
 * latitude u, from the first-order J2 short-period term of the semi-major
 * axis for e = 0: a_osc - a_mean = (3/2) (J2 R_E^2 / a) sin^2 i cos 2u
 * (Kozai, "The motion of a close earth satellite", AJ 64, 1959; Brouwer,
 * AJ 64, 1959). The osculating semi-major axis of a LEO orbit swings by about
 * +-9 km twice per orbit, so a circular state of radius a at the node belongs
 * to a mean orbit 9.2 km lower (at 650 km, i = 98 deg), which turns 1.3e-3
 * faster than sqrt(mu / a^3).
 * @param osculatingRadiusM radius of the circular osculating state, m
 * @param inclinationRad inclination, rad
 * @param argumentOfLatitudeRad argument of latitude of the state, rad
 * @returns mean semi-major axis, m
 */
export function j2MeanSemiMajorAxisM(osculatingRadiusM: number, inclinationRad: number, argumentOfLatitudeRad: number): number {
  const sinI = Math.sin(inclinationRad);
  const amplitudeM = (1.5 * EARTH_J2 * EARTH_EQUATORIAL_RADIUS_M ** 2) / osculatingRadiusM;
  return osculatingRadiusM - amplitudeM * sinI * sinI * Math.cos(2 * argumentOfLatitudeRad);
}

/**
 * Relative motion about a J2 reference orbit from its secular rates
 * (first-order J2 theory for e = 0; Vallado, 4th ed., Eqs. 9-41 and 9-42;
 * Kozai 1959): the anomalistic rate M' = n [1 + (3/4) J2 (R_E/a)^2 (3 cos^2 i - 1)]
 * is the radial frequency of every relative ellipse (satellites of one cluster
 * share a, e ~ 0 and i to first order, so their eccentricity vectors turn
 * together), and the argument-of-latitude rate u' = M' + omega', with
 * omega' = (3/4) n J2 (R_E/a)^2 (5 cos^2 i - 1), is the rate of the RIC frame;
 * n = sqrt(mu / a^3) of the mean semi-major axis. In the form of
 * `RelativeMotionModel`: w = q = u', omega = M'. The ratio w / omega agrees
 * with Schweighart & Sedwick's c / sqrt(1 - s) to 3e-5; the absolute rates
 * differ by using the mean, not the osculating, semi-major axis, which is
 * what keeps the integrated cluster on the model (README, Formation flight).
 * @param meanSemiMajorAxisM mean semi-major axis, m
 * @param inclinationRad inclination, rad
 */
export function j2MeanRateModel(meanSemiMajorAxisM: number, inclinationRad: number): RelativeMotionModel {
  const n = meanMotionRadPerS(meanSemiMajorAxisM);
  const k = 0.75 * EARTH_J2 * (EARTH_EQUATORIAL_RADIUS_M / meanSemiMajorAxisM) ** 2;
  const cos2 = Math.cos(inclinationRad) ** 2;
  const anomalisticRadPerS = n * (1 + k * (3 * cos2 - 1));
  const latitudeRateRadPerS = anomalisticRadPerS + n * k * (5 * cos2 - 1);
  return {
    meanMotionRadPerS: n,
    couplingRateRadPerS: latitudeRateRadPerS,
    inPlaneRadPerS: anomalisticRadPerS,
    crossTrackRadPerS: latitudeRateRadPerS,
  };
}
