import { groundCost, orbitalCostInYear, type EconomicsModel } from './economicsModel.ts';

/** First and last calendar years the projection and the break-even search cover (the scenario's `year` range). */
export const ECONOMICS_FIRST_YEAR = 2020;
export const ECONOMICS_LAST_YEAR = 2100;

/**
 * First whole year in [firstYear, lastYear] in which a kW of IT power costs
 * no more in orbit than on the ground. The orbital cost never rises with the
 * year (cumulative launched mass only grows, so Wright's price only falls; the
 * hardware cost only falls), while the ground cost is constant, so the
 * difference is monotone and a bisection finds the year in about
 * log2(81) = 7 evaluations.
 * @returns the year, or undefined when orbit is still dearer in `lastYear`
 */
export function breakEvenYear(
  model: EconomicsModel,
  firstYear = ECONOMICS_FIRST_YEAR,
  lastYear = ECONOMICS_LAST_YEAR,
): number | undefined {
  const groundUsdPerKwYear = groundCost(model).totalUsdPerKwYear;
  const cheaper = (year: number): boolean => orbitalCostInYear(model, year).totalUsdPerKwYear <= groundUsdPerKwYear;
  if (!cheaper(lastYear)) return undefined;
  let low = firstYear - 1; // not cheaper (or before the range)
  let high = lastYear; // cheaper
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (cheaper(middle)) high = middle;
    else low = middle;
  }
  return high;
}
