import type { Scenario } from '../scenario/schema.ts';
import { evaluateDelivered, type DeliveredEvaluation } from './delivered.ts';
import { evaluateDownlink, type DownlinkEvaluation } from './downlink.ts';
import { evaluateEconomics, type EconomicsEvaluation } from './economics.ts';
import { evaluateFormation, type FormationEvaluation } from './formation.ts';
import { evaluateLinks, type LinksEvaluation } from './links.ts';
import { evaluateStationKeepingEstimate, type StationKeepingEstimate } from './stationKeeping.ts';
import { evaluateOrbit, type OrbitEvaluation } from './orbit.ts';
import {
  evaluateSatellite,
  type ComputeEvaluation,
  type MassEvaluation,
  type PowerEvaluation,
  type RadiationEvaluation,
  type ThermalEvaluation,
} from './satellite.ts';

/**
 * Everything Solstice computes for one scenario: plain data that the CLI prints
 * (`solstice eval --json`), the app draws and tests check. Each block comes
 * from one domain evaluator; the JSON keys are a public contract (docs/contract.md).
 */
export interface Evaluation {
  readonly scenario: { readonly name: string | undefined; readonly year: number };
  readonly orbit: OrbitEvaluation;
  readonly power: PowerEvaluation;
  readonly thermal: ThermalEvaluation;
  readonly radiation: RadiationEvaluation;
  readonly compute: ComputeEvaluation;
  readonly mass: MassEvaluation;
  readonly economics: EconomicsEvaluation;
  readonly links: LinksEvaluation;
  readonly formation: FormationEvaluation;
  /** Differential drag and the station keeping it costs (closed form; `solstice formation --control` integrates it). */
  readonly stationKeeping: StationKeepingEstimate;
  readonly downlink: DownlinkEvaluation;
  readonly delivered: DeliveredEvaluation;
}

/**
 * Evaluates a validated scenario. Pure: the same scenario always gives the same result.
 * @example
 * ```ts
 * const evaluation = evaluateScenario(loadScenario({ preset: 'suncatcher' }));
 * evaluation.orbit.periodS; // 5,864 s at 650 km
 * ```
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const orbit = evaluateOrbit(scenario);
  // Evaluated before economics, which reads the same (memoised) satellite design.
  const { power, thermal, radiation, compute, mass } = evaluateSatellite(scenario, orbit);
  const economics = evaluateEconomics(scenario, orbit);
  const downlink = evaluateDownlink(scenario, orbit, compute.clusterLifetimeAverageDeliveredFlops, economics.scaleOut.clusters);
  return {
    scenario: { name: scenario.name, year: scenario.year },
    orbit,
    power,
    thermal,
    radiation,
    compute,
    mass,
    economics,
    links: evaluateLinks(scenario),
    formation: evaluateFormation(scenario),
    stationKeeping: evaluateStationKeepingEstimate(scenario),
    downlink,
    delivered: evaluateDelivered(compute, downlink, economics.orbitalUsdPerKwYear, economics.deliveredItFraction),
  };
}

export type { DeliveredEvaluation, DownlinkEvaluation, ComputeEvaluation, EconomicsEvaluation, FormationEvaluation, LinksEvaluation, MassEvaluation, OrbitEvaluation, PowerEvaluation, RadiationEvaluation, ThermalEvaluation };
