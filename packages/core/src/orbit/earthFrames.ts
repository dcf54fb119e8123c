import { e_tilt, MakeTime, Rotation_EQJ_EQD, SiderealTime } from 'astronomy-engine';
import { EARTH_EQUATORIAL_RADIUS_M, EARTH_FLATTENING_WGS84, J2000_UNIX_S, SECONDS_PER_DAY } from '../constants.ts';
import { RAD_PER_DEG } from '../math.ts';

/**
 * The frames of Solstice's exports, written down once.
 *
 * - Model ECI, "mean of epoch": the formation model's inertial frame, Earth's
 *   mean equator and mean equinox of the export epoch, frozen at that epoch.
 *   It is this frame because the model builds it so: J2 acts about its z axis
 *   (Earth's mean pole of date) and the node is placed from the mean Sun's
 *   longitude (`meanSunRightAscensionRad`, measured from the mean equinox
 *   of date). Over a 30-day export the true pole moves 4 arcsec from it.
 * - EME2000 (CCSDS `REF_FRAME = EME2000`; astronomy-engine's EQJ): mean
 *   equator and equinox of J2000.0, the frame of the OEM and, within the
 *   23 mas frame bias (0.8 m at 7,000 km), of Cesium's `INERTIAL` (ICRF).
 *   From the model ECI: the transpose of the IAU-1976 precession
 *   (`precessionRotation`); 0.49 degrees in 2035.
 * - TEME (true equator, mean equinox of the epoch): the frame of SGP4, so of
 *   TLEs and OMMs (Vallado et al. 2006, "Revisiting Spacetrack Report #3",
 *   AIAA 2006-6753, section C). From the model ECI: nutation to the true
 *   equator and equinox of date, then a turn by the equation of the
 *   equinoxes about z; some 20 arcsec (0.7 km at 7,000 km).
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
  // ee is in seconds of time: 15 arcsec each, 3,600 arcsec a degree.
  return ((tilt.ee * 15) / 3_600) * RAD_PER_DEG;
}

/** Julian centuries of 36,525 days from J2000.0 (2000-01-01 12:00), UTC taken for TT (69 s: 1e-3 arcsec of precession). */
function centuriesSinceJ2000(unixS: number): number {
  return (unixS - J2000_UNIX_S) / (36_525 * SECONDS_PER_DAY);
}

/** a b, both row-major 3 x 3. */
export function multiplyRotations(a: Rotation3, b: Rotation3): Rotation3 {
  const out = new Float64Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out[3 * i + j] = a[3 * i]! * b[j]! + a[3 * i + 1]! * b[3 + j]! + a[3 * i + 2]! * b[6 + j]!;
  return out;
}

/** The transpose (inverse) of a rotation. */
export function transposeRotation(m: Rotation3): Rotation3 {
  const out = new Float64Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out[3 * i + j] = m[3 * j + i]!;
  return out;
}

/**
 * IAU-1976 precession from EME2000 to the mean equator and equinox of date:
 * r_MOD = ROT3(-z) ROT2(theta) ROT3(-zeta) r_EME2000, with
 * zeta = 2306.2181" T + 0.30188" T^2 + 0.017998" T^3,
 * z = 2306.2181" T + 1.09468" T^2 + 0.018203" T^3,
 * theta = 2004.3109" T - 0.42665" T^2 - 0.041833" T^3, T in Julian centuries
 * from J2000 (Lieske et al. 1977; Vallado, 4th ed., Eq. 3-88 and 3-89).
 * @param unixS the date, Unix s
 */
