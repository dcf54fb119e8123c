import { yearStartUnixS } from './epoch.ts';
import { Body, GeoVector } from 'astronomy-engine';
import { J2000_UNIX_S, SECONDS_PER_DAY } from '../constants.ts';

/** Default spacing of the Sun samples through a year, s (6 h: 1,461 samples). */
export const SUN_SAMPLE_STEP_S = 6 * 3_600;

/** Unit Sun vectors through one calendar year, sampled on a fixed step. */
export interface YearSunSamples {
  /** First sample: 00:00 UTC on 1 January of `year`, as Unix time, s. */
  readonly epochUnixS: number;
  /** Spacing of the samples, s. */
  readonly stepS: number;
  /** Number of samples. */
  readonly count: number;
  /** Geocentric unit vectors to the Sun in the J2000 equatorial frame (EQJ), x y z interleaved. */
  readonly unitVectorsEqj: Float64Array;
}

const samplesByYear = new Map<number, YearSunSamples>();

/**
 * Geocentric unit vector to the Sun at an instant, J2000 equatorial frame
 * (EQJ, EME2000), from astronomy-engine's VSOP87-based `GeoVector` with aberration.
 * @param unixS the instant, Unix s (UTC)
 * @param out receives x, y, z at `offset`
 */
export function sunUnitVectorEqj(unixS: number, out: Float64Array, offset = 0): Float64Array {
  const vector = GeoVector(Body.Sun, new Date(unixS * 1_000), true);
  const length = Math.hypot(vector.x, vector.y, vector.z);
  out[offset] = vector.x / length;
  out[offset + 1] = vector.y / length;
  out[offset + 2] = vector.z / length;
  return out;
}

/**
 * Geocentric unit vectors to the Sun through a calendar year, from
 * astronomy-engine's VSOP87-based `GeoVector` (J2000 equatorial frame, with
 * aberration). Memoised per year: the Sun's path does not depend on the scenario,
 * so a sweep pays for it once.
 * @param year calendar year (UTC)
 * @returns samples every `SUN_SAMPLE_STEP_S` seconds from 1 January 00:00 UTC
 */
export function sunSamplesForYear(year: number): YearSunSamples {
  const cached = samplesByYear.get(year);
  if (cached) return cached;
  const epochUnixS = yearStartUnixS(year);
  const yearLengthS = yearStartUnixS(year + 1) - epochUnixS;
  const count = Math.round(yearLengthS / SUN_SAMPLE_STEP_S);
  const unitVectorsEqj = new Float64Array(3 * count);
  for (let k = 0; k < count; k++) sunUnitVectorEqj(epochUnixS + k * SUN_SAMPLE_STEP_S, unitVectorsEqj, 3 * k);
  const samples: YearSunSamples = { epochUnixS, stepS: SUN_SAMPLE_STEP_S, count, unitVectorsEqj };
  samplesByYear.set(year, samples);
  return samples;
}

/**
 * Right ascension of the mean Sun, rad: the mean longitude
 * L = 280.460 deg + 0.9856474 deg/day x d, d in days from J2000.0
 * (Astronomical Almanac, low-precision solar coordinates, section C5).
 * A sun-synchronous node keeps a fixed angle to this mean Sun.
 * @param unixS time as Unix seconds, s
 */
export function meanSunRightAscensionRad(unixS: number): number {
  const daysFromJ2000 = (unixS - J2000_UNIX_S) / SECONDS_PER_DAY;
  const meanLongitudeDeg = 280.46 + 0.985_647_4 * daysFromJ2000;
  return ((meanLongitudeDeg % 360) * Math.PI) / 180;
}
