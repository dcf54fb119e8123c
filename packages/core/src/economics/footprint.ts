import { SECONDS_PER_COMMERCIAL_YEAR, W_PER_KW } from '../constants.ts';
import { groundChipPurchasesPerSlotYear, type GroundChipPolicy } from './chipAccounting.ts';

/** A chip's power and delivered throughput. */
export interface ChipThroughput {
  /** Chip power, W. */
  readonly chipPowerW: number;
  /** Peak throughput, FLOP/s. */
  readonly chipPeakFlops: number;
  /** Fraction of peak delivered on average (model FLOP utilisation), 0 to 1. */
  readonly utilization: number;
}

/** Energy and emissions per kW of IT power per year, J and kgCO2e. */
export interface Footprint {
  /** Energy spent operating (grid electricity on the ground, sunlight-derived electricity in orbit), J/kW/year. */
  readonly operationalEnergyJPerKwYear: number;
  /** Embodied energy (manufacture and launch) amortised, J/kW/year. */
  readonly embodiedEnergyJPerKwYear: number;
  /** Emissions of operating, kgCO2e/kW/year. */
  readonly operationalCarbonKgPerKwYear: number;
  /** Embodied emissions amortised, kgCO2e/kW/year. */
  readonly embodiedCarbonKgPerKwYear: number;
}

/** Embodied energy and carbon of one item, J and kgCO2e. */
export interface Embodied {
  readonly energyJ: number;
  readonly carbonKg: number;
}

/**
 * FLOPs one kW of IT power delivers in a 8,760 h year:
 * (1,000 W / P_chip) x peak x utilisation x 3.1536e7 s.
 * @returns FLOP per kW per year
 */
export function flopsPerKwYear(chip: ChipThroughput): number {
  return (W_PER_KW / chip.chipPowerW) * chip.chipPeakFlops * chip.utilization * SECONDS_PER_COMMERCIAL_YEAR;
}

/**
 * A per-kW-year flow expressed per delivered FLOP: value / flopsPerKwYear. For
 * ground operational energy this is P_chip (1 + f_host) PUE / (peak x utilisation); in orbit,
 * P_chip (P_sat / P_IT) / (peak x utilisation).
 * @param valuePerKwYear J or kgCO2e per kW of IT per year
 * @returns J or kgCO2e per FLOP
 */
export function perFlop(valuePerKwYear: number, chip: ChipThroughput): number {
  return valuePerKwYear / flopsPerKwYear(chip);
}

/** FLOP in an exaFLOP. */
const FLOP_PER_EFLOP = 1e18;

/**
 * A cost per kW-year of accelerator power expressed per delivered exaFLOP:
 * 10^18 x cost / flopsPerKwYear. For the same chip it is a fixed multiple of the
 * cost per kW-year, so an orbit/ground ratio is the same on either basis.
 * @param usdPerKwYear USD per kW of delivered accelerator power per year
 * @returns USD per 10^18 FLOP delivered
 */
export function usdPerEflop(usdPerKwYear: number, chip: ChipThroughput): number {
  return perFlop(usdPerKwYear, chip) * FLOP_PER_EFLOP;
}

/** What one satellite is made of and how long it lasts, for its lifecycle footprint. */
export interface OrbitalFootprintInputs {
  readonly massKg: number;
  /** Electrical power of the satellite (array rating), W. */
  readonly powerW: number;
  /** Power of the accelerators when all work, W. */
  readonly computePowerW: number;
  /** Life-averaged delivered over installed IT power (chip failures, power derating), 0 to 1. */
  readonly deliveredItFraction: number;
  readonly lifetimeYears: number;
  readonly satelliteFailuresPerYear: number;
  readonly chipPowerW: number;
  /** One chip with its memory. */
  readonly chip: Embodied;
  /** Solar array, per W of rating: J/W and kgCO2e/W. */
  readonly arrayPerW: Embodied;
  /** Satellite bus, per kg of launch mass: J/kg and kgCO2e/kg. */
  readonly busPerKg: Embodied;
  /** Launch, per kg delivered to orbit: J/kg and kgCO2e/kg. */
  readonly launchPerKg: Embodied;
}

/**
 * Lifecycle footprint of orbital compute per kW of delivered IT power per
 * year. Per satellite, embodied E_sat = n_chip E_chip + P_sat e_array +
 * m (e_bus + e_launch); per year it is E_sat (1 / life + f_sat) (failed
 * satellites replaced); operational energy is the satellite's electrical
 * output P_sat x 1 year (sunlight, no emissions). All are divided by the
 * delivered IT power P_IT f in kW (f: life-averaged delivered IT fraction,
 * `deliveredItFractionOverLife`: chips are not repaired, a derated array starves them).
 */
