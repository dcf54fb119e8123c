import { groundCost, orbitalCostInYear, type EconomicsModel } from './economicsModel.ts';

/** First and last calendar years the projection and the break-even search cover (the scenario's `year` range). */
export const ECONOMICS_FIRST_YEAR = 2020;
export const ECONOMICS_LAST_YEAR = 2100;

/**
 * Whether the ground cost never falls from one year to the next: electricity
 * does not get cheaper and, where carbon is priced, the grid does not get
 * cleaner. Orbital cost never rises (Wright's price only falls with
 * cumulative mass, hardware cost only falls), so then orbit minus ground is
 * monotone in the year.
 */
function groundCostNeverFalls(model: EconomicsModel): boolean {
  return model.ground.electricityChangePerYear >= 0 && (model.carbonPriceUsdPerKg === 0 || model.gridCarbonChangePerYear >= 0);
}

/**
 * First whole year in [firstYear, lastYear] in which a kW of IT power costs
 * no more in orbit than on the ground. When the difference is monotone
 * (`groundCostNeverFalls`) a bisection finds it in about log2(81) = 7
 * evaluations; otherwise (a falling electricity price, a decarbonising grid
 * under a carbon price) every year is scanned.
 * @returns the year, or undefined when orbit is dearer in every year
 * @example
 * ```ts
 * breakEvenYear(scenarioEconomics(loadScenario({ preset: 'suncatcher' })).model); // a year, or undefined
 * ```
 */
export function breakEvenYear(
  model: EconomicsModel,
  firstYear = ECONOMICS_FIRST_YEAR,
  lastYear = ECONOMICS_LAST_YEAR,
): number | undefined {
  const cheaper = (year: number): boolean =>
    orbitalCostInYear(model, year).totalUsdPerKwYear <= groundCost(model, year).totalUsdPerKwYear;
  if (!groundCostNeverFalls(model)) {
    for (let year = firstYear; year <= lastYear; year++) if (cheaper(year)) return year;
    return undefined;
  }
  if (!cheaper(lastYear)) return undefined;
  let dearer = firstYear - 1; // invariant: orbit is dearer in every year up to here
  let cheaperYear = lastYear; // invariant: orbit is no dearer from here on
  while (cheaperYear - dearer > 1) {
    const middle = Math.floor((dearer + cheaperYear) / 2);
    if (cheaper(middle)) cheaperYear = middle;
    else dearer = middle;
  }
  return cheaperYear;
}
