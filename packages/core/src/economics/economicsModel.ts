import { KG_PER_TONNE_CO2E } from '../constants.ts';
import { groundCostBreakdown, type GroundCostBreakdown } from './groundCost.ts';
import { cumulativeMassKgInYear } from '../launch/cadence.ts';
import { launchPriceUsdPerKgInYear, type LaunchPriceModel } from '../launch/launchPrice.ts';
import {
  groundFootprint,
  lifecycleCarbonKgPerKwYear,
  lifecycleEnergyJPerKwYear,
  perFlop,
  type ChipThroughput,
  type Footprint,
  type GroundFootprintInputs,
} from './footprint.ts';
import type { GroundChipPolicy } from './chipAccounting.ts';
import { orbitalCostBreakdown, type OrbitalCostBreakdown } from './orbitalCost.ts';

/**
 * Everything the year-by-year economics needs, in SI units and USD, resolved
 * once from a scenario (`scenarioEconomics`) so that each year costs a
 * handful of arithmetic operations.
 */
export interface EconomicsModel {
  readonly launch: LaunchPriceModel;
  /** One satellite: launch mass kg, electrical power W, IT power W, life years. */
  readonly satellite: {
    readonly massKg: number;
    readonly powerW: number;
    readonly computePowerW: number;
    readonly lifetimeYears: number;
  };
  /** Accelerator hard failures per chip per year (repaired on the ground, not in orbit). */
  readonly chipFailuresPerYear: number;
  /** Lifetime-average surviving fraction of accelerators in orbit, 0 to 1. */
  readonly survivingFraction: number;
  /** Life-averaged delivered over installed IT power in orbit (chip failures and power derating), 0 to 1. */
  readonly deliveredItFraction: number;
  readonly chip: ChipThroughput;
  /** Year the trends (hardware cost, electricity price, grid intensity) start from. */
  readonly baseYear: number;
  /** Satellite hardware cost without chips in `baseYear`, USD per satellite. */
  readonly hardwareUsd: number;
  /** Fractional fall of the hardware cost per year after the base year, 0 to 1. */
  readonly hardwareDeclinePerYear: number;
  readonly operationsFractionPerYear: number;
  readonly satelliteFailuresPerYear: number;
  readonly chipUsdPerW: number;
  readonly nreUsdPerKwYear: number;
  readonly discountRate: number;
  /** Carbon price, USD per kgCO2e. */
  readonly carbonPriceUsdPerKg: number;
  readonly ground: {
    /** Electricity price in `baseYear`, USD/kWh. */
    readonly electricityUsdPerKwh: number;
    /** Fractional change of the electricity price per year (negative: falling). */
    readonly electricityChangePerYear: number;
    readonly powerUsageEffectiveness: number;
    readonly facilityCapexUsdPerKw: number;
    readonly facilityLifetimeYears: number;
    /** Host power per W of accelerator, as in orbit. */
    readonly hostOverheadFraction: number;
    /** Service life of a ground chip, years. */
    readonly chipLifetimeYears: number;
    readonly chipPolicy: GroundChipPolicy;
  };
  readonly orbitalFootprint: Footprint;
  /** The ground footprint's inputs, with the grid intensity of `baseYear`. */
  readonly groundFootprintInputs: GroundFootprintInputs;
  /** Fractional change of the grid carbon intensity per year (negative: decarbonising). */
  readonly gridCarbonChangePerYear: number;
}

/** The economics of one year. */
export interface EconomicsYear {
  readonly year: number;
  /** Cumulative mass launched by then on the cadence, kg. */
  readonly cumulativeMassLaunchedKg: number;
  readonly launchPriceUsdPerKg: number;
  /** Orbital cost per kW of IT power per year, for satellites launched this year. */
  readonly orbital: OrbitalCostBreakdown;
  /** Ground cost per kW of IT load per year. */
  readonly ground: GroundCostBreakdown;
}

/**
 * Carbon price expressed from a price per tonne: USD/t / 1,000 kg/t.
 * @param carbonPriceUsdPerTonne USD per tonne CO2e
 * @returns USD per kg CO2e
 */
export function carbonPriceUsdPerKg(carbonPriceUsdPerTonne: number): number {
  return carbonPriceUsdPerTonne / KG_PER_TONNE_CO2E;
}

/**
 * Compound trend factor of a quantity changing by a fraction c per year from
 * a base year: (1 + c)^(year - year_base).
 * @param changePerYear fractional change per year, above -1 (-0.05: 5 % less each year)
 */
export function trendFactor(changePerYear: number, year: number, baseYear: number): number {
  return (1 + changePerYear) ** (year - baseYear);
}

/**
 * Satellite hardware cost in a year: C_base (1 - d)^(year - year_base).
 * @returns USD per satellite
 */
export function hardwareUsdInYear(model: EconomicsModel, year: number): number {
  return model.hardwareUsd * trendFactor(-model.hardwareDeclinePerYear, year, model.baseYear);
}

/** The ground footprint in a year, with the grid intensity on its trend. */
export function groundFootprintInYear(model: EconomicsModel, year: number): Footprint {
  const inputs = model.groundFootprintInputs;
  return groundFootprint({ ...inputs, gridKgCo2ePerJ: inputs.gridKgCo2ePerJ * trendFactor(model.gridCarbonChangePerYear, year, model.baseYear) });
}

