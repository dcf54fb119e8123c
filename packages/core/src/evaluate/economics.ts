import { breakEvenYear } from '../economics/breakEven.ts';
import { economicsInYear, perFlopMetrics, type PerFlopMetrics } from '../economics/economicsModel.ts';
import type { OrbitalCostBreakdown } from '../economics/orbitalCost.ts';
import type { ScaleOut } from '../economics/scaleOut.ts';
import { usdPerEflop } from '../economics/footprint.ts';
import { launchedPowerUsdPerKwYear } from '../economics/launchedPower.ts';
import type { GroundCostBreakdown } from '../economics/groundCost.ts';
import { resolveEconomics, scenarioGridCarbonKgPerKwh, type ResolvedEconomics } from '../resolve/economics.ts';
import { resolveSatelliteScenario } from '../resolve/satellite.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The economics and sustainability of a scenario in its `year` (JSON keys: docs/contract.md; the model: docs/economics.md). */
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
  /** Orbital cost without the chips, per kW of delivered IT power per year (the paper's Table 1 basis), USD/kW/year. */
  readonly orbitalInfrastructureUsdPerKwYear: number;
  /** Ground cost without the chips, per kW of accelerator power per year, USD/kW/year. */
  readonly groundInfrastructureUsdPerKwYear: number;
  /** Full orbital cost per delivered exaFLOP (10^18 FLOP at the scenario's utilisation), USD/EFLOP. */
  readonly orbitalUsdPerEflop: number;
  /** Full ground cost per delivered exaFLOP, USD/EFLOP. */
  readonly groundUsdPerEflop: number;
  /** Orbital over ground full cost (the same per kW-year and per EFLOP: the same chip). */
  readonly orbitToGroundCostRatio: number;
  /** Life-averaged delivered over installed IT power in orbit (chip failures and power derating), 0 to 1. */
  readonly deliveredItFraction: number;
  /** Array oversize for `satellite.sizing: size-for-end-of-life` (1 with derate-compute). */
  readonly arrayOversize: number;
  /** Launch mass the economics use (with the oversized array under size-for-end-of-life), kg. */
  readonly economicsSatelliteMassKg: number;
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
 */
export function evaluateEconomics(scenario: Scenario): EconomicsEvaluation {
  return economicsBlock(scenario, resolveEconomics(scenario, resolveSatelliteScenario(scenario).satellite.design));
}

/** The `economics` block: the resolved economics model read in the scenario's year. */
export function economicsBlock(scenario: Scenario, economics: ResolvedEconomics): EconomicsEvaluation {
  const { model, scaleOut, chipsPerSatellite, arrayOversize } = economics;
  const year = economicsInYear(model, scenario.year);
  const perFlop = perFlopMetrics(model, scenario.year);
  const ascend = economics.ascendModel === model ? perFlop : perFlopMetrics(economics.ascendModel, scenario.year);
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
    // The paper's band: per kW of IT load, hosts not split out.
    groundPowerUsdPerKwYear: year.ground.electricityUsdPerKwYear / (1 + scenario.compute.hostOverheadFraction),
    orbitalUsdPerKwYear: year.orbital.totalUsdPerKwYear,
    groundUsdPerKwYear: year.ground.totalUsdPerKwYear,
    orbitalInfrastructureUsdPerKwYear: year.orbital.infrastructureUsdPerKwYear,
    groundInfrastructureUsdPerKwYear: year.ground.infrastructureUsdPerKwYear,
    orbitalUsdPerEflop: usdPerEflop(year.orbital.totalUsdPerKwYear, model.chip),
    groundUsdPerEflop: usdPerEflop(year.ground.totalUsdPerKwYear, model.chip),
    orbitToGroundCostRatio: year.orbital.totalUsdPerKwYear / year.ground.totalUsdPerKwYear,
    deliveredItFraction: model.deliveredItFraction,
    arrayOversize,
    economicsSatelliteMassKg: model.satellite.massKg,
    ...(breakEven === undefined ? {} : { breakEvenYear: breakEven }),
    orbitalCost: year.orbital,
    groundCost: year.ground,
    chipsPerSatellite,
    itPowerPerSatelliteW: model.satellite.computePowerW,
    chipSurvivingFraction: model.survivingFraction,
    ...perFlop,
    orbitalCarbonPerFlopAscendLauncherKgCo2e: ascend.orbitalCarbonPerFlopKgCo2e,
    launchEnergyJPerKg: economics.launchPerKg.energyJ,
    launchCarbonKgCo2ePerKg: economics.launchPerKg.carbonKg,
    gridCarbonKgPerKwh: scenarioGridCarbonKgPerKwh(scenario),
    scaleOut,
  };
}

