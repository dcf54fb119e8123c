import { resolveSatelliteScenario, type ResolvedSatelliteScenario, type SatelliteDesign } from '../resolve/satellite.ts';
import type { Scenario } from '../scenario/schema.ts';
import { evaluateCompute, type ComputeEvaluation } from './compute.ts';
import { evaluateMass, type MassEvaluation } from './mass.ts';
import { evaluatePower, type PowerEvaluation } from './power.ts';
import { evaluateRadiation, type RadiationEvaluation } from './radiation.ts';
import { evaluateThermal, type ThermalEvaluation } from './thermal.ts';

/** The satellite as a system: the blocks `power`, `thermal`, `radiation`, `compute`, `mass`. */
export interface SatelliteEvaluation {
  readonly design: SatelliteDesign;
  readonly power: PowerEvaluation;
  readonly thermal: ThermalEvaluation;
  readonly radiation: RadiationEvaluation;
  readonly compute: ComputeEvaluation;
  readonly mass: MassEvaluation;
}

/** The five subsystem blocks of a resolved satellite, one evaluator each. */
export function satelliteBlocks(resolved: ResolvedSatelliteScenario): SatelliteEvaluation {
  return {
    design: resolved.satellite.design,
    power: evaluatePower(resolved),
    thermal: evaluateThermal(resolved),
    radiation: evaluateRadiation(resolved),
    compute: evaluateCompute(resolved),
    mass: evaluateMass(resolved),
  };
}

/**
 * Evaluates one satellite as a system: power from the solar array and the
 * orbit's sunlight (sunlit fraction and longest eclipse), the radiator, the
 * dose behind the shield, the accelerators the power budget carries, and the
 * mass. Pure: the result depends only on the scenario.
 */
export function evaluateSatellite(scenario: Scenario): SatelliteEvaluation {
  return satelliteBlocks(resolveSatelliteScenario(scenario));
}

/**
 * The satellite design a scenario describes: the mass and power every other
 * model must use (`resolveSatellite`: explicit, else from the given array,
 * else the paper's Starlink v2 mini).
 */
export function resolveSatelliteDesign(scenario: Scenario): SatelliteDesign {
  return resolveSatelliteScenario(scenario).satellite.design;
}
