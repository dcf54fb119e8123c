import { JULIAN_YEAR_S } from '../constants.ts';
import {
  atmosphereFromTable,
  dragAccelerationMPerS2,
  fixedAtmosphere,
  relativeAirSpeedMPerS,
  solarRadiationPressureAccelerationMPerS2,
  type AtmosphereModel,
} from '../formation/perturbations.ts';
import { ascendingNodeRad, betaAngleRad } from '../orbit/orbitPlane.ts';
import { sunUnitVectorEqj } from '../orbit/sunDirection.ts';
import { boundedMemo } from '../memo.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ResolvedOrbit } from './orbit.ts';

/** The atmosphere of a scenario: the fixed density when given, else the MSISE-90 table at its solar activity. */
export function scenarioAtmosphere(scenario: Scenario): AtmosphereModel {
  const fixed = scenario.environment.atmosphereDensityKgPerM3;
  return fixed !== undefined ? fixedAtmosphere(fixed) : atmosphereFromTable(scenario.environment.solarActivity);
}

/** The Sun at the epoch in the formation integration's frame (the reference orbit's node on the x axis). */
export interface SunInFormationFrame {
  /** Unit vector, ECI rotated about z by minus the node. */
  readonly sunUnitEci: Float64Array;
  /** Its angle to the orbit plane (beta), rad. */
  readonly betaRad: number;
}

/**
 * The J2000 Sun vector at each epoch seen (`sunUnitVectorEqj`, microseconds
 * of VSOP87 with light-time correction): a sweep over orbit or cluster inputs
 * keeps its epoch. Read only.
 */
const sunAtEpochMemo = boundedMemo<Float64Array>(64);

/**
 * The Sun's direction at the orbit's epoch in the frame of the formation
 * integration (`formationReferenceStateEci`: the reference orbit's node on
 * the x axis): the J2000 Sun vector (`sunUnitVectorEqj`) rotated about z by
 * minus the sun-synchronous node (`ascendingNodeRad` at the LTAN), so its
 * angle to the orbit plane (beta) is the real one.
 */
export function sunInFormationFrame(orbit: ResolvedOrbit): SunInFormationFrame {
  const nodeRad = ascendingNodeRad(orbit.ltanHours, orbit.epochUnixS, orbit.nodeRateRadPerS, 0);
  const sun = sunAtEpochMemo(String(orbit.epochUnixS), () => sunUnitVectorEqj(orbit.epochUnixS, new Float64Array(3)));
  const c = Math.cos(nodeRad);
  const s = Math.sin(nodeRad);
  const rotated = Float64Array.of(c * sun[0]! + s * sun[1]!, -s * sun[0]! + c * sun[1]!, sun[2]!);
  return { sunUnitEci: rotated, betaRad: betaAngleRad(orbit.inclinationRad, 0, rotated) };
}

/** What the air and the Sun do to the worst satellite of the cluster, in SI (closed form, cheap). */
export interface ResolvedEnvironment {
  readonly atmosphere: AtmosphereModel;
  /** Air density at the reference altitude, kg/m^3. */
  readonly densityKgPerM3: number;
  /** Orbit-averaged speed relative to the co-rotating air, m/s. */
  readonly airSpeedMPerS: number;
  /** Differential drag of the worst satellite (coefficient differing by the spread), m/s^2. */
  readonly differentialDragAccelerationMPerS2: number;
  readonly sun: SunInFormationFrame;
  /** Differential SRP of the worst satellite, P Cr (A/m) s / B, m/s^2. */
  readonly srpDifferentialAccelerationMPerS2: number;
  /** Its in-plane part a |cos beta|, m/s^2. */
  readonly srpInPlaneAccelerationMPerS2: number;
  /**
   * Yearly station-keeping delta-v of the worst satellite, closed form:
   * (|f_drag| + a_SRP |cos beta|) x year, m/s per year.
   */
  readonly stationKeepingDeltaVMPerSPerYear: number;
}

/**
 * Resolves drag and solar radiation pressure on the worst satellite: the
 * satellites' A / m spread in proportion to their ballistic coefficients (the
 * same area and mass differences), so the worst differs from the centre by
 * (A/m) s / B; the cross-track part of SRP costs no delta-v (it shifts the
 * relative orbit's plane by a sin(beta) / n^2).
 */
export function resolveEnvironment(scenario: Scenario, orbit: ResolvedOrbit): ResolvedEnvironment {
  const { cluster } = scenario;
  const atmosphere = scenarioAtmosphere(scenario);
  const airSpeedMPerS = relativeAirSpeedMPerS(orbit.semiMajorAxisM, orbit.inclinationRad);
  const densityKgPerM3 = atmosphere.densityKgPerM3(orbit.altitudeM);
  const f = dragAccelerationMPerS2(densityKgPerM3, airSpeedMPerS, cluster.ballisticCoefficientSpreadM2PerKg);
  const spreadFraction = cluster.ballisticCoefficientM2PerKg > 0 ? cluster.ballisticCoefficientSpreadM2PerKg / cluster.ballisticCoefficientM2PerKg : 0;
  const a = solarRadiationPressureAccelerationMPerS2(cluster.srpAreaToMassM2PerKg * spreadFraction, cluster.srpReflectivityCoefficient);
  const sun = sunInFormationFrame(orbit);
  const srpInPlaneAccelerationMPerS2 = a * Math.abs(Math.cos(sun.betaRad));
  return {
    atmosphere,
    densityKgPerM3,
    airSpeedMPerS,
    differentialDragAccelerationMPerS2: f,
    sun,
    srpDifferentialAccelerationMPerS2: a,
    srpInPlaneAccelerationMPerS2,
    stationKeepingDeltaVMPerSPerYear: (Math.abs(f) + srpInPlaneAccelerationMPerS2) * JULIAN_YEAR_S,
  };
}
