import { hcwConstantAlongTrackResponseM } from '../formation/perturbations.ts';
import { resolveEnvironment, type ResolvedEnvironment, type SunInFormationFrame, sunInFormationFrame } from '../resolve/environment.ts';
import { resolveOrbit, type ResolvedOrbit } from '../resolve/orbit.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The `drag` block: what differential drag does to the worst satellite (closed form, cheap). */
export interface DragEvaluation {
  /** The density model, in words. */
  readonly atmosphere: string;
  /** Air density at the reference altitude, kg/m^3. */
  readonly densityKgPerM3: number;
  /** Orbit-averaged speed relative to the co-rotating air, m/s. */
  readonly airSpeedMPerS: number;
  /** Differential drag of the worst satellite (coefficient differing by the spread s), m/s^2. */
  readonly differentialAccelerationMPerS2: number;
  /** Its along-track drift over the first orbit from rest, uncontrolled (HCW: -(3/2) f T^2), m. */
  readonly uncontrolledDriftMPerOrbit: number;
}

/** The `drag` block from the resolved environment. */
export function dragBlock(environment: ResolvedEnvironment, orbit: ResolvedOrbit): DragEvaluation {
  const f = environment.differentialDragAccelerationMPerS2;
  const n = orbit.meanMotionRadPerS;
  return {
    atmosphere: environment.atmosphere.label,
    densityKgPerM3: environment.densityKgPerM3,
    airSpeedMPerS: environment.airSpeedMPerS,
    differentialAccelerationMPerS2: f,
    uncontrolledDriftMPerOrbit: Math.abs(hcwConstantAlongTrackResponseM(f, n, (2 * Math.PI) / n).alongTrackM),
  };
}

/** The `drag` block of a scenario: the reference altitude's density and the worst satellite's differential drag (closed form). */
export function evaluateDrag(scenario: Scenario): DragEvaluation {
  const orbit = resolveOrbit(scenario);
  return dragBlock(resolveEnvironment(scenario, orbit), orbit);
}

/**
 * The Sun's direction at the scenario's epoch in the frame of the formation
 * integration (`sunInFormationFrame` of the scenario's resolved orbit).
 * @returns unit vector, and beta, rad
 */
export function scenarioSunInFormationFrame(scenario: Scenario): SunInFormationFrame {
  return sunInFormationFrame(resolveOrbit(scenario));
}

/** Differential solar radiation pressure on the worst satellite (closed form). */
export interface SrpEvaluation {
  /** Its differential acceleration P Cr dA/m, with dA/m = (A/m) s / B, m/s^2. */
  readonly srpDifferentialAccelerationMPerS2: number;
  /** Sun elevation above the orbit plane at the epoch, deg (near 90 in a dawn-dusk orbit). */
  readonly srpBetaAngleDeg: number;
  /** Cross-track part (a sin beta) shifts the relative orbit's plane by a sin(beta) / n^2 (z'' + n^2 z = a_N), m. */
  readonly srpCrossTrackOffsetM: number;
  /** In-plane part a cos(beta), m/s^2: fixed in inertial space, it turns once an orbit in RIC and grows the relative eccentricity. */
  readonly srpInPlaneAccelerationMPerS2: number;
}

/** The SRP figures from the resolved environment: beta, the cross-track offset a sin(beta) / n^2 and the in-plane part. */
export function srpBlock(environment: ResolvedEnvironment, orbit: ResolvedOrbit): SrpEvaluation {
  const a = environment.srpDifferentialAccelerationMPerS2;
  const { betaRad } = environment.sun;
  const n = orbit.meanMotionRadPerS;
  return {
    srpDifferentialAccelerationMPerS2: a,
    srpBetaAngleDeg: (betaRad * 180) / Math.PI,
    srpCrossTrackOffsetM: (a * Math.abs(Math.sin(betaRad))) / (n * n),
    srpInPlaneAccelerationMPerS2: environment.srpInPlaneAccelerationMPerS2,
  };
}

/**
 * The worst satellite's differential SRP: the satellites' A / m spread in
 * proportion to their ballistic coefficients (the same area and mass
 * differences), so the worst differs from the centre by (A/m) s / B.
 */
export function evaluateSrp(scenario: Scenario): SrpEvaluation {
  const orbit = resolveOrbit(scenario);
  return srpBlock(resolveEnvironment(scenario, orbit), orbit);
}

/**
 * Yearly station-keeping delta-v of the worst satellite, closed form:
 * |f_drag| x year (`differentialDragDeltaVMPerSPerYear`'s rule) plus the
 * in-plane differential SRP a cos(beta) x year (fixed in inertial space, it
 * turns once an orbit in RIC and must be taken out as it comes). The
 * cross-track part costs nothing: it only shifts the relative orbit's plane
 * by a sin(beta) / n^2 (9 cm at the defaults, under the deadband).
 * @returns m/s per year
 */
export function stationKeepingDeltaVEstimateMPerSPerYear(scenario: Scenario): number {
  return resolveEnvironment(scenario, resolveOrbit(scenario)).stationKeepingDeltaVMPerSPerYear;
}
