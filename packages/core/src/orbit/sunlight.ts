import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';
import { clampedAcos } from '../math.ts';
import { orbitalPeriodS } from './circularOrbit.ts';
import { ascendingNodeRad, betaAngleRad } from './orbitPlane.ts';
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
  const sinCriticalBeta = EARTH_EQUATORIAL_RADIUS_M / semiMajorAxisM;
  const cosBeta = Math.cos(betaRad);
  if (Math.abs(Math.sin(betaRad)) >= sinCriticalBeta) return 0;
  return clampedAcos(Math.sqrt(1 - sinCriticalBeta ** 2) / cosBeta) / Math.PI;
}

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

/**
 * Annual sunlight of a circular orbit whose node drifts under J2: at each Sun
 * sample of the year the node is `ascendingNodeRad` (kept at the scenario's
 * LTAN on 1 January, drifting at the J2 rate), the beta angle is
 * `betaAngleRad`, and the eclipse fraction is the cylindrical-shadow one. A dawn-dusk sun-synchronous orbit then shows its
 * eclipse season around one solstice, when the Sun's declination carries it
 * towards the orbit plane.
 */
export function annualSunlight(input: AnnualSunlightInput): AnnualSunlight {
  const { semiMajorAxisM, inclinationRad, ltanHours, year } = input;
  const samples = sunSamplesForYear(year);
  const nodeRateRadPerS = j2NodalPrecessionRadPerS(semiMajorAxisM, 0, inclinationRad);
  const periodS = orbitalPeriodS(semiMajorAxisM);
  const samplesPerDay = 86_400 / samples.stepS;

  let eclipseFractionSum = 0;
  let longestEclipseFraction = 0;
  let minBeta = Number.POSITIVE_INFINITY;
  let maxBeta = 0;
  let eclipsedSamples = 0;
  const sun = samples.unitVectorsEqj;
  for (let k = 0; k < samples.count; k++) {
    const nodeRad = ascendingNodeRad(ltanHours, samples.epochUnixS, nodeRateRadPerS, k * samples.stepS);
    const absBeta = Math.abs(betaAngleRad(inclinationRad, nodeRad, sun, 3 * k));
    if (absBeta < minBeta) minBeta = absBeta;
    if (absBeta > maxBeta) maxBeta = absBeta;
    const eclipseFraction = cylindricalEclipseFraction(absBeta, semiMajorAxisM);
    eclipseFractionSum += eclipseFraction;
    if (eclipseFraction > 0) eclipsedSamples++;
    if (eclipseFraction > longestEclipseFraction) longestEclipseFraction = eclipseFraction;
  }
  return {
    sunlitFraction: 1 - eclipseFractionSum / samples.count,
    minBetaRad: minBeta,
    maxBetaRad: maxBeta,
    longestEclipseS: longestEclipseFraction * periodS,
    eclipseSeasonDays: eclipsedSamples / samplesPerDay,
  };
}
