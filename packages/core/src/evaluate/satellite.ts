import { W_PER_KW } from '../constants.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The mass and electrical power of one satellite that every other model uses
 * (launch cost, power price, cluster compute).
 */
export interface SatelliteDesign {
  /** Launch mass of one satellite, kg. */
  readonly massKg: number;
  /** Electrical power of one satellite, W. */
  readonly powerW: number;
  /** Operating life, years. */
  readonly lifetimeYears: number;
}

/**
 * The satellite design a scenario describes. Precedence: an explicit
 * `satellite.massKg` / `satellite.powerKw` wins; otherwise the value is derived
 * from the solar array and the subsystems (README, section "The satellite as a
 * system").
 */
export function resolveSatelliteDesign(scenario: Scenario): SatelliteDesign {
  return {
    massKg: scenario.satellite.massKg,
    powerW: scenario.satellite.powerKw * W_PER_KW,
    lifetimeYears: scenario.satellite.lifetimeYears,
  };
}
