import { M_PER_KM } from '../constants.ts';
import {
  atmosphereFromTable,
  dragAccelerationMps2,
  fixedAtmosphere,
  hcwConstantAlongTrackResponseM,
  relativeAirSpeedMps,
  type AtmosphereModel,
} from '../formation/perturbations.ts';
import { circularSemiMajorAxisM, meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The atmosphere of a scenario: the fixed density when given, else the MSISE-90 table at its solar activity. */
export function scenarioAtmosphere(scenario: Scenario): AtmosphereModel {
  const fixed = scenario.environment.atmosphereDensityKgPerM3;
  return fixed !== undefined ? fixedAtmosphere(fixed) : atmosphereFromTable(scenario.environment.solarActivity);
}

/** The `drag` block: what differential drag does to the worst satellite (closed form, cheap). */
export interface DragEvaluation {
  /** The density model, in words. */
  readonly atmosphere: string;
  /** Air density at the reference altitude, kg/m^3. */
  readonly densityKgPerM3: number;
  /** Orbit-averaged speed relative to the co-rotating air, m/s. */
  readonly airSpeedMps: number;
  /** Differential drag of the worst satellite (coefficient differing by the spread s), m/s^2. */
  readonly differentialAccelerationMps2: number;
  /** Its along-track drift over the first orbit from rest, uncontrolled (HCW: -(3/2) f T^2), m. */
  readonly uncontrolledDriftMPerOrbit: number;
}

/** The `drag` block of a scenario: the reference altitude's density and the worst satellite's differential drag (closed form). */
export function evaluateDrag(scenario: Scenario): DragEvaluation {
  const atmosphere = scenarioAtmosphere(scenario);
  const altitudeM = scenario.orbit.altitudeKm * M_PER_KM;
  const radiusM = circularSemiMajorAxisM(altitudeM);
  const airSpeed = relativeAirSpeedMps(radiusM, sunSynchronousInclinationRad(radiusM));
  const density = atmosphere.densityKgPerM3(altitudeM);
  const f = dragAccelerationMps2(density, airSpeed, scenario.cluster.ballisticCoefficientSpreadM2PerKg);
  const n = meanMotionRadPerS(radiusM);
  return {
    atmosphere: atmosphere.label,
    densityKgPerM3: density,
    airSpeedMps: airSpeed,
    differentialAccelerationMps2: f,
    uncontrolledDriftMPerOrbit: Math.abs(hcwConstantAlongTrackResponseM(f, n, (2 * Math.PI) / n).alongTrackM),
  };
}

