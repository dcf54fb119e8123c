import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';

/** How a flat radiator face is turned relative to the Earth. */
export type RadiatorOrientation = 'vertical' | 'nadir';

/**
 * View factor from a small flat plate at altitude h to a spherical Earth of
 * radius R, with H = (R + h) / R (Howell, *A Catalog of Radiation Heat Transfer
 * Configuration Factors*, differential planar element to a sphere):
 * - `nadir`, the plate's normal pointing at the Earth's centre: F = 1 / H^2;
 * - `vertical`, the normal perpendicular to the local vertical (a plate standing
 *   edge-on to the Earth): F = (1/pi) (atan(1 / sqrt(H^2 - 1)) - sqrt(H^2 - 1) / H^2).
 * The vertical case gives 1/2 on the ground and falls towards 0 far away.
 * @param altitudeM altitude above the equatorial radius, m (above 0)
 * @param orientation which way the face looks
 * @returns view factor from the face to the Earth, 0 to 1
 */
export function plateEarthViewFactor(altitudeM: number, orientation: RadiatorOrientation): number {
  const h = (EARTH_EQUATORIAL_RADIUS_M + altitudeM) / EARTH_EQUATORIAL_RADIUS_M;
  const hSquared = h * h;
  if (orientation === 'nadir') return 1 / hSquared;
  const root = Math.sqrt(hSquared - 1);
  return (Math.atan(1 / root) - root / hSquared) / Math.PI;
}