export function precessionRotation(unixS: number): Rotation3 {
  const t = centuriesSinceJ2000(unixS);
  const arcsec = Math.PI / (180 * 3_600);
  const zeta = (2306.2181 * t + 0.30188 * t * t + 0.017998 * t ** 3) * arcsec;
  const z = (2306.2181 * t + 1.09468 * t * t + 0.018203 * t ** 3) * arcsec;
  const theta = (2004.3109 * t - 0.42665 * t * t - 0.041833 * t ** 3) * arcsec;
  const cz = Math.cos(zeta);
  const sz = Math.sin(zeta);
  const cZ = Math.cos(z);
  const sZ = Math.sin(z);
  const ct = Math.cos(theta);
  const st = Math.sin(theta);
  // ROT3(-z) ROT2(theta) ROT3(-zeta), multiplied out (Vallado Eq. 3-89 transposed).
  return Float64Array.from([
    cZ * ct * cz - sZ * sz,
    -cZ * ct * sz - sZ * cz,
    -cZ * st,
    sZ * ct * cz + cZ * sz,
    -sZ * ct * sz + cZ * cz,
    -sZ * st,
    st * cz,
    -st * sz,
    ct,
  ]);
}

/**
 * Rotation from the model ECI (mean of the epoch) to EME2000: the transpose
 * of `precessionRotation` at the epoch. The OEM and the CZML use it.
 * @param epochUnixS the export epoch, Unix s
 */
export function modelEciToEme2000Rotation(epochUnixS: number): Rotation3 {
  return transposeRotation(precessionRotation(epochUnixS));
}

/**
 * Rotation from the model ECI (mean of the epoch) to TEME of the epoch:
 * r_TEME = R3(Eq_equinox) N P P^T r (Vallado et al. 2006, AIAA 2006-6753,
 * Eq. 1 inverted: r_TOD = ROT3(-Eq_equinox) r_TEME), with N P astronomy-engine's
 * `Rotation_EQJ_EQD` (IAU 2000B nutation) and P `precessionRotation`.
 * Velocities rotate with the same matrix (both frames are quasi-inertial).
 * @param epochUnixS the export epoch, Unix s (UTC)
 */
export function modelEciToTemeRotation(epochUnixS: number): Rotation3 {
  const date = new Date(epochUnixS * 1_000);
  const trueOfDate = multiplyRotations(fromAstronomy(Rotation_EQJ_EQD(date).rot), modelEciToEme2000Rotation(epochUnixS));
  return turnAboutZ(equationOfEquinoxesRad(epochUnixS), trueOfDate);
}

/**
 * Greenwich apparent sidereal time: the angle Earth has turned from the true
 * equinox of date (astronomy-engine `SiderealTime`, IAU 2006 Earth rotation
 * angle plus the equation of the equinoxes; UT1 = UTC). The angle by which
 * the app turns its Earth, and the one `eme2000ToEarthFixedRotation` applies.
 * @param unixS time, Unix s (UTC)
 * @returns angle in [0, 2 pi), rad
 */
export function greenwichApparentSiderealRad(unixS: number): number {
  return (SiderealTime(new Date(unixS * 1_000)) * Math.PI) / 12;
}

/**
 * Rotation from EME2000 to the Earth-fixed frame at a time:
 * r_EF = R3(GAST) N P r_EME2000 (precession-nutation of astronomy-engine,
 * Greenwich apparent sidereal time `SiderealTime`; no polar motion, UT1 = UTC).
 * @param unixS time, Unix s (UTC)
 */
export function eme2000ToEarthFixedRotation(unixS: number): Rotation3 {
  return turnAboutZ(greenwichApparentSiderealRad(unixS), fromAstronomy(Rotation_EQJ_EQD(new Date(unixS * 1_000)).rot));
}

/**
 * Rotation from the model ECI of an epoch to the Earth-fixed frame at a time:
 * `eme2000ToEarthFixedRotation(unixS)` after `modelEciToEme2000Rotation(epochUnixS)`.
 */
export function modelEciToEarthFixedRotation(epochUnixS: number, unixS: number): Rotation3 {
  return multiplyRotations(eme2000ToEarthFixedRotation(unixS), modelEciToEme2000Rotation(epochUnixS));
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
