import { EARTH_EQUATORIAL_RADIUS_M, SECONDS_PER_DAY } from '../constants.ts';
import { clampedAcos, clampedAsin } from '../math.ts';
import { orbitalPeriodS } from './circularOrbit.ts';
import { ascendingNodeRad, betaAngleSine } from './orbitPlane.ts';
import { sunSamplesForYear } from './sunDirection.ts';
import { j2NodalPrecessionRadPerS } from './sunSynchronous.ts';

/**
 * Fraction of a circular orbit spent in Earth's shadow, with the shadow taken
 * as a cylinder of the equatorial radius behind Earth (no penumbra, no
 * atmospheric refraction): f = acos( sqrt(1 - (R_E/a)^2) / cos beta ) / pi for
 * |beta| below beta* = asin(R_E / a), else 0 (Wertz, *Space Mission Engineering:
 * The New SMAD*, Eq. 9-9, written with a = R_E + h). The cylinder overstates
 * umbra and ignores penumbra; each shifts eclipse length by seconds in LEO.
 * @param betaRad angle between the Sun direction and the orbit plane, rad
 * @param semiMajorAxisM orbit radius, m
 * @returns eclipse fraction of one revolution, 0 to 0.5
 */
export function cylindricalEclipseFraction(betaRad: number, semiMajorAxisM: number): number {
  const sinCriticalBeta = criticalBetaSine(semiMajorAxisM);
  if (Math.abs(Math.sin(betaRad)) >= sinCriticalBeta) return 0;
  return clampedAcos(Math.sqrt(1 - sinCriticalBeta ** 2) / Math.cos(betaRad)) / Math.PI;
}

/** The sine of the largest |beta| with an eclipse in the cylindrical shadow, sin beta* = R_E / a (`cylindricalEclipseFraction`). */
function criticalBetaSine(semiMajorAxisM: number): number {
  return EARTH_EQUATORIAL_RADIUS_M / semiMajorAxisM;
}

/**
 * Relative margin above sin beta* beyond which a sample's beta sine settles
 * `cylindricalEclipseFraction`'s test without it: the test reads sin|asin(x)|,
 * which is x to within a few units in the last place (fdlibm's sin and asin,
 * V8's Math.sin and Math.asin, err by less than one), far below 1e-9 of x.
 */
const SHADOW_TEST_MARGIN = 1e-9;

/** Inputs of the annual sunlight model of a circular orbit. */
export interface AnnualSunlightInput {
  /** Orbit radius, m. */
  readonly semiMajorAxisM: number;
  /** Inclination, rad. */
  readonly inclinationRad: number;
  /** Local mean solar time of the ascending node on 1 January, h (6 or 18 for dawn-dusk). */
  readonly ltanHours: number;
  /** Calendar year simulated (UTC). */
  readonly year: number;
}

/** Sunlight of an orbit over one year. */
export interface AnnualSunlight {
  /** Time-averaged fraction of the year in sunlight, 0 to 1. */
  readonly sunlitFraction: number;
  /** Smallest |beta| over the year, rad. */
  readonly minBetaRad: number;
  /** Largest |beta| over the year, rad. */
  readonly maxBetaRad: number;
  /** Longest single eclipse over the year, s. */
  readonly longestEclipseS: number;
  /** Days of the year on which the orbit passes through the shadow, d. */
  readonly eclipseSeasonDays: number;
}

/** The sunlight of an orbit at each Sun sample of a year (every `stepS` from 00:00 UTC on 1 January). */
export interface SunlightSeries {
  /** First sample as Unix time, s. */
  readonly epochUnixS: number;
  /** Spacing of the samples, s. */
  readonly stepS: number;
  /** Number of samples. */
  readonly count: number;
  /** Orbital period, s (Kepler). */
  readonly periodS: number;
  /** |beta| at each sample, rad. */
  readonly absBetaRad: Float64Array;
  /** Cylindrical-shadow eclipse fraction of one revolution at each sample, 0 to 0.5. */
  readonly eclipseFraction: Float64Array;
}

