import { eclipseDurationByDayS, sunlightSeriesOverYear, sunSynchronousInclinationRad, type Evaluation } from '@solstice/core';

/** Seconds per minute: the strip shows minutes. */
const S_PER_MIN = 60;

/**
 * Longest eclipse per orbit on each day of the scenario year, min: core's
 * `eclipseDurationByDayS` over `sunlightSeriesOverYear` (the loop behind
 * `orbit.longestEclipseS` and `orbit.eclipseSeasonDays`), in minutes for display.
 */
export function eclipseMinutesByDay(evaluation: Evaluation): Float64Array {
  const { orbit, scenario } = evaluation;
  const series = sunlightSeriesOverYear({
    semiMajorAxisM: orbit.semiMajorAxisM,
    inclinationRad: sunSynchronousInclinationRad(orbit.semiMajorAxisM),
    ltanHours: orbit.ltanHours,
    year: scenario.year,
  });
  return eclipseDurationByDayS(series).map((s) => s / S_PER_MIN);
}
