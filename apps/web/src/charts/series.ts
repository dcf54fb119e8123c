import {
  CADENCE_PRESETS,
  cumulativeMassKgInYear,
  evaluateEconomics,
  scenarioLearningCurve,
  wrightLawPriceUsdPerKg,
  type Scenario,
} from '@solstice/core';

/** Years the charts span. */
export const CHART_FIRST_YEAR = 2025;
export const CHART_LAST_YEAR = 2050;

function chartYears(): number[] {
  return Array.from({ length: CHART_LAST_YEAR - CHART_FIRST_YEAR + 1 }, (_, k) => CHART_FIRST_YEAR + k);
}

/** Launch price by year on the scenario's learning curve and cadence, USD/kg (core's Wright's law). */
export function learningCurveSeries(scenario: Scenario): [number[], number[]] {
  const years = chartYears();
  const curve = scenarioLearningCurve(scenario);
  const table = CADENCE_PRESETS[scenario.launch.cadence];
  return [years, years.map((year) => wrightLawPriceUsdPerKg(curve, cumulativeMassKgInYear(table, year)))];
}

/** Orbital launched-power price and ground power price by year, USD/kW-year: core's economics evaluator with `year` varied. */
export function powerPriceSeries(scenario: Scenario): [number[], number[], number[]] {
  const years = chartYears();
  const rows = years.map((year) => evaluateEconomics({ ...scenario, year }));
  return [years, rows.map((r) => r.launchedPowerUsdPerKwYear), rows.map((r) => r.groundPowerUsdPerKwYear)];
}
