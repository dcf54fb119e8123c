import { JULIAN_YEAR_S, M_PER_KM } from '../constants.ts';
import { scenarioEpochUnixS } from '../formation/ephemeris.ts';
import { ascendingNodeRad, betaAngleRad } from '../orbit/orbitPlane.ts';
import { sunUnitVectorEqj } from '../orbit/sunDirection.ts';
import { j2NodalPrecessionRadPerS } from '../orbit/sunSynchronous.ts';
import {
  atmosphereFromTable,
  dragAccelerationMps2,
  fixedAtmosphere,
  hcwConstantAlongTrackResponseM,
  relativeAirSpeedMps,
  solarRadiationPressureAccelerationMps2,
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


/**
 * The Sun's direction at the scenario's epoch in the frame of the formation
 * integration (`formationReferenceStateEci`: the reference orbit's node on
 * the x axis): the J2000 Sun vector (`sunUnitVectorEqj`) rotated about z by
 * minus the sun-synchronous node (`ascendingNodeRad` at orbit.ltanHours), so
 * its angle to the orbit plane (beta) is the real one.
 * @returns unit vector, and beta, rad
 */
export function scenarioSunInFormationFrame(scenario: Scenario): { readonly sunUnitEci: Float64Array; readonly betaRad: number } {
  const radiusM = circularSemiMajorAxisM(scenario.orbit.altitudeKm * M_PER_KM);
  const inclinationRad = sunSynchronousInclinationRad(radiusM);
  const epochUnixS = scenarioEpochUnixS(scenario);
  const nodeRad = ascendingNodeRad(scenario.orbit.ltanHours, epochUnixS, j2NodalPrecessionRadPerS(radiusM, 0, inclinationRad), 0);
  const sun = sunUnitVectorEqj(epochUnixS, new Float64Array(3));
  const c = Math.cos(nodeRad);
  const s = Math.sin(nodeRad);
  const rotated = Float64Array.of(c * sun[0]! + s * sun[1]!, -s * sun[0]! + c * sun[1]!, sun[2]!);
  return { sunUnitEci: rotated, betaRad: betaAngleRad(inclinationRad, 0, rotated) };
}

/** Differential solar radiation pressure on the worst satellite (closed form). */
export interface SrpEvaluation {
  /** Its differential acceleration P Cr dA/m, with dA/m = (A/m) s / B, m/s^2. */
  readonly srpDifferentialAccelerationMps2: number;
  /** Sun elevation above the orbit plane at the epoch, deg (near 90 in a dawn-dusk orbit). */
  readonly srpBetaAngleDeg: number;
  /** Cross-track part (a sin beta) shifts the relative orbit's plane by a sin(beta) / n^2 (z'' + n^2 z = a_N), m. */
  readonly srpCrossTrackOffsetM: number;
  /** In-plane part a cos(beta), m/s^2: fixed in inertial space, it turns once an orbit in RIC and grows the relative eccentricity. */
  readonly srpInPlaneAccelerationMps2: number;
}

/**
 * The worst satellite's differential SRP: the satellites' A / m spread in
 * proportion to their ballistic coefficients (the same area and mass
 * differences), so the worst differs from the centre by (A/m) s / B.
 */
export function evaluateSrp(scenario: Scenario): SrpEvaluation {
  const { cluster } = scenario;
  const spreadFraction = cluster.ballisticCoefficientM2PerKg > 0 ? cluster.ballisticCoefficientSpreadM2PerKg / cluster.ballisticCoefficientM2PerKg : 0;
  const a = solarRadiationPressureAccelerationMps2(cluster.srpAreaToMassM2PerKg * spreadFraction, cluster.srpReflectivityCoefficient);
  const { betaRad } = scenarioSunInFormationFrame(scenario);
  const n = meanMotionRadPerS(circularSemiMajorAxisM(scenario.orbit.altitudeKm * M_PER_KM));
  return {
    srpDifferentialAccelerationMps2: a,
    srpBetaAngleDeg: (betaRad * 180) / Math.PI,
    srpCrossTrackOffsetM: (a * Math.abs(Math.sin(betaRad))) / (n * n),
    srpInPlaneAccelerationMps2: a * Math.abs(Math.cos(betaRad)),
  };
}

/**
 * Yearly station-keeping delta-v of the worst satellite, closed form:
 * |f_drag| x year (`differentialDragDeltaVMpsPerYear`'s rule) plus the
 * in-plane differential SRP a cos(beta) x year (fixed in inertial space, it
 * turns once an orbit in RIC and must be taken out as it comes). The
 * cross-track part costs nothing: it only shifts the relative orbit's plane
 * by a sin(beta) / n^2 (9 cm at the defaults, under the deadband).
 * @returns m/s per year
 */
export function stationKeepingDeltaVEstimateMpsPerYear(scenario: Scenario): number {
  return (Math.abs(evaluateDrag(scenario).differentialAccelerationMps2) + evaluateSrp(scenario).srpInPlaneAccelerationMps2) * JULIAN_YEAR_S;
}
