import { resolveScenario, type ResolvedScenario } from '../resolve/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { evaluateDelivered, type DeliveredEvaluation } from './delivered.ts';
import { evaluateDownlink, type DownlinkEvaluation } from './downlink.ts';
import { economicsBlock, type EconomicsEvaluation } from './economics.ts';
import { formationBlock, type FormationEvaluation } from './formation.ts';
import { linksBlock, type LinksEvaluation } from './links.ts';
import { stationKeepingBlock, type StationKeepingEstimate } from './stationKeeping.ts';
import { orbitBlock, type OrbitEvaluation } from './orbit.ts';
import type { ComputeEvaluation } from './compute.ts';
import type { MassEvaluation } from './mass.ts';
import type { PowerEvaluation } from './power.ts';
import type { RadiationEvaluation } from './radiation.ts';
import { satelliteBlocks } from './satellite.ts';
import type { ThermalEvaluation } from './thermal.ts';

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
  return evaluateResolved(resolveScenario(scenario));
}

/** The evaluation of a resolved scenario: each block a reducer over the resolved inputs. */
export function evaluateResolved(resolved: ResolvedScenario): Evaluation {
  const { scenario } = resolved;
  const { power, thermal, radiation, compute, mass } = satelliteBlocks(resolved);
  const economics = economicsBlock(scenario, resolved.economics);
  const downlink = evaluateDownlink(scenario, resolved.orbit, compute.clusterLifetimeAverageDeliveredFlops, economics.scaleOut.clusters, resolved.downlink);
  return {
    scenario: { name: scenario.name, year: scenario.year },
    orbit: orbitBlock(resolved.orbit, resolved.sunlight),
    power,
    thermal,
    radiation,
    compute,
    mass,
    economics,
    links: linksBlock(resolved.network, resolved.formation.design, scenario.links.terminalsPerSatellite),
    formation: formationBlock(resolved.formation.design),
    stationKeeping: stationKeepingBlock(resolved),
    downlink,
    delivered: evaluateDelivered(compute, downlink, economics.orbitalUsdPerKwYear, economics.deliveredItFraction),
  };
}