/** Orbital cost per kW of IT power per year for satellites launched in `year`. */
export function orbitalCostInYear(model: EconomicsModel, year: number): OrbitalCostBreakdown {
  return orbitalCostBreakdown({
    massKg: model.satellite.massKg,
    computePowerW: model.satellite.computePowerW,
    deliveredItFraction: model.deliveredItFraction,
    lifetimeYears: model.satellite.lifetimeYears,
    launchPriceUsdPerKg: launchPriceUsdPerKgInYear(model.launch, year),
    hardwareUsd: hardwareUsdInYear(model, year),
    operationsFractionPerYear: model.operationsFractionPerYear,
    satelliteFailuresPerYear: model.satelliteFailuresPerYear,
    chipUsdPerW: model.chipUsdPerW,
    nreUsdPerKwYear: model.nreUsdPerKwYear,
    discountRate: model.discountRate,
    carbonUsdPerKwYear: model.carbonPriceUsdPerKg * lifecycleCarbonKgPerKwYear(model.orbitalFootprint),
  });
}

/** Ground cost per kW of IT load per year in `year` (electricity price and grid intensity on their trends). */
export function groundCost(model: EconomicsModel, year: number): GroundCostBreakdown {
  const { ground } = model;
  // Field by field: a rest pattern leaving out the trend would copy the object slowly at every call.
  return groundCostBreakdown({
    electricityUsdPerKwh: ground.electricityUsdPerKwh * trendFactor(ground.electricityChangePerYear, year, model.baseYear),
    powerUsageEffectiveness: ground.powerUsageEffectiveness,
    hostOverheadFraction: ground.hostOverheadFraction,
    facilityCapexUsdPerKw: ground.facilityCapexUsdPerKw,
    facilityLifetimeYears: ground.facilityLifetimeYears,
    chipLifetimeYears: ground.chipLifetimeYears,
    chipPolicy: ground.chipPolicy,
    chipFailuresPerYear: model.chipFailuresPerYear,
    chipUsdPerW: model.chipUsdPerW,
    discountRate: model.discountRate,
    carbonUsdPerKwYear:
      model.carbonPriceUsdPerKg === 0 ? 0 : model.carbonPriceUsdPerKg * lifecycleCarbonKgPerKwYear(groundFootprintInYear(model, year)),
  });
}

/** Launch price, orbital and ground cost of one year. */
export function economicsInYear(model: EconomicsModel, year: number): EconomicsYear {
  return {
    year,
    cumulativeMassLaunchedKg: cumulativeMassKgInYear(model.launch.cadence, year),
    launchPriceUsdPerKg: launchPriceUsdPerKgInYear(model.launch, year),
    orbital: orbitalCostInYear(model, year),
    ground: groundCost(model, year),
  };
}

/** Energy and carbon per delivered FLOP on both sides in one year. */
export interface PerFlopMetrics {
  /** Ground: P_chip (1 + f_host) x PUE / (peak x utilisation), J/FLOP. */
  readonly groundOperationalEnergyPerFlopJ: number;
  /** Ground: operational + embodied (chips, facility), J/FLOP. */
  readonly groundLifecycleEnergyPerFlopJ: number;
  /** Orbit, operational: the satellite's sunlight-derived electricity per delivered FLOP (chips plus bus overheads), J/FLOP. */
  readonly orbitalEnergyPerFlopJ: number;
  /** Orbit: operational + embodied (chips, arrays, bus, launch), J/FLOP. */
  readonly orbitalLifecycleEnergyPerFlopJ: number;
  /** Embodied energy alone in orbit (manufacture and launch), J/FLOP. */
  readonly orbitalEmbodiedEnergyPerFlopJ: number;
  /** Ground grid emissions of operation, kgCO2e/FLOP. */
  readonly groundOperationalCarbonPerFlopKgCo2e: number;
  /** Ground lifecycle emissions, kgCO2e/FLOP. */
  readonly groundCarbonPerFlopKgCo2e: number;
  /** Orbital lifecycle emissions (manufacture and launch; operation emits none), kgCO2e/FLOP. */
  readonly orbitalCarbonPerFlopKgCo2e: number;
}

/** Energy and carbon per delivered FLOP in `year`: per-kW-year footprints over FLOPs per kW-year. */
export function perFlopMetrics(model: EconomicsModel, year: number): PerFlopMetrics {
  const orbit = model.orbitalFootprint;
  const ground = groundFootprintInYear(model, year);
  const chip = model.chip;
  return {
    groundOperationalEnergyPerFlopJ: perFlop(ground.operationalEnergyJPerKwYear, chip),
    groundLifecycleEnergyPerFlopJ: perFlop(lifecycleEnergyJPerKwYear(ground), chip),
    orbitalEnergyPerFlopJ: perFlop(orbit.operationalEnergyJPerKwYear, chip),
    orbitalLifecycleEnergyPerFlopJ: perFlop(lifecycleEnergyJPerKwYear(orbit), chip),
    orbitalEmbodiedEnergyPerFlopJ: perFlop(orbit.embodiedEnergyJPerKwYear, chip),
    groundOperationalCarbonPerFlopKgCo2e: perFlop(ground.operationalCarbonKgPerKwYear, chip),
    groundCarbonPerFlopKgCo2e: perFlop(lifecycleCarbonKgPerKwYear(ground), chip),
    orbitalCarbonPerFlopKgCo2e: perFlop(lifecycleCarbonKgPerKwYear(orbit), chip),
  };
}
