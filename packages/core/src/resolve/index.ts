/**
 * The model-assembly tier (issue 15): a validated scenario becomes, once,
 * every model input in SI with defaults and reference figures applied. Kernels take these
 * plain inputs; the evaluators in `evaluate/` are reducers over them.
 * Tiers: kernels -> resolve -> evaluate -> entry points (eslint.config.js).
 */
import type { ClusterNetworkInput } from '../links/clusterNetwork.ts';
import type { AnnualSunlight } from '../orbit/sunlight.ts';
import type { Scenario } from '../scenario/schema.ts';
import { resolveEconomics, type ResolvedEconomics } from './economics.ts';
import { resolveDownlink, type ResolvedDownlink } from './downlink.ts';
import type { ResolvedEnvironment } from './environment.ts';
import { resolveFormation, type ResolvedFormation } from './formation.ts';
import { scenarioClusterNetworkInput } from './links.ts';
import type { ResolvedOrbit } from './orbit.ts';
import { resolveSatelliteScenario, type ResolvedSatellite } from './satellite.ts';

/** Every model input of a scenario, resolved once (SI units, defaults and reference figures applied). */
export interface ResolvedScenario {
  /** The validated scenario the inputs were resolved from. */
  readonly scenario: Scenario;
  /** Reference orbit: semi-major axis, sun-synchronous inclination, J2 node rate, epoch. */
  readonly orbit: ResolvedOrbit;
  /** The orbit's sunlight over the scenario year. */
  readonly sunlight: AnnualSunlight;
  /** Drag and solar radiation pressure on the worst satellite. */
  readonly environment: ResolvedEnvironment;
  /** The satellite design and the subsystem sizes behind it. */
  readonly satellite: ResolvedSatellite;
  /** The economics model, its scale-out and its ASCEND-launcher variant. */
  readonly economics: ResolvedEconomics;
  /** The J2-corrected formation design and its epoch. */
  readonly formation: ResolvedFormation;
  /** The optical network's inputs over one orbit: link graph, cuts, terminals, wavelength plan, positions. */
  readonly network: ClusterNetworkInput;
  /** Ground stations, the workload's traffic and the terminal rate. */
  readonly downlink: ResolvedDownlink;
}

/**
 * Resolves a validated scenario into every model input, each computed once.
 * @example
 * ```ts
 * const resolved = resolveScenario(loadScenario({ preset: 'suncatcher' }));
 * resolved.orbit.semiMajorAxisM; // 7,028,137 m at 650 km
 * ```
 */
export function resolveScenario(scenario: Scenario): ResolvedScenario {
  const satelliteScenario = resolveSatelliteScenario(scenario);
  const formation = resolveFormation(scenario, satelliteScenario.orbit);
  return {
    ...satelliteScenario,
    economics: resolveEconomics(scenario, satelliteScenario.satellite.design),
    formation,
    network: scenarioClusterNetworkInput(scenario, satelliteScenario.orbit, formation.design),
    downlink: resolveDownlink(scenario),
  };
}

export type { ResolvedEconomics } from './economics.ts';
export type { ResolvedDownlink, ResolvedStation } from './downlink.ts';
export type { ResolvedEnvironment, SunInFormationFrame } from './environment.ts';
export type { ResolvedFormation } from './formation.ts';
export type { ResolvedOrbit } from './orbit.ts';
export type { ResolvedRadiator, ResolvedSatellite, ResolvedSatelliteScenario } from './satellite.ts';