export function orbitalFootprint(inputs: OrbitalFootprintInputs): Footprint {
  const computeKw = (inputs.computePowerW * inputs.deliveredItFraction) / W_PER_KW;
  const chips = inputs.computePowerW / inputs.chipPowerW;
  const perYear = (item: (embodied: Embodied) => number): number => {
    const satellite =
      chips * item(inputs.chip) +
      inputs.powerW * item(inputs.arrayPerW) +
      inputs.massKg * (item(inputs.busPerKg) + item(inputs.launchPerKg));
    return (satellite * (1 / inputs.lifetimeYears + inputs.satelliteFailuresPerYear)) / computeKw;
  };
  return {
    operationalEnergyJPerKwYear: (inputs.powerW * SECONDS_PER_COMMERCIAL_YEAR) / computeKw,
    embodiedEnergyJPerKwYear: perYear((embodied) => embodied.energyJ),
    operationalCarbonKgPerKwYear: 0,
    embodiedCarbonKgPerKwYear: perYear((embodied) => embodied.carbonKg),
  };
}

/** A ground datacenter's make-up, for its lifecycle footprint per kW of IT. */
export interface GroundFootprintInputs {
  readonly powerUsageEffectiveness: number;
  /** Host power per W of accelerator (as in orbit), dimensionless. */
  readonly hostOverheadFraction: number;
  /** How chips are bought and retired (`groundChipPurchasesPerSlotYear`). */
  readonly chipPolicy: GroundChipPolicy;
  /** Grid carbon intensity, kgCO2e/J. */
  readonly gridKgCo2ePerJ: number;
  readonly chipPowerW: number;
  /** Accelerator hard failures per chip per year, replaced, 1/year. */
  readonly chipFailuresPerYear: number;
  /** Service life of the chips, years. */
  readonly hardwareLifetimeYears: number;
  readonly facilityLifetimeYears: number;
  /** One chip with its memory. */
  readonly chip: Embodied;
  /** Building and plant per kW of IT: J/kW and kgCO2e/kW. */
  readonly facilityPerKw: Embodied;
}

/**
 * Lifecycle footprint of ground compute per kW of accelerator power per year:
 * operational energy 1 kW x (1 + f_host) x PUE x 1 year at the grid's
 * intensity, plus chips (1,000 W / P_chip slots, bought at
 * `groundChipPurchasesPerSlotYear` under the chip policy), and the facility
 * (sized for accelerators and hosts) over its life.
 */
export function groundFootprint(inputs: GroundFootprintInputs): Footprint {
  const itLoadPerAcceleratorKw = 1 + inputs.hostOverheadFraction;
  const operationalEnergyJPerKwYear = W_PER_KW * itLoadPerAcceleratorKw * inputs.powerUsageEffectiveness * SECONDS_PER_COMMERCIAL_YEAR;
  const chips = W_PER_KW / inputs.chipPowerW;
  const purchasesPerSlotYear = groundChipPurchasesPerSlotYear(inputs.chipPolicy, inputs.chipFailuresPerYear, inputs.hardwareLifetimeYears);
  const perYear = (item: (embodied: Embodied) => number): number =>
    chips * item(inputs.chip) * purchasesPerSlotYear + (item(inputs.facilityPerKw) * itLoadPerAcceleratorKw) / inputs.facilityLifetimeYears;
  return {
    operationalEnergyJPerKwYear,
    embodiedEnergyJPerKwYear: perYear((embodied) => embodied.energyJ),
    operationalCarbonKgPerKwYear: operationalEnergyJPerKwYear * inputs.gridKgCo2ePerJ,
    embodiedCarbonKgPerKwYear: perYear((embodied) => embodied.carbonKg),
  };
}

/** Lifecycle energy per kW-year: operational + embodied, J/kW/year. */
export function lifecycleEnergyJPerKwYear(footprint: Footprint): number {
  return footprint.operationalEnergyJPerKwYear + footprint.embodiedEnergyJPerKwYear;
}

/** Lifecycle emissions per kW-year: operational + embodied, kgCO2e/kW/year. */
export function lifecycleCarbonKgPerKwYear(footprint: Footprint): number {
  return footprint.operationalCarbonKgPerKwYear + footprint.embodiedCarbonKgPerKwYear;
}
