import { groundCost, orbitalCostInYear, type EconomicsModel } from './economicsModel.ts';

/** First and last calendar years the projection and the break-even search cover (the scenario's `year` range). */
export const ECONOMICS_FIRST_YEAR = 2020;
export const ECONOMICS_LAST_YEAR = 2100;

/**
 * First whole year in [firstYear, lastYear] in which a kW of IT power costs
 * no more in orbit than on the ground, by a scan of the years (81 cheap
 * evaluations; with trends in the ground's electricity price the difference
 * need not be monotone, so no bisection).
 * @returns the year, or undefined when orbit is dearer in every year
 */
export function breakEvenYear(
  model: EconomicsModel,
  firstYear = ECONOMICS_FIRST_YEAR,
  lastYear = ECONOMICS_LAST_YEAR,
): number | undefined {
  for (let year = firstYear; year <= lastYear; year++) {
    if (orbitalCostInYear(model, year).totalUsdPerKwYear <= groundCost(model, year).totalUsdPerKwYear) return year;
  }
  return undefined;
}
