import { KG_PER_TONNE, W_PER_KW } from '../constants.ts';
import { launchedPowerUsdPerKwYear } from '../economics/launchedPower.ts';
import { groundPowerUsdPerKwYear } from '../ground/groundPower.ts';
import { cumulativeMassKgInYear } from '../launch/cadence.ts';
import { CADENCE_PRESETS } from '../launch/cadencePresets.ts';
import { wrightLawPriceUsdPerKg, type LearningCurve } from '../launch/wrightsLaw.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Launch price and power prices of a scenario. */
export interface EconomicsEvaluation {
  /** Cumulative mass launched by `year` on the scenario's cadence, kg. */
  readonly cumulativeMassLaunchedKg: number;
  /** Launch price used, USD/kg. */
  readonly launchPriceUsdPerKg: number;
  /** Whether the price is the scenario's fixed price or read off the learning curve. */
  readonly launchPriceSource: 'fixed' | 'learning-curve';
  /** Launch cost / (power x life), USD/kW/year (the paper's Table 1). */
  readonly launchedPowerUsdPerKwYear: number;
  /** Electricity x 8,760 h x PUE, USD/kW/year. */
  readonly groundPowerUsdPerKwYear: number;
}

/** The learning curve a scenario describes, in SI units. */
export function scenarioLearningCurve(scenario: Scenario): LearningCurve {
  return {
    referencePriceUsdPerKg: scenario.launch.referencePriceUsdPerKg,
    referenceCumulativeMassKg: scenario.launch.referenceCumulativeMassT * KG_PER_TONNE,
    learningRate: scenario.launch.learningRate,
  };
}

/** Evaluates launch price and the orbital and ground price of power for a scenario. */
export function evaluateEconomics(scenario: Scenario): EconomicsEvaluation {
  const cumulativeMassLaunchedKg = cumulativeMassKgInYear(CADENCE_PRESETS[scenario.launch.cadence], scenario.year);
  const fixedPrice = scenario.launch.priceUsdPerKg;
  const launchPriceUsdPerKg =
    fixedPrice ?? wrightLawPriceUsdPerKg(scenarioLearningCurve(scenario), cumulativeMassLaunchedKg);
  return {
    cumulativeMassLaunchedKg,
    launchPriceUsdPerKg,
    launchPriceSource: fixedPrice === undefined ? 'learning-curve' : 'fixed',
    launchedPowerUsdPerKwYear: launchedPowerUsdPerKwYear(
      scenario.satellite.massKg,
      launchPriceUsdPerKg,
      scenario.satellite.powerKw * W_PER_KW,
      scenario.satellite.lifetimeYears,
    ),
    groundPowerUsdPerKwYear: groundPowerUsdPerKwYear(scenario.ground.electricityUsdPerKwh, scenario.ground.pue),
  };
}
