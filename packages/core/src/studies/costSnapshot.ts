import { downlinkLimitedCost } from '../evaluate/delivered.ts';
import { scenarioDownlinkFactor } from '../evaluate/downlink.ts';
import type { Scenario } from '../scenario/schema.ts';
import { groundCost, orbitalCostInYear, perFlopMetrics } from '../economics/economicsModel.ts';
import { usdPerEflop } from '../economics/footprint.ts';
import { scenarioEconomics } from '../resolve/economics.ts';

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
  /**
   * The downlink factor of the delivered waterfall (docs/downlink.md): the share
   * of the orbital compute whose results the ground link carries, 0 to 1.
   */
  readonly downlinkFactor: number;
  /**
   * Orbital cost per EFLOP whose results reach Earth: orbitalUsdPerEflop /
   * downlinkFactor, USD/EFLOP (equal to orbitalUsdPerEflop when the link keeps up).
   */
  readonly orbitalUsdPerDeliveredEflop: number;
  /**
   * orbitalUsdPerDeliveredEflop over groundUsdPerEflop (a ground datacenter's
   * results reach its users over fibre): the ratio the ladder climbs.
   */
  readonly orbitToGroundDeliveredCostRatio: number;
  /** Orbital lifecycle emissions, kgCO2e/FLOP. */
  readonly orbitalCarbonPerFlopKgCo2e: number;
  /** Ground lifecycle emissions, kgCO2e/FLOP. */
  readonly groundCarbonPerFlopKgCo2e: number;
}

/**
 * The costs and carbon of a validated scenario in `year`: `orbitalCostInYear`,
 * `groundCost` and `perFlopMetrics` of its economics model, per kW-year and per
 * EFLOP (`usdPerEflop`), and per EFLOP that reaches Earth (divided by the
 * downlink factor, `scenarioDownlinkFactor`). The one snapshot `compare` and
 * `ladder` rank by. The per-kW-year figures and `orbitToGroundCostRatio` keep
 * the meaning of `economics.*` (IT power delivered in orbit, downlink aside).
 */
export function costSnapshot(scenario: Scenario, year: number = scenario.year): CostSnapshot {
  const { model } = scenarioEconomics(scenario);
  const orbital = orbitalCostInYear(model, year).totalUsdPerKwYear;
  const ground = groundCost(model, year).totalUsdPerKwYear;
  const perFlop = perFlopMetrics(model, year);
  const orbitalUsdPerEflop = usdPerEflop(orbital, model.chip);
  const groundUsdPerEflop = usdPerEflop(ground, model.chip);
  const downlinkFactor = scenarioDownlinkFactor(scenario.year === year ? scenario : { ...scenario, year });
  const orbitalUsdPerDeliveredEflop = downlinkLimitedCost(orbitalUsdPerEflop, downlinkFactor);
  return {
    year,
    orbitalUsdPerKwYear: orbital,
    groundUsdPerKwYear: ground,
    orbitalUsdPerEflop,
    groundUsdPerEflop,
    orbitToGroundCostRatio: orbital / ground,
    downlinkFactor,
    orbitalUsdPerDeliveredEflop,
    orbitToGroundDeliveredCostRatio: orbitalUsdPerDeliveredEflop / groundUsdPerEflop,
    orbitalCarbonPerFlopKgCo2e: perFlop.orbitalCarbonPerFlopKgCo2e,
    groundCarbonPerFlopKgCo2e: perFlop.groundCarbonPerFlopKgCo2e,
  };
}