/**
 * The one loop of the annual sunlight model: at each Sun sample of the year
 * (`sunSamplesForYear`) the node is `ascendingNodeRad` (kept at the
 * scenario's LTAN on 1 January, drifting at the J2 rate), the beta angle is
 * `betaAngleRad` (from its sine, `betaAngleSine`, which alone settles the
 * shadow test well clear of the shadow), and the eclipse fraction is
 * `cylindricalEclipseFraction`.
 * `annualSunlight` reduces it to the year's figures; `eclipseDurationByDayS`
 * takes one value a day for the app's strip.
 */
export function sunlightSeriesOverYear(input: AnnualSunlightInput): SunlightSeries {
  const { semiMajorAxisM, inclinationRad, ltanHours, year } = input;
  const samples = sunSamplesForYear(year);
  const nodeRateRadPerS = j2NodalPrecessionRadPerS(semiMajorAxisM, 0, inclinationRad);
  const absBetaRad = new Float64Array(samples.count);
  const eclipseFraction = new Float64Array(samples.count);
  const sun = samples.unitVectorsEqj;
  // ascendingNodeRad(..., t) is this value plus rate x t, rounded the same way.
  const nodeAtEpochRad = ascendingNodeRad(ltanHours, samples.epochUnixS, nodeRateRadPerS, 0);
  const sinInclination = Math.sin(inclinationRad);
  const cosInclination = Math.cos(inclinationRad);
  const clearOfShadowSine = criticalBetaSine(semiMajorAxisM) * (1 + SHADOW_TEST_MARGIN);
  for (let k = 0; k < samples.count; k++) {
    const nodeRad = nodeAtEpochRad + nodeRateRadPerS * (k * samples.stepS);
    const sinBeta = betaAngleSine(sinInclination, cosInclination, Math.sin(nodeRad), Math.cos(nodeRad), sun, 3 * k);
    const absBeta = Math.abs(clampedAsin(sinBeta));
    absBetaRad[k] = absBeta;
    // Well clear of the shadow (most of a dawn-dusk year) the fraction is 0 without the test's sine.
    eclipseFraction[k] = Math.abs(sinBeta) > clearOfShadowSine ? 0 : cylindricalEclipseFraction(absBeta, semiMajorAxisM);
  }
  return { epochUnixS: samples.epochUnixS, stepS: samples.stepS, count: samples.count, periodS: orbitalPeriodS(semiMajorAxisM), absBetaRad, eclipseFraction };
}

/**
 * Annual sunlight of a circular orbit whose node drifts under J2, reduced from
 * `sunlightSeriesOverYear`: the mean eclipse fraction, the extremes of |beta|,
 * the longest eclipse and the days with any. A dawn-dusk sun-synchronous orbit then shows its
 * eclipse season around one solstice, when the Sun's declination carries it
 * towards the orbit plane.
 */
export function annualSunlight(input: AnnualSunlightInput): AnnualSunlight {
  const series = sunlightSeriesOverYear(input);
  const samplesPerDay = SECONDS_PER_DAY / series.stepS;
  let eclipseFractionSum = 0;
  let longestEclipseFraction = 0;
  let minBeta = Number.POSITIVE_INFINITY;
  let maxBeta = 0;
  let eclipsedSamples = 0;
  for (let k = 0; k < series.count; k++) {
    const absBeta = series.absBetaRad[k]!;
    if (absBeta < minBeta) minBeta = absBeta;
    if (absBeta > maxBeta) maxBeta = absBeta;
    const eclipseFraction = series.eclipseFraction[k]!;
    eclipseFractionSum += eclipseFraction;
    if (eclipseFraction > 0) eclipsedSamples++;
    if (eclipseFraction > longestEclipseFraction) longestEclipseFraction = eclipseFraction;
  }
  return {
    sunlitFraction: 1 - eclipseFractionSum / series.count,
    minBetaRad: minBeta,
    maxBetaRad: maxBeta,
    longestEclipseS: longestEclipseFraction * series.periodS,
    eclipseSeasonDays: eclipsedSamples / samplesPerDay,
  };
}
