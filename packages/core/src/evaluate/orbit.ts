import { radToDeg } from '../math.ts';
import type { AnnualSunlight } from '../orbit/sunlight.ts';
import { resolveOrbit, resolveSunlight, type ResolvedOrbit } from '../resolve/orbit.ts';
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

/** The `orbit` block from the resolved orbit and its sunlight (degrees at this edge). */
export function orbitBlock(orbit: ResolvedOrbit, sunlight: AnnualSunlight): OrbitEvaluation {
  return {
    altitudeM: orbit.altitudeM,
    semiMajorAxisM: orbit.semiMajorAxisM,
    meanMotionRadPerS: orbit.meanMotionRadPerS,
    periodS: orbit.periodS,
    inclinationDeg: radToDeg(orbit.inclinationRad),
    ltanHours: orbit.ltanHours,
    sunlitFraction: sunlight.sunlitFraction,
    minBetaDeg: radToDeg(sunlight.minBetaRad),
    longestEclipseS: sunlight.longestEclipseS,
    eclipseSeasonDays: sunlight.eclipseSeasonDays,
  };
}

/** Evaluates the circular sun-synchronous orbit of a scenario and its sunlight over `year`. */
export function evaluateOrbit(scenario: Scenario): OrbitEvaluation {
  const orbit = resolveOrbit(scenario);
  return orbitBlock(orbit, resolveSunlight(orbit));
}
