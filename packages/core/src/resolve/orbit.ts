import { M_PER_KM } from '../constants.ts';
import { parseEpochUnixS, yearStartUnixS } from '../orbit/epoch.ts';
import { circularSemiMajorAxisM, meanMotionRadPerS, orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { annualSunlight, type AnnualSunlight } from '../orbit/sunlight.ts';
import { j2NodalPrecessionRadPerS, sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The reference orbit of a scenario in SI: circular and sun-synchronous at
 * `orbit.altitudeKm`. The one place altitude becomes a semi-major axis
 * (a = R_E + h) and the J2 rates are taken.
 */
export interface ResolvedOrbit {
  readonly altitudeM: number;
  readonly semiMajorAxisM: number;
  /** Sun-synchronous inclination at that semi-major axis, rad. */
  readonly inclinationRad: number;
  readonly ltanHours: number;
  /** Scenario year (the sunlight statistics and the downlink's contact year). */
  readonly year: number;
  /** Keplerian mean motion sqrt(mu / a^3), rad/s. */
  readonly meanMotionRadPerS: number;
  /** Keplerian period 2 pi / n, s. */
  readonly periodS: number;
  /** J2 nodal precession rate of the reference, rad/s (Vallado Eq. 9-41). */
  readonly nodeRateRadPerS: number;
  /** Epoch of t = 0, Unix s: `orbit.epoch`, else 00:00 UTC on 1 January of `year`. */
  readonly epochUnixS: number;
}

/** The export epoch of a scenario, Unix s: `orbit.epoch`, else 00:00 UTC on 1 January of `year`. */
export function scenarioEpochUnixS(scenario: Scenario): number {
  return scenario.orbit.epoch === undefined ? yearStartUnixS(scenario.year) : parseEpochUnixS(scenario.orbit.epoch, 'orbit.epoch');
}

/** Resolves the reference orbit of a validated scenario (cheap: no sunlight). */
export function resolveOrbit(scenario: Scenario): ResolvedOrbit {
  const altitudeM = scenario.orbit.altitudeKm * M_PER_KM;
  const semiMajorAxisM = circularSemiMajorAxisM(altitudeM);
  const inclinationRad = sunSynchronousInclinationRad(semiMajorAxisM);
  return {
    altitudeM,
    semiMajorAxisM,
    inclinationRad,
    ltanHours: scenario.orbit.ltanHours,
    year: scenario.year,
    meanMotionRadPerS: meanMotionRadPerS(semiMajorAxisM),
    periodS: orbitalPeriodS(semiMajorAxisM),
    nodeRateRadPerS: j2NodalPrecessionRadPerS(semiMajorAxisM, 0, inclinationRad),
    epochUnixS: scenarioEpochUnixS(scenario),
  };
}

/** The orbit's sunlight over its year (`annualSunlight`: a year of Sun samples, the costly part of the orbit). */
export function resolveSunlight(orbit: ResolvedOrbit): AnnualSunlight {
  return annualSunlight({
    semiMajorAxisM: orbit.semiMajorAxisM,
    inclinationRad: orbit.inclinationRad,
    ltanHours: orbit.ltanHours,
    year: orbit.year,
  });
}
