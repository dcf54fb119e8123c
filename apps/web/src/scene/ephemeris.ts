import {
  ascendingNodeRad,
  circularOrbitPositionEqjM,
  degToRad,
  inCylindricalShadow,
  j2NodalPrecessionRadPerS,
  type Evaluation,
} from '@solstice/core';
import { Body, GeoVector, SiderealTime } from 'astronomy-engine';
import { yearEpochUnixS } from '../store/simulationSlice.ts';

/** Metres per scene unit in the Earth view (1 unit = 1 Mm). */
export const EARTH_VIEW_M_PER_UNIT = 1e6;

/**
 * Where things are at one simulated instant, in the J2000 equatorial frame
 * (precession since J2000, under 0.5 deg by 2040, is not drawn). One object is
 * reused for every frame; `ephemerisAt` recomputes it when the time or the
 * scenario changes, so all scene components share one computation per frame.
 */
export interface Ephemeris {
  /** Simulated time since 1 January of the scenario year, s. */
  timeS: number;
  /** Unix time, s. */
  unixS: number;
  /** Unit vector to the Sun (astronomy-engine, with aberration). */
  readonly sunUnit: Float64Array;
  /** Greenwich apparent sidereal time: Earth's rotation angle, rad. */
  earthRotationRad: number;
  /** Right ascension of the ascending node, rad. */
  nodeRad: number;
  inclinationRad: number;
  semiMajorAxisM: number;
  /** Argument of latitude of the first cluster, rad (0 at the epoch). */
  argumentOfLatitudeRad: number;
  /** Position of the first cluster's centre, m. */
  readonly clusterPositionM: Float64Array;
  /** Whether the first cluster is in Earth's shadow. */
  clusterInShadow: boolean;
}

const ephemeris: Ephemeris = {
  timeS: Number.NaN,
  unixS: 0,
  sunUnit: new Float64Array(3),
  earthRotationRad: 0,
  nodeRad: 0,
  inclinationRad: 0,
  semiMajorAxisM: 0,
  argumentOfLatitudeRad: 0,
  clusterPositionM: new Float64Array(3),
  clusterInShadow: false,
};
let ephemerisEvaluation: Evaluation | undefined;

/** The shared ephemeris at `timeS` for an evaluated scenario. */
export function ephemerisAt(evaluation: Evaluation, timeS: number): Ephemeris {
  if (timeS === ephemeris.timeS && evaluation === ephemerisEvaluation) return ephemeris;
  const { orbit, scenario } = evaluation;
  const epochUnixS = yearEpochUnixS(scenario.year);
  const date = new Date((epochUnixS + timeS) * 1_000);
  const sun = GeoVector(Body.Sun, date, true);
  const sunLength = Math.hypot(sun.x, sun.y, sun.z);
  ephemeris.sunUnit[0] = sun.x / sunLength;
  ephemeris.sunUnit[1] = sun.y / sunLength;
  ephemeris.sunUnit[2] = sun.z / sunLength;
  ephemeris.timeS = timeS;
  ephemeris.unixS = epochUnixS + timeS;
  ephemeris.earthRotationRad = (SiderealTime(date) * Math.PI) / 12;
  ephemeris.inclinationRad = degToRad(orbit.inclinationDeg);
  ephemeris.semiMajorAxisM = orbit.semiMajorAxisM;
  ephemeris.nodeRad = ascendingNodeRad(
    orbit.ltanHours,
    epochUnixS,
    j2NodalPrecessionRadPerS(orbit.semiMajorAxisM, 0, ephemeris.inclinationRad),
    timeS,
  );
  ephemeris.argumentOfLatitudeRad = (orbit.meanMotionRadPerS * timeS) % (2 * Math.PI);
  circularOrbitPositionEqjM(orbit.semiMajorAxisM, ephemeris.inclinationRad, ephemeris.nodeRad, ephemeris.argumentOfLatitudeRad, ephemeris.clusterPositionM);
  const [x, y, z] = ephemeris.clusterPositionM;
  ephemeris.clusterInShadow = inCylindricalShadow(x!, y!, z!, ephemeris.sunUnit);
  ephemerisEvaluation = evaluation;
  return ephemeris;
}
