import { breakEvenYear } from '../economics/breakEven.ts';
import { economicsInYear, perFlopMetrics, type PerFlopMetrics } from '../economics/economicsModel.ts';
import type { OrbitalCostBreakdown } from '../economics/orbitalCost.ts';
import type { ScaleOut } from '../economics/scaleOut.ts';
import { launchedPowerUsdPerKwYear } from '../economics/launchedPower.ts';
import { scenarioEconomics, scenarioGridCarbonKgPerKwh, scenarioLaunchEmbodiedPerKg } from '../economics/scenarioEconomics.ts';
import type { GroundCostBreakdown } from '../ground/groundCost.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { OrbitEvaluation } from './orbit.ts';
import { resolveSatelliteDesign } from './satellite.ts';

/** The economics and sustainability of a scenario in its `year` (JSON keys: README, "Economics"). */
export interface EconomicsEvaluation extends PerFlopMetrics {
  /** Cumulative mass launched by `year` on the scenario's cadence, kg. */
  readonly cumulativeMassLaunchedKg: number;
  /** Launch price used, USD/kg. */
  readonly launchPriceUsdPerKg: number;
  /** Whether the price is the scenario's fixed price, read off the learning curve, or held at the cost floor. */
  readonly launchPriceSource: 'fixed' | 'learning-curve' | 'floor';
  /** Launch cost / (satellite power x life), USD/kW/year (the paper's Table 1). */
  readonly launchedPowerUsdPerKwYear: number;
  /** Electricity x 8,760 h x PUE in `year` (the paper's ground band), USD/kW/year. */
  readonly groundPowerUsdPerKwYear: number;
  /** Full orbital cost per kW of delivered IT power per year, USD/kW/year. */
  readonly orbitalUsdPerKwYear: number;
  /** Full ground cost per kW of IT load per year, USD/kW/year. */
  readonly groundUsdPerKwYear: number;
  /** First year a kW of IT power costs no more in orbit than on the ground (2020-2100); absent if none. */
  readonly breakEvenYear?: number;
  readonly orbitalCost: OrbitalCostBreakdown;
  readonly groundCost: GroundCostBreakdown;
  /** Accelerators per satellite. */
  readonly chipsPerSatellite: number;
  /** Accelerator (IT) power per satellite when all work, W. */
  readonly itPowerPerSatelliteW: number;
  /** Lifetime-average fraction of accelerators working in orbit (no repair). */
  readonly chipSurvivingFraction: number;
  /** Orbital lifecycle carbon with the ASCEND study's launcher (10x lower launch emissions), kgCO2e/FLOP. */
  readonly orbitalCarbonPerFlopAscendLauncherKgCo2e: number;
  /** Launch lifecycle energy per kg to orbit, J/kg. */
  readonly launchEnergyJPerKg: number;
  /** Launch lifecycle emissions per kg to orbit, kgCO2e/kg. */
  readonly launchCarbonKgCo2ePerKg: number;
  /** Carbon intensity of the ground datacenter's grid, kgCO2e/kWh. */
  readonly gridCarbonKgPerKwh: number;
  /** The constellation sized for `economics.targetPowerMw` (one cluster if absent). */
  readonly scaleOut: ScaleOut;
}

/**
 * Evaluates launch price, orbital and ground cost per kW-year, break-even
 * year, energy and carbon per FLOP and the scale-out of a scenario.
 * @param orbit the scenario's orbit evaluation, when already computed (saves the year of sunlight the satellite design needs)
 */
export function evaluateEconomics(scenario: Scenario, orbit?: OrbitEvaluation): EconomicsEvaluation {
  const design = resolveSatelliteDesign(scenario, orbit);
  const { model, scaleOut, chipsPerSatellite } = scenarioEconomics(scenario, design);
  const year = economicsInYear(model, scenario.year);
  const perFlop = perFlopMetrics(model, scenario.year);
  const ascend =
    scenario.economics.launcherEmissions === 'ascend-10x-lower'
      ? perFlop
      : perFlopMetrics(
          scenarioEconomics({ ...scenario, economics: { ...scenario.economics, launcherEmissions: 'ascend-10x-lower' } }, design).model,
          scenario.year,
        );
  const launchPerKg = scenarioLaunchEmbodiedPerKg(scenario);
  const breakEven = breakEvenYear(model);
  const fixed = model.launch.fixedPriceUsdPerKg !== undefined;
  return {
    cumulativeMassLaunchedKg: year.cumulativeMassLaunchedKg,
    launchPriceUsdPerKg: year.launchPriceUsdPerKg,
    launchPriceSource: fixed ? 'fixed' : year.launchPriceUsdPerKg === model.launch.floorUsdPerKg ? 'floor' : 'learning-curve',
    launchedPowerUsdPerKwYear: launchedPowerUsdPerKwYear(
      model.satellite.massKg,
      year.launchPriceUsdPerKg,
      model.satellite.powerW,
      model.satellite.lifetimeYears,
    ),
    groundPowerUsdPerKwYear: year.ground.electricityUsdPerKwYear,
    orbitalUsdPerKwYear: year.orbital.totalUsdPerKwYear,
    groundUsdPerKwYear: year.ground.totalUsdPerKwYear,
    ...(breakEven === undefined ? {} : { breakEvenYear: breakEven }),
    orbitalCost: year.orbital,
    groundCost: year.ground,
    chipsPerSatellite,
    itPowerPerSatelliteW: model.satellite.computePowerW,
    chipSurvivingFraction: model.survivingFraction,
    ...perFlop,
    orbitalCarbonPerFlopAscendLauncherKgCo2e: ascend.orbitalCarbonPerFlopKgCo2e,
    launchEnergyJPerKg: launchPerKg.energyJ,
    launchCarbonKgCo2ePerKg: launchPerKg.carbonKg,
    gridCarbonKgPerKwh: scenarioGridCarbonKgPerKwh(scenario),
    scaleOut,
  };
}

