import type { Scenario } from '../scenario/schema.ts';
import { groundCost, orbitalCostInYear, perFlopMetrics } from './economicsModel.ts';
import { usdPerEflop } from './footprint.ts';
import { scenarioEconomics } from './scenarioEconomics.ts';

/** Orbit against ground for one scenario in one year, on the delivered-IT basis (docs/economics.md). */
export interface CostSnapshot {
  readonly year: number;
  /** Full orbital cost per kW of delivered IT power per year, USD/kW/year. */
  readonly orbitalUsdPerKwYear: number;
  /** Full ground cost per kW of IT load per year, USD/kW/year. */
  readonly groundUsdPerKwYear: number;
  /** Full orbital cost per delivered exaFLOP (10^18 FLOP at the scenario's utilisation), USD/EFLOP. */
  readonly orbitalUsdPerEflop: number;
  /** Full ground cost per delivered exaFLOP, USD/EFLOP. */
  readonly groundUsdPerEflop: number;
  /** Orbital over ground full cost (the same per kW-year and per EFLOP). */
  readonly orbitToGroundCostRatio: number;
  /** Orbital lifecycle emissions, kgCO2e/FLOP. */
  readonly orbitalCarbonPerFlopKgCo2e: number;
  /** Ground lifecycle emissions, kgCO2e/FLOP. */
  readonly groundCarbonPerFlopKgCo2e: number;
}

/**
 * The costs and carbon of a validated scenario in `year`: `orbitalCostInYear`,
 * `groundCost` and `perFlopMetrics` of its economics model, per kW-year and per
 * EFLOP (`usdPerEflop`). The one snapshot `compare` and `ladder` rank by.
 */
export function costSnapshot(scenario: Scenario, year: number = scenario.year): CostSnapshot {
  const { model } = scenarioEconomics(scenario);
  const orbital = orbitalCostInYear(model, year).totalUsdPerKwYear;
  const ground = groundCost(model, year).totalUsdPerKwYear;
  const perFlop = perFlopMetrics(model, year);
  return {
    year,
    orbitalUsdPerKwYear: orbital,
    groundUsdPerKwYear: ground,
    orbitalUsdPerEflop: usdPerEflop(orbital, model.chip),
    groundUsdPerEflop: usdPerEflop(ground, model.chip),
    orbitToGroundCostRatio: orbital / ground,
    orbitalCarbonPerFlopKgCo2e: perFlop.orbitalCarbonPerFlopKgCo2e,
    groundCarbonPerFlopKgCo2e: perFlop.groundCarbonPerFlopKgCo2e,
  };
}
