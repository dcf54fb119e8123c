import { W_PER_KW } from '../constants.ts';
import { capitalRecoveryFactor } from './amortisation.ts';

/** One satellite's costs in a given launch year, SI units and USD. */
export interface OrbitalCostInputs {
  /** Launch mass of one satellite, kg. */
  readonly massKg: number;
  /** Power of the accelerators (IT load) of one satellite when all work, W. */
  readonly computePowerW: number;
  /**
   * Lifetime-average fraction of accelerators still working (failed chips are
   * not repaired in orbit), 0 to 1: costs are per kW of IT power delivered.
   */
  readonly survivingFraction: number;
  /** Operating life, years. */
  readonly lifetimeYears: number;
  /** Launch price in the launch year, USD/kg. */
  readonly launchPriceUsdPerKg: number;
  /** Hardware cost of one satellite without its chips, USD. */
  readonly hardwareUsd: number;
  /** Ground segment and operations per year, as a fraction of `hardwareUsd`, 1/year. */
  readonly operationsFractionPerYear: number;
  /** Satellites failing per year and replaced (launch + hardware), 1/year. */
  readonly satelliteFailuresPerYear: number;
  /** Chip cost per watt of chip power, USD/W (the stranded chips of failures are an orbital cost). */
  readonly chipUsdPerW: number;
  /** Non-recurring engineering of the programme, already annualised per kW of fleet IT power, USD/kW/year. */
  readonly nreUsdPerKwYear: number;
  /** Annual discount rate for amortising capital (0: straight line). */
  readonly discountRate: number;
  /** Carbon cost, USD/kW/year (carbon price x lifecycle emissions per kW-year). */
  readonly carbonUsdPerKwYear: number;
}

/** Orbital cost per kW of IT (chip) power per year, by component, USD/kW/year. */
export interface OrbitalCostBreakdown {
  readonly launchUsdPerKwYear: number;
  readonly hardwareUsdPerKwYear: number;
  readonly operationsUsdPerKwYear: number;
  readonly replacementUsdPerKwYear: number;
  readonly nreUsdPerKwYear: number;
  readonly carbonUsdPerKwYear: number;
  readonly totalUsdPerKwYear: number;
}

/**
 * Cost of one kW of delivered IT power in orbit for a year: launch (m x price)
 * and hardware amortised with the capital recovery factor over the life,
 * operations as a fraction of hardware per year, replacements (failed
 * satellites: f_sat (launch + hardware) per year; failed chips, never repaired,
 * strand chip capital: (1 - s) x chip cost amortised), NRE and carbon cost,
 * each divided by the delivered IT power P_IT s (s: lifetime-average surviving
 * fraction). With zero hardware, failures, operations and discount and IT
 * power equal to satellite power this is the Suncatcher paper's Table 1
 * launched-power price.
 * @returns USD per kW of IT power per year, by component
 */
export function orbitalCostBreakdown(inputs: OrbitalCostInputs): OrbitalCostBreakdown {
  const computeKw = (inputs.computePowerW * inputs.survivingFraction) / W_PER_KW;
  const recovery = capitalRecoveryFactor(inputs.discountRate, inputs.lifetimeYears);
  const launchCapexUsd = inputs.massKg * inputs.launchPriceUsdPerKg;
  const launchUsdPerKwYear = (launchCapexUsd * recovery) / computeKw;
  const hardwareUsdPerKwYear = (inputs.hardwareUsd * recovery) / computeKw;
  const operationsUsdPerKwYear = (inputs.hardwareUsd * inputs.operationsFractionPerYear) / computeKw;
  const replacementUsdPerKwYear =
    (inputs.satelliteFailuresPerYear * (launchCapexUsd + inputs.hardwareUsd) +
      (1 - inputs.survivingFraction) * inputs.chipUsdPerW * inputs.computePowerW * recovery) /
    computeKw;
  const totalUsdPerKwYear =
    launchUsdPerKwYear +
    hardwareUsdPerKwYear +
    operationsUsdPerKwYear +
    replacementUsdPerKwYear +
    inputs.nreUsdPerKwYear +
    inputs.carbonUsdPerKwYear;
  return {
    launchUsdPerKwYear,
    hardwareUsdPerKwYear,
    operationsUsdPerKwYear,
    replacementUsdPerKwYear,
    nreUsdPerKwYear: inputs.nreUsdPerKwYear,
    carbonUsdPerKwYear: inputs.carbonUsdPerKwYear,
    totalUsdPerKwYear,
  };
}
