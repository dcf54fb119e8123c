import { W_PER_KW } from '../constants.ts';
import { capitalRecoveryFactor } from './amortisation.ts';
import { groundChipsUsdPerKwYear, type GroundChipPolicy } from './chipAccounting.ts';
import { groundPowerUsdPerKwYear } from '../ground/groundPower.ts';

/** A ground datacenter's cost inputs per kW of accelerator (IT) power. */
export interface GroundCostInputs {
  /** Grid electricity price, USD/kWh. */
  readonly electricityUsdPerKwh: number;
  /** Power usage effectiveness, facility power / IT power, >= 1. */
  readonly powerUsageEffectiveness: number;
  /** Host CPU, memory and network power per W of accelerator (as in orbit), dimensionless. */
  readonly hostOverheadFraction: number;
  /** Build cost of the facility (building, power and cooling plant), USD per kW of IT load (accelerators and hosts). */
  readonly facilityCapexUsdPerKw: number;
  /** Life of the facility, years. */
  readonly facilityLifetimeYears: number;
  /** Accelerator hard failures per chip per year, replaced, 1/year. */
  readonly chipFailuresPerYear: number;
  /** Chip cost per watt of chip power, USD/W. */
  readonly chipUsdPerW: number;
  /** Service life of a chip, years. */
  readonly chipLifetimeYears: number;
  /** How chips are bought and retired. */
  readonly chipPolicy: GroundChipPolicy;
  /** Annual discount rate for amortising capital (0: straight line). */
  readonly discountRate: number;
  /** Carbon cost, USD/kW/year (carbon price x lifecycle emissions per kW-year). */
  readonly carbonUsdPerKwYear: number;
}

/** Ground cost per kW of accelerator power per year, by component, USD/kW/year. */
export interface GroundCostBreakdown {
  /** Electricity for accelerators, hosts and facility: price x 8,760 h x PUE x (1 + f_host). */
  readonly electricityUsdPerKwYear: number;
  /** Facility capex x CRF x (1 + f_host). */
  readonly facilityUsdPerKwYear: number;
  /** Chips bought, amortised over their life, failures included (`groundChipsUsdPerKwYear`). */
  readonly chipsUsdPerKwYear: number;
  /**
   * The part of `chipsUsdPerKwYear` that failures add over a chip bought once per life.
   * Kept under its old JSON key (until this change it was f x chip USD/W x 1,000, failures only, and the ground paid no chips otherwise).
   */
  readonly chipReplacementUsdPerKwYear: number;
  readonly carbonUsdPerKwYear: number;
  /** Everything but the chips, USD/kW/year. */
  readonly infrastructureUsdPerKwYear: number;
  readonly totalUsdPerKwYear: number;
}

/**
 * Cost of one kW of accelerator power on the ground for a year, on the same
 * basis as orbit: electricity x 8,760 h x PUE (`groundPowerUsdPerKwYear`, the
 * paper's band) and facility capex x capital recovery factor, both for the
 * accelerator with its host share (1 + f_host), plus the chips
 * (`groundChipsUsdPerKwYear`) and the carbon cost.
 * @returns USD per kW of accelerator power per year, by component
 */
export function groundCostBreakdown(inputs: GroundCostInputs): GroundCostBreakdown {
  const itLoadPerAcceleratorKw = 1 + inputs.hostOverheadFraction;
  const electricityUsdPerKwYear = groundPowerUsdPerKwYear(inputs.electricityUsdPerKwh, inputs.powerUsageEffectiveness) * itLoadPerAcceleratorKw;
  const facilityUsdPerKwYear =
    inputs.facilityCapexUsdPerKw * capitalRecoveryFactor(inputs.discountRate, inputs.facilityLifetimeYears) * itLoadPerAcceleratorKw;
  const chipUsdPerKw = inputs.chipUsdPerW * W_PER_KW;
  const chipsUsdPerKwYear = groundChipsUsdPerKwYear(
    inputs.chipPolicy,
    chipUsdPerKw,
    inputs.chipFailuresPerYear,
    inputs.chipLifetimeYears,
    inputs.discountRate,
  );
  const chipsWithoutFailures = groundChipsUsdPerKwYear(inputs.chipPolicy, chipUsdPerKw, 0, inputs.chipLifetimeYears, inputs.discountRate);
  const infrastructureUsdPerKwYear = electricityUsdPerKwYear + facilityUsdPerKwYear + inputs.carbonUsdPerKwYear;
  return {
    electricityUsdPerKwYear,
    facilityUsdPerKwYear,
    chipsUsdPerKwYear,
    chipReplacementUsdPerKwYear: chipsUsdPerKwYear - chipsWithoutFailures,
    carbonUsdPerKwYear: inputs.carbonUsdPerKwYear,
    infrastructureUsdPerKwYear,
    totalUsdPerKwYear: infrastructureUsdPerKwYear + chipsUsdPerKwYear,
  };
}
