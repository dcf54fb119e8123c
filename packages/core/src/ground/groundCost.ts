import { W_PER_KW } from '../constants.ts';
import { capitalRecoveryFactor } from '../economics/amortisation.ts';
import { groundPowerUsdPerKwYear } from './groundPower.ts';

/** A ground datacenter's cost inputs per kW of IT load. */
export interface GroundCostInputs {
  /** Grid electricity price, USD/kWh. */
  readonly electricityUsdPerKwh: number;
  /** Power usage effectiveness, facility power / IT power, >= 1. */
  readonly powerUsageEffectiveness: number;
  /** Build cost of the facility (building, power and cooling plant), USD per kW of IT. */
  readonly facilityCapexUsdPerKw: number;
  /** Life of the facility, years. */
  readonly facilityLifetimeYears: number;
  /** Accelerator hard failures per chip per year, replaced, 1/year. */
  readonly chipFailuresPerYear: number;
  /** Chip cost per watt of chip power, USD/W. */
  readonly chipUsdPerW: number;
  /** Annual discount rate for amortising capital (0: straight line). */
  readonly discountRate: number;
  /** Carbon cost, USD/kW/year (carbon price x lifecycle emissions per kW-year). */
  readonly carbonUsdPerKwYear: number;
}

/** Ground cost per kW of IT load per year, by component, USD/kW/year. */
export interface GroundCostBreakdown {
  readonly electricityUsdPerKwYear: number;
  readonly facilityUsdPerKwYear: number;
  /** Failed chips replaced, f x chip cost per kW. */
  readonly chipReplacementUsdPerKwYear: number;
  readonly carbonUsdPerKwYear: number;
  readonly totalUsdPerKwYear: number;
}

/**
 * Cost of one kW of IT load on the ground for a year: electricity x 8,760 h x
 * PUE (`groundPowerUsdPerKwYear`, the paper's band) + facility capex x capital
 * recovery factor over its life + failed chips replaced (f x chip USD/W x
 * 1,000 W) + carbon cost.
 * @returns USD per kW of IT load per year, by component
 */
export function groundCostBreakdown(inputs: GroundCostInputs): GroundCostBreakdown {
  const electricityUsdPerKwYear = groundPowerUsdPerKwYear(inputs.electricityUsdPerKwh, inputs.powerUsageEffectiveness);
  const facilityUsdPerKwYear =
    inputs.facilityCapexUsdPerKw * capitalRecoveryFactor(inputs.discountRate, inputs.facilityLifetimeYears);
  const chipReplacementUsdPerKwYear = inputs.chipFailuresPerYear * inputs.chipUsdPerW * W_PER_KW;
  return {
    electricityUsdPerKwYear,
    facilityUsdPerKwYear,
    chipReplacementUsdPerKwYear,
    carbonUsdPerKwYear: inputs.carbonUsdPerKwYear,
    totalUsdPerKwYear: electricityUsdPerKwYear + facilityUsdPerKwYear + chipReplacementUsdPerKwYear + inputs.carbonUsdPerKwYear,
  };
}
