import {
  ascendingNodeRad,
  betaAngleRad,
  cylindricalEclipseFraction,
  degToRad,
  j2NodalPrecessionRadPerS,
  sunSamplesForYear,
  type Evaluation,
} from '@solstice/core';

/**
 * Longest eclipse per orbit on each day of the scenario year, min: at noon UTC
 * of each day, the beta angle of the drifting sun-synchronous plane (core's
 * `ascendingNodeRad`, `betaAngleRad` on core's Sun samples) and the
 * cylindrical-shadow eclipse fraction times the period, the model behind
 * `orbit.longestEclipseS` and `orbit.eclipseSeasonDays`.
 */
export function eclipseMinutesByDay(evaluation: Evaluation): Float64Array {
  const { orbit, scenario } = evaluation;
  const samples = sunSamplesForYear(scenario.year);
  const inclinationRad = degToRad(orbit.inclinationDeg);
  const rateRadPerS = j2NodalPrecessionRadPerS(orbit.semiMajorAxisM, 0, inclinationRad);
  const perDay = Math.round(86_400 / samples.stepS);
  const days = Math.floor(samples.count / perDay);
  const minutes = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const k = d * perDay + Math.floor(perDay / 2);
    const nodeRad = ascendingNodeRad(orbit.ltanHours, samples.epochUnixS, rateRadPerS, k * samples.stepS);
    const beta = betaAngleRad(inclinationRad, nodeRad, samples.unitVectorsEqj, 3 * k);
    minutes[d] = (cylindricalEclipseFraction(Math.abs(beta), orbit.semiMajorAxisM) * orbit.periodS) / 60;
  }
  return minutes;
}
