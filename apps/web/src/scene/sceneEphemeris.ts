import {
  clusterFormationDesign,
  eciDirectionToRic,
  formationEpoch,
  formationNodeRad,
  formationReferenceEci,
  greenwichApparentSiderealRad,
  inCylindricalShadow,
  ricAxesOf,
  sunUnitVectorEqj,
  type EciBuffer,
  type Evaluation,
  type FormationDesign,
  type FormationEpoch,
  type RicAxes,
  type Scenario,
  yearStartUnixS,
} from '@solstice/core';

/** Metres per scene unit in the Earth view (1 unit = 1 Mm). */
export const EARTH_VIEW_M_PER_UNIT = 1e6;

/**
 * Where things are at one simulated instant, in the J2000 equatorial frame
 * (precession since J2000, under 0.5 deg by 2040, is not drawn), every
 * position and frame from core: the cluster centre is core's formation
 * reference (`formationReferenceEci`: node and argument of latitude at the J2
 * rates, as the CZML, OEM and TLE exports), its RIC axes `ricAxesOf`, the Sun
 * `sunUnitVectorEqj`. One object is reused for every frame; `sceneEphemerisAt`
 * recomputes it when the time or the scenario changes, so all scene
 * components share one computation per frame.
 */
export interface SceneEphemeris {
  /** Simulated time since 1 January of the scenario year, s. */
  timeS: number;
  /** Unix time, s. */
  unixS: number;
  /** Unit vector to the Sun (core's `sunUnitVectorEqj`: astronomy-engine, with aberration). */
  readonly sunUnit: Float64Array;
  /** Greenwich apparent sidereal time: Earth's rotation angle, rad. */
  earthRotationRad: number;
  /** Right ascension of the ascending node, rad. */
  nodeRad: number;
  /** The cluster design and epoch (1 January 00:00 UTC of the scenario year) core propagates. */
  readonly design: FormationDesign;
  readonly epoch: FormationEpoch;
  /** ECI state of the first cluster's centre (x, y, z, vx, vy, vz), m and m/s. */
  readonly clusterStateEci: EciBuffer;
  /** Position of the first cluster's centre, m (the first three numbers of `clusterStateEci`). */
  readonly clusterPositionM: Float64Array;
  /** The first cluster's RIC axes as ECI unit vectors. */
  ricAxes: RicAxes;
  /** The Sun direction in the first cluster's RIC frame (core's `eciDirectionToRic`). */
  readonly sunRic: Float64Array;
  /** Whether the first cluster is in Earth's shadow. */
  clusterInShadow: boolean;
}

let ephemeris: SceneEphemeris | undefined;
let ephemerisEvaluation: Evaluation | undefined;

/** What the scene is drawn from: a validated scenario and its evaluation (a new evaluation for every change). */
export interface SceneCase {
  readonly scenario: Scenario;
  readonly evaluation: Evaluation;
}

function newSceneEphemeris(scenario: Scenario): SceneEphemeris {
  const design = clusterFormationDesign(scenario);
  const epoch = formationEpoch(scenario, design, yearStartUnixS(scenario.year));
  const clusterStateEci = formationReferenceEci(design, epoch, 0);
  return {
    timeS: Number.NaN,
    unixS: 0,
    sunUnit: new Float64Array(3),
    earthRotationRad: 0,
    nodeRad: 0,
    design,
    epoch,
    clusterStateEci,
    clusterPositionM: clusterStateEci.subarray(0, 3),
    ricAxes: ricAxesOf(clusterStateEci),
    sunRic: new Float64Array(3),
    clusterInShadow: false,
  };
}

/** The shared ephemeris at `timeS` (since 1 January 00:00 UTC of the scenario year) for an evaluated scenario. */
export function sceneEphemerisAt(current: SceneCase, timeS: number): SceneEphemeris {
  if (!ephemeris || current.evaluation !== ephemerisEvaluation) {
    ephemeris = newSceneEphemeris(current.scenario);
    ephemerisEvaluation = current.evaluation;
  } else if (timeS === ephemeris.timeS) {
    return ephemeris;
  }
  const { design, epoch, clusterStateEci, sunUnit } = ephemeris;
  ephemeris.timeS = timeS;
  ephemeris.unixS = epoch.epochUnixS + timeS;
  sunUnitVectorEqj(ephemeris.unixS, sunUnit);
  ephemeris.earthRotationRad = greenwichApparentSiderealRad(ephemeris.unixS);
  ephemeris.nodeRad = formationNodeRad(epoch, timeS);
  formationReferenceEci(design, epoch, timeS, clusterStateEci);
  ephemeris.ricAxes = ricAxesOf(clusterStateEci);
  eciDirectionToRic(ephemeris.ricAxes, sunUnit, ephemeris.sunRic);
  ephemeris.clusterInShadow = inCylindricalShadow(clusterStateEci[0]!, clusterStateEci[1]!, clusterStateEci[2]!, sunUnit);
  return ephemeris;
}
