import { M_PER_KM } from '../constants.ts';
import { radToDeg } from '../math.ts';
import { circularSemiMajorAxisM, meanMotionRadPerS, orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { annualSunlight } from '../orbit/sunlight.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The reference orbit of a scenario. */
export interface OrbitEvaluation {
  readonly altitudeM: number;
  readonly semiMajorAxisM: number;
  readonly meanMotionRadPerS: number;
  readonly periodS: number;
  /** Sun-synchronous inclination, deg. */
  readonly inclinationDeg: number;
  readonly ltanHours: number;
  /** Time-averaged fraction of the year in sunlight (cylindrical shadow). */
  readonly sunlitFraction: number;
  /** Smallest |beta| of the year, deg. */
  readonly minBetaDeg: number;
  /** Longest single eclipse of the year, s. */
  readonly longestEclipseS: number;
  /** Days of the year with an eclipse on every orbit. */
  readonly eclipseSeasonDays: number;
}

/** Evaluates the circular sun-synchronous orbit of a scenario and its sunlight over `year`. */
export function evaluateOrbit(scenario: Scenario): OrbitEvaluation {
  const altitudeM = scenario.orbit.altitudeKm * M_PER_KM;
  const semiMajorAxisM = circularSemiMajorAxisM(altitudeM);
  const inclinationRad = sunSynchronousInclinationRad(semiMajorAxisM);
  const sunlight = annualSunlight({
    semiMajorAxisM,
    inclinationRad,
    ltanHours: scenario.orbit.ltanHours,
    year: scenario.year,
  });
  return {
    altitudeM,
    semiMajorAxisM,
    meanMotionRadPerS: meanMotionRadPerS(semiMajorAxisM),
    periodS: orbitalPeriodS(semiMajorAxisM),
    inclinationDeg: radToDeg(inclinationRad),
    ltanHours: scenario.orbit.ltanHours,
    sunlitFraction: sunlight.sunlitFraction,
    minBetaDeg: radToDeg(sunlight.minBetaRad),
    longestEclipseS: sunlight.longestEclipseS,
    eclipseSeasonDays: sunlight.eclipseSeasonDays,
  };
}
