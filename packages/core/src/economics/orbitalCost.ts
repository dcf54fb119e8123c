import { W_PER_KW } from '../constants.ts';
import { capitalRecoveryFactor } from './amortisation.ts';
import { orbitalChipsUsdPerKwYear } from './chipAccounting.ts';

/** One satellite's costs in a given launch year, SI units and USD. */
export interface OrbitalCostInputs {
  /** Launch mass of one satellite, kg. */
  readonly massKg: number;
  /** Power of the accelerators (IT load) of one satellite when all work, W. */
  readonly computePowerW: number;
  /**
   * Life-averaged delivered over installed IT power (failed chips are not
   * repaired in orbit, and a derated array starves the rest; `deliveredItFractionOverLife`),
   * 0 to 1: costs are per kW of IT power delivered.
   */
  readonly deliveredItFraction: number;
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
  /** Chip cost per watt of chip power, USD/W (all chips bought at launch, never replaced). */
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
  /** Failed satellites replaced (launch and hardware; their chips are in `chipsUsdPerKwYear`). */
  readonly replacementUsdPerKwYear: number;
  /** Chip capital per delivered kW: C (CRF + f_sat) / f (`orbitalChipsUsdPerKwYear`). */
  readonly chipsUsdPerKwYear: number;
  readonly nreUsdPerKwYear: number;
  readonly carbonUsdPerKwYear: number;
  /** Everything but the chips (the basis of the paper's Table 1 comparison), USD/kW/year. */
  readonly infrastructureUsdPerKwYear: number;
  readonly totalUsdPerKwYear: number;
}

/**
 * Cost of one kW of delivered IT power in orbit for a year: launch (m x price)
 * and hardware amortised with the capital recovery factor over the life,
 * operations as a fraction of hardware per year, failed satellites replaced
 * (f_sat (launch + hardware) per year), the chips (`orbitalChipsUsdPerKwYear`),
 * NRE and carbon cost, each divided by the delivered IT power P_IT f
 * (f: life-averaged delivered IT fraction). With zero hardware, chips,
 * failures, operations and discount and IT power equal to satellite power this
 * is the Suncatcher paper's Table 1 launched-power price.
 * @returns USD per kW of delivered IT power per year, by component
 */
export function orbitalCostBreakdown(inputs: OrbitalCostInputs): OrbitalCostBreakdown {
  const computeKw = (inputs.computePowerW * inputs.deliveredItFraction) / W_PER_KW;
  const recovery = capitalRecoveryFactor(inputs.discountRate, inputs.lifetimeYears);
  const launchCapexUsd = inputs.massKg * inputs.launchPriceUsdPerKg;
  const launchUsdPerKwYear = (launchCapexUsd * recovery) / computeKw;
  const hardwareUsdPerKwYear = (inputs.hardwareUsd * recovery) / computeKw;
  const operationsUsdPerKwYear = (inputs.hardwareUsd * inputs.operationsFractionPerYear) / computeKw;
  const replacementUsdPerKwYear = (inputs.satelliteFailuresPerYear * (launchCapexUsd + inputs.hardwareUsd)) / computeKw;
  const chipsUsdPerKwYear = orbitalChipsUsdPerKwYear(
    inputs.chipUsdPerW * W_PER_KW,
    inputs.lifetimeYears,
    inputs.discountRate,
    inputs.satelliteFailuresPerYear,
    inputs.deliveredItFraction,
  );
  const infrastructureUsdPerKwYear =
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
    chipsUsdPerKwYear,
    nreUsdPerKwYear: inputs.nreUsdPerKwYear,
    carbonUsdPerKwYear: inputs.carbonUsdPerKwYear,
    infrastructureUsdPerKwYear,
    totalUsdPerKwYear: infrastructureUsdPerKwYear + chipsUsdPerKwYear,
  };
}
