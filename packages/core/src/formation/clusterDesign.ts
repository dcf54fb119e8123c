import { M_PER_KM } from '../constants.ts';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formationDesign, type FormationDesign } from './design.ts';

/**
 * The cluster design of a validated scenario: `cluster.satellites`,
 * `cluster.radiusM` and `cluster.crossTrackAmplitudeM` on the circular
 * sun-synchronous reference orbit at `orbit.altitudeKm`.
 * @param scenario a validated scenario
 * @param j2Corrected J2 mean-rate design (default) or plain HCW
 */
export function clusterFormationDesign(scenario: Scenario, j2Corrected = true): FormationDesign {
  const semiMajorAxisM = circularSemiMajorAxisM(scenario.orbit.altitudeKm * M_PER_KM);
  return formationDesign({
    satellites: scenario.cluster.satellites,
    radiusM: scenario.cluster.radiusM,
    semiMajorAxisM,
    inclinationRad: sunSynchronousInclinationRad(semiMajorAxisM),
    crossTrackAmplitudeM: scenario.cluster.crossTrackAmplitudeM,
    j2Corrected,
  });
}
