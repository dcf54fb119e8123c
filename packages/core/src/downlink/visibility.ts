import { geodeticToEcf } from 'satellite.js';
import { EARTH_EQUATORIAL_RADIUS_M, EARTH_POLAR_RADIUS_M, M_PER_KM } from '../constants.ts';
import { clampedAcos, degToRad } from '../math.ts';

/*
 * Which ground sites see a satellite: the sites on the WGS-84 ellipsoid, the
 * elevation test, and the caps of Earth central angle outside which no site can
 * see a satellite and inside which every site does.
 */

/** A ground station's place on the WGS-84 ellipsoid. */
export interface GroundSite {
  /** Geodetic latitude, rad. */
  readonly latitudeRad: number;
  /** Longitude east, rad. */
  readonly longitudeRad: number;
}

/**
 * A ground site from a station given in degrees (the scenario's and the
 * reference data's unit), for the contact kernels.
 * @param station geodetic latitude and east longitude, deg
 */
export function groundSiteOf(station: { readonly latitudeDeg: number; readonly longitudeDeg: number }): GroundSite {
  return { latitudeRad: degToRad(station.latitudeDeg), longitudeRad: degToRad(station.longitudeDeg) };
}

/**
 * Elevation test of a spacecraft from a site, Earth-fixed frame:
 * sin(el) = (r_sat - r_site) . u / |r_sat - r_site|, u the geodetic up vector
 * (Vallado, 4th ed., section 4.4, topocentric horizon frame).
 * @returns true when the elevation is at least the mask whose sine is given
 */
export function aboveElevationMask(
  satXM: number,
  satYM: number,
  satZM: number,
  site: Float64Array,
  siteOffset: number,
  sinMask: number,
): boolean {
  const dx = satXM - site[siteOffset]!;
  const dy = satYM - site[siteOffset + 1]!;
  const dz = satZM - site[siteOffset + 2]!;
  const up = dx * site[siteOffset + 3]! + dy * site[siteOffset + 4]! + dz * site[siteOffset + 5]!;
  if (up <= 0 && sinMask >= 0) return false;
  return up >= sinMask * Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * The quantity `aboveElevationMask` compares: (r_sat - r_site) . u - sin(mask) |r_sat - r_site|,
 * m; at least 0 when the elevation is at least the mask (and up > 0 for a mask >= 0).
 */
export function elevationMarginM(satXM: number, satYM: number, satZM: number, site: Float64Array, siteOffset: number, sinMask: number): number {
  const dx = satXM - site[siteOffset]!;
  const dy = satYM - site[siteOffset + 1]!;
  const dz = satZM - site[siteOffset + 2]!;
  const up = dx * site[siteOffset + 3]! + dy * site[siteOffset + 4]! + dz * site[siteOffset + 5]!;
  return up - sinMask * Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * Site positions (WGS-84, satellite.js `geodeticToEcf`, at sea level) and up
 * vectors, 6 numbers per site: x y z in m, then the unit normal.
 */
export function groundSitesEcef(sites: readonly GroundSite[]): Float64Array {
  const out = new Float64Array(6 * sites.length);
  sites.forEach((site, k) => {
    const ecfKm = geodeticToEcf({ latitude: site.latitudeRad, longitude: site.longitudeRad, height: 0 });
    out[6 * k] = ecfKm.x * M_PER_KM;
    out[6 * k + 1] = ecfKm.y * M_PER_KM;
    out[6 * k + 2] = ecfKm.z * M_PER_KM;
    out[6 * k + 3] = Math.cos(site.latitudeRad) * Math.cos(site.longitudeRad);
    out[6 * k + 4] = Math.cos(site.latitudeRad) * Math.sin(site.longitudeRad);
    out[6 * k + 5] = Math.sin(site.latitudeRad);
  });
  return out;
}

/** Geocentric unit directions of the sites, x y z per site. */
export function groundSiteDirections(siteEcef: Float64Array, siteCount: number): Float64Array {
  const out = new Float64Array(3 * siteCount);
  for (let k = 0; k < siteCount; k++) {
    const x = siteEcef[6 * k]!;
    const y = siteEcef[6 * k + 1]!;
    const z = siteEcef[6 * k + 2]!;
    const length = Math.hypot(x, y, z);
    out[3 * k] = x / length;
    out[3 * k + 1] = y / length;
    out[3 * k + 2] = z / length;
  }
  return out;
}

/**
 * A bound on the Earth central angle within which a site can see a satellite
 * above the mask: lambda = acos(R cos(eps) / a) - eps (Wertz, *Space Mission
 * Engineering: The New SMAD*, Eq. 8-26), which grows as R shrinks, taken with the
 * polar radius (the nearest a WGS-84 site is to the centre) and the mask lowered
 * by 0.25 deg (the geodetic up vector tilts at most 0.192 deg from the geocentric
 * one, Vallado 4th ed. section 3.2), plus 0.01 deg for rounding. Used only to skip
 * samples that cannot be in view.
 * @returns central angle, rad
 */
export function visibilityCapBoundRad(semiMajorAxisM: number, elevationMaskRad: number): number {
  const maskRad = elevationMaskRad - degToRad(0.25);
  return clampedAcos((EARTH_POLAR_RADIUS_M * Math.cos(maskRad)) / semiMajorAxisM) - maskRad + degToRad(0.01);
}

/**
 * An Earth central angle within which every site sees a satellite above the
 * mask: the cap of Wertz Eq. 8-26 taken with the equatorial radius (the
 * farthest a WGS-84 site is from the centre, which sees least) and the mask
 * raised by 0.25 deg (the geodetic up vector tilts at most 0.192 deg from the
 * geocentric one, Vallado 4th ed. section 3.2). Samples this close are in view
 * without the elevation test.
 * @returns central angle, rad (at most 0: no such cap)
 */
export function visibilityInnerCapRad(semiMajorAxisM: number, elevationMaskRad: number): number {
  const maskRad = elevationMaskRad + degToRad(0.25);
  return clampedAcos((EARTH_EQUATORIAL_RADIUS_M * Math.cos(maskRad)) / semiMajorAxisM) - maskRad;
}
