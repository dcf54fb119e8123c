import { eclipseDurationByDayS, resolveOrbit, SECONDS_PER_MINUTE, sunlightSeriesOverYear, type Scenario } from '@solstice/core';

/**
 * Longest eclipse per orbit on each day of the scenario year, min: core's
 * `eclipseDurationByDayS` over `sunlightSeriesOverYear` of the scenario's
 * resolved orbit (`resolveOrbit`, the orbit `resolveSunlight` runs the same
 * loop on for `orbit.longestEclipseS` and `orbit.eclipseSeasonDays`), in
 * minutes for display.
 */
export function eclipseMinutesByDay(scenario: Scenario): Float64Array {
  return eclipseDurationByDayS(sunlightSeriesOverYear(resolveOrbit(scenario))).map((s) => s / SECONDS_PER_MINUTE);
}
