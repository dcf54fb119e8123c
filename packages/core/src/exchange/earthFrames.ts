import { e_tilt, MakeTime, Rotation_EQJ_EQD, SiderealTime } from 'astronomy-engine';
import { EARTH_EQUATORIAL_RADIUS_M, EARTH_FLATTENING_WGS84 } from '../constants.ts';

/**
 * The frames of Solstice's exports, written down once.
 *
 * - EME2000 (CCSDS `REF_FRAME = EME2000`; astronomy-engine's EQJ): Earth's
 *   mean equator and equinox of J2000.0. The formation model's ECI is this
 *   frame: the node is placed from the Sun's J2000 direction, and the Sun
 *   vectors of the eclipse model are EQJ. It differs from the ICRF (Cesium's
 *   `INERTIAL`) by the frame bias, 23 mas (0.8 m at 7,000 km).
 * - TEME (true equator, mean equinox of the epoch): the frame of SGP4, so of
 *   TLEs and OMMs (Vallado et al. 2006, "Revisiting Spacetrack Report #3",
 *   AIAA 2006-6753, section C). From EME2000: precession and nutation to the
 *   true equator and equinox of date, then a turn by the equation of the
 *   equinoxes about z. About 0.4 degrees from EME2000 in 2035.
 * - Earth-fixed (pseudo-ITRF): true equator of date turned by the Greenwich
 *   apparent sidereal time; no polar motion (below 15 m), UT1 taken as UTC
 *   (|UT1 - UTC| < 0.9 s, up to 420 m along the equator).
 *
 * Matrices are 3 x 3, row-major in a Float64Array of 9: out = M v.
 */

/** A 3 x 3 rotation, row-major (out_i = sum_j m[3i + j] v_j). */
export type Rotation3 = Float64Array;

/** astronomy-engine stores rot[i][j] with out_j = sum_i rot[i][j] v_i: its transpose is our row-major matrix. */
function fromAstronomy(rot: number[][]): Rotation3 {
  const m = new Float64Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) m[3 * j + i] = rot[i]![j]!;
  return m;
}

/** R3(angle) of the frame (Vallado's ROT3): turns coordinates so that right ascensions decrease by `angleRad`, applied after `m`. */
function turnAboutZ(angleRad: number, m: Rotation3): Rotation3 {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  const out = new Float64Array(9);
  for (let j = 0; j < 3; j++) {
    out[j] = c * m[j]! + s * m[3 + j]!;
    out[3 + j] = -s * m[j]! + c * m[3 + j]!;
    out[6 + j] = m[6 + j]!;
  }
  return out;
}

/** Equation of the equinoxes, rad: Delta psi cos(eps mean) (IAU 2000B nutation, astronomy-engine `e_tilt`). */
export function equationOfEquinoxesRad(unixS: number): number {
  const tilt = e_tilt(MakeTime(new Date(unixS * 1_000)));
  return ((tilt.ee * 15) / 3_600) * (Math.PI / 180);
}

/**
 * Rotation from EME2000 to TEME of date: r_TEME = R3(Eq_equinox) N P r_EME2000
 * (Vallado et al. 2006, AIAA 2006-6753, Eq. 1 inverted: r_TOD = ROT3(-Eq_equinox) r_TEME).
 * Velocities rotate with the same matrix (TEME is quasi-inertial; the frame
 * turns by 50 arcsec a year).
 * @param unixS the epoch of date, Unix s (UTC)
 */
export function eme2000ToTemeRotation(unixS: number): Rotation3 {
  const date = new Date(unixS * 1_000);
  return turnAboutZ(equationOfEquinoxesRad(unixS), fromAstronomy(Rotation_EQJ_EQD(date).rot));
}

/**
 * Rotation from EME2000 to the Earth-fixed frame at a time:
 * r_EF = R3(GAST) N P r_EME2000 (precession-nutation of astronomy-engine,
 * Greenwich apparent sidereal time `SiderealTime`; no polar motion, UT1 = UTC).
 * @param unixS time, Unix s (UTC)
 */
export function eme2000ToEarthFixedRotation(unixS: number): Rotation3 {
  const date = new Date(unixS * 1_000);
  const gastRad = (SiderealTime(date) * Math.PI) / 12;
  return turnAboutZ(gastRad, fromAstronomy(Rotation_EQJ_EQD(date).rot));
}

/**
 * out = M v for one 3-vector read at `offset` of `v` and written at `outOffset` of `out` (may alias only at distinct offsets).
 */
export function rotateVector3(m: Rotation3, v: ArrayLike<number>, offset: number, out: Float64Array, outOffset = 0): Float64Array {
  const x = v[offset]!;
  const y = v[offset + 1]!;
  const z = v[offset + 2]!;
  out[outOffset] = m[0]! * x + m[1]! * y + m[2]! * z;
  out[outOffset + 1] = m[3]! * x + m[4]! * y + m[5]! * z;
  out[outOffset + 2] = m[6]! * x + m[7]! * y + m[8]! * z;
  return out;
}

/** Geodetic coordinates on the WGS-84 ellipsoid. */
export interface Geodetic {
  /** Geodetic latitude, rad, -pi/2 to pi/2. */
  readonly latitudeRad: number;
  /** Longitude east of Greenwich, rad, -pi to pi. */
  readonly longitudeRad: number;
  /** Height above the ellipsoid, m. */
  readonly heightM: number;
}

/**
 * Geodetic latitude, longitude and height on the WGS-84 ellipsoid of an
 * Earth-fixed position, by fixed-point iteration on the latitude
 * (Vallado, 4th ed., Algorithm 12, ECEF to LATLON): converges to 1e-12 rad in
 * five passes for any LEO point.
 * @param xM Earth-fixed x, m
 * @param yM Earth-fixed y, m
 * @param zM Earth-fixed z (north), m
 */
export function geodeticFromEarthFixed(xM: number, yM: number, zM: number): Geodetic {
  const a = EARTH_EQUATORIAL_RADIUS_M;
  const e2 = EARTH_FLATTENING_WGS84 * (2 - EARTH_FLATTENING_WGS84);
  const p = Math.hypot(xM, yM);
  const longitudeRad = Math.atan2(yM, xM);
  let latitudeRad = Math.atan2(zM, p * (1 - e2));
  let n = a;
  for (let pass = 0; pass < 8; pass++) {
    const s = Math.sin(latitudeRad);
    n = a / Math.sqrt(1 - e2 * s * s);
    const next = Math.atan2(zM + n * e2 * s, p);
    if (Math.abs(next - latitudeRad) < 1e-13) {
      latitudeRad = next;
      break;
    }
    latitudeRad = next;
  }
  const s = Math.sin(latitudeRad);
  const c = Math.cos(latitudeRad);
  n = a / Math.sqrt(1 - e2 * s * s);
  // Height: along the normal, stable at every latitude (Vallado Eq. 3-7 generalised).
  const heightM = p * c + zM * s - (a * a) / n;
  return { latitudeRad, longitudeRad, heightM };
}
