import { formationDesign, type FormationDesign } from '../formation/design.ts';
import { formationEpochAt, type FormationEpoch } from '../formation/ephemeris.ts';
import type { Scenario } from '../scenario/schema.ts';
import { resolveOrbit, scenarioEpochUnixS, type ResolvedOrbit } from './orbit.ts';

/**
 * The cluster design of a validated scenario: `cluster.satellites`,
 * `cluster.radiusM` and `cluster.crossTrackAmplitudeM` on the circular
 * sun-synchronous reference orbit at `orbit.altitudeKm`.
 * @param scenario a validated scenario
 * @param j2Corrected J2 mean-rate design (default) or plain HCW
 * @param orbit the scenario's resolved orbit, when already resolved
 */
export function clusterFormationDesign(scenario: Scenario, j2Corrected = true, orbit: ResolvedOrbit = resolveOrbit(scenario)): FormationDesign {
  return formationDesign({
    satellites: scenario.cluster.satellites,
    radiusM: scenario.cluster.radiusM,
    semiMajorAxisM: orbit.semiMajorAxisM,
    inclinationRad: orbit.inclinationRad,
    crossTrackAmplitudeM: scenario.cluster.crossTrackAmplitudeM,
    j2Corrected,
  });
}

/**
 * The epoch and node of a scenario's reference orbit (`formationEpochAt`): the
 * epoch is `epochUnixS` when given (a CLI `--epoch`), else `orbit.epoch`, else
 * 00:00 UTC on 1 January of `year`; the node is placed from the LTAN at that epoch.
 */
export function formationEpoch(scenario: Scenario, design: FormationDesign, epochUnixS = scenarioEpochUnixS(scenario)): FormationEpoch {
  return formationEpochAt(design, scenario.orbit.ltanHours, epochUnixS);
}

/** The cluster's J2-corrected design and its epoch, resolved once. */
export interface ResolvedFormation {
  readonly design: FormationDesign;
  readonly epoch: FormationEpoch;
}

/** Resolves the scenario's J2-corrected formation design and its epoch on the resolved orbit. */
export function resolveFormation(scenario: Scenario, orbit: ResolvedOrbit): ResolvedFormation {
  const design = clusterFormationDesign(scenario, true, orbit);
  return { design, epoch: formationEpochAt(design, orbit.ltanHours, orbit.epochUnixS) };
}
