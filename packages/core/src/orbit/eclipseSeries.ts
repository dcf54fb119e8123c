import { SECONDS_PER_DAY } from '../constants.ts';
import type { SunlightSeries } from './sunlight.ts';

/**
 * Longest eclipse per orbit on each day of the year, s: the eclipse fraction
 * of `sunlightSeriesOverYear` at the day's noon-UTC sample times the orbital
 * period (the cylindrical-shadow model behind `annualSunlight`'s
 * `longestEclipseS` and `eclipseSeasonDays`, one sample a day).
 * @param series the year's sunlight series
 * @returns one value per whole day of the series, s (0 outside the eclipse season)
 */
export function eclipseDurationByDayS(series: SunlightSeries): Float64Array {
  const perDay = Math.round(SECONDS_PER_DAY / series.stepS);
  const days = Math.floor(series.count / perDay);
  const durationsS = new Float64Array(days);
  for (let d = 0; d < days; d++) durationsS[d] = series.eclipseFraction[d * perDay + Math.floor(perDay / 2)]! * series.periodS;
  return durationsS;
}
