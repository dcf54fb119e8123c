import { eciBuffer, type EciBuffer } from './frames.ts';

/**
 * ECI state of a circular reference orbit: position a (cos u x_hat_N + sin u
 * y_hat_N) and velocity v (-sin u x_hat_N + cos u y_hat_N), with x_hat_N the
 * ascending-node direction (cos Omega, sin Omega, 0) and y_hat_N = h_hat x x_hat_N
 * in the orbit plane (Vallado, 4th ed., Algorithm 10, circular inclined case).
 * @param semiMajorAxisM orbit radius a, m
 * @param inclinationRad inclination i, rad
 * @param raanRad right ascension of the ascending node Omega, rad
 * @param argumentOfLatitudeRad argument of latitude u at the epoch, rad
 * @param speedMPerS orbital speed v, m/s (sqrt(mu/a) for Kepler; n c a for the Schweighart-Sedwick reference)
 * @param out 6 numbers written (x, y, z, vx, vy, vz), m and m/s
 */
export function circularReferenceStateEci(
  semiMajorAxisM: number,
  inclinationRad: number,
  raanRad: number,
  argumentOfLatitudeRad: number,
  speedMPerS: number,
  out: EciBuffer = eciBuffer(6),
): EciBuffer {
  const cO = Math.cos(raanRad);
  const sO = Math.sin(raanRad);
  const ci = Math.cos(inclinationRad);
  const si = Math.sin(inclinationRad);
  // In-plane unit vectors: node direction and its 90-degree companion.
  const px = cO;
  const py = sO;
  const qx = -sO * ci;
  const qy = cO * ci;
  const qz = si;
  const cu = Math.cos(argumentOfLatitudeRad);
  const su = Math.sin(argumentOfLatitudeRad);
  out[0] = semiMajorAxisM * (cu * px + su * qx);
  out[1] = semiMajorAxisM * (cu * py + su * qy);
  out[2] = semiMajorAxisM * su * qz;
  out[3] = speedMPerS * (-su * px + cu * qx);
  out[4] = speedMPerS * (-su * py + cu * qy);
  out[5] = speedMPerS * cu * qz;
  return out;
}
