import { JULIAN_YEAR_S, SECONDS_PER_DAY } from '../constants.ts';
import {
  DEFAULT_CONTROL_STEP_S,
  differentialDragDeltaVMPerSPerYear,
  rocketPropellantKg,
  simulateStationKeeping,
  type StationKeepingInput,
} from '../formation/control.ts';
import type { FormationDesign } from '../formation/design.ts';
import { formationRicPositionsM } from '../formation/design.ts';
import { ricBuffer, type RicBuffer } from '../formation/frames.ts';
import { clusterBallisticCoefficients, dragAccelerationMPerS2, hcwConstantAlongTrackResponseM } from '../formation/perturbations.ts';
import { resolveSatelliteScenario, type ResolvedSatelliteScenario } from '../resolve/satellite.ts';
import type { Scenario } from '../scenario/schema.ts';
import { resolveEnvironment } from '../resolve/environment.ts';
import { clusterFormationDesign } from '../resolve/formation.ts';
import { resolveOrbit } from '../resolve/orbit.ts';
import { dragBlock, srpBlock, type DragEvaluation, type SrpEvaluation } from './drag.ts';

/** The cheap station-keeping figures of `solstice eval`: |f| per year and its propellant. */
export interface StationKeepingEstimate extends DragEvaluation, SrpEvaluation {
  /** Yearly delta-v of the worst satellite against the differential drag and the in-plane differential SRP, (|f| + a_SRP cos beta) x year, m/s (`stationKeepingDeltaVEstimateMPerSPerYear`). */
  readonly deltaVMPerSPerYearMax: number;
  /** Its propellant per year at control.ispS (rocket equation, the satellite's launch mass), kg. */
  readonly propellantKgPerYear: number;
  /** Propellant over satellite.lifetimeYears on the launch mass, kg (the subsystem mass estimate carries it as mass.stationKeepingPropellantKg). */
  readonly propellantKgLifetime: number;
  /** That propellant over the satellite's launch mass. */
  readonly propellantMassFraction: number;
}

/**
 * The `stationKeeping` block of `evaluateScenario`: the drag figures and the
 * yearly delta-v and propellant of the worst satellite from the closed form
 * (`stationKeepingDeltaVEstimateMPerSPerYear`: drag plus in-plane SRP), which the controlled integration of
 * `solstice formation --control` reproduces within a few per cent where the push exceeds the navigation noise (about 1e-8 m/s^2; below it the noise sets the cost: docs/formation-control.md).
 */
export function evaluateStationKeepingEstimate(scenario: Scenario): StationKeepingEstimate {
  return stationKeepingBlock(resolveSatelliteScenario(scenario));
}

/** The `stationKeeping` block from the resolved environment and satellite: the closed-form delta-v and its propellant on the launch mass. */
export function stationKeepingBlock({ scenario, orbit, environment, satellite }: ResolvedSatelliteScenario): StationKeepingEstimate {
  const deltaV = environment.stationKeepingDeltaVMPerSPerYear;
  const { massKg, lifetimeYears } = satellite.design;
  const lifetimeKg = rocketPropellantKg(deltaV * lifetimeYears, massKg, scenario.control.ispS);
  return {
    ...dragBlock(environment, orbit),
    ...srpBlock(environment, orbit),
    deltaVMPerSPerYearMax: deltaV,
    propellantKgPerYear: rocketPropellantKg(deltaV, massKg, scenario.control.ispS),
    propellantKgLifetime: lifetimeKg,
    propellantMassFraction: lifetimeKg / massKg,
  };
}

/** What `solstice formation --control` runs. */
export interface FormationControlOptions {
  /** Horizon, days. */
  readonly days: number;
  /** Satellite that fails at t = 0 (default: `worstPlacedSatellite`); null for none. */
  readonly failSatellite?: number | null | undefined;
  /** Ballistic coefficient of the failed satellite (default: its own), m^2/kg. */
  readonly failedBallisticCoefficientM2PerKg?: number;
  /** Whether the live satellites avoid the failed one (default true). */
  readonly avoidance?: boolean;
  /** Control and navigation step, s (default `DEFAULT_CONTROL_STEP_S`, 60). */
  readonly controlStepS?: number;
}

/** The `control` block. */
export interface ControlEvaluation {
  /** Yearly delta-v of the worst satellite (the run's delta-v scaled to a year), m/s. */
  readonly deltaVMPerSPerYearMax: number;
  /** The mean over the satellites, m/s per year. */
  readonly deltaVMPerSPerYearMean: number;
  /** The closed form for the worst satellite, for comparison: |f| x year, plus the in-plane SRP a cos(beta) x year when SRP is on (`stationKeepingDeltaVEstimateMPerSPerYear`), m/s per year. */
  readonly analyticDeltaVMPerSPerYearMax: number;
  /** Largest true distance of any satellite from its target, m. */
  readonly maxPositionErrorM: number;
  /** Burns per orbit of the satellite that burnt most often. */
  readonly burnsPerOrbit: number;
  /** Propellant per year of the worst satellite, kg. */
  readonly propellantKgPerYear: number;
  readonly horizonDays: number;
}

/** The `failure` block. */
export interface FailureEvaluation {
  readonly satellite: number;
  /** Ballistic coefficient it flies with after the failure, m^2/kg. */
  readonly ballisticCoefficientM2PerKg: number;
  readonly avoidance: boolean;
  /** Closest approach to any live satellite over the horizon, m. */
  readonly minDistanceM: number;
  /** When, days. */
  readonly minDistanceDays: number;
  readonly closestSatellite: number;
  /** First time within cluster.keepOutDistanceM of a live satellite, days; absent if never. */
  readonly firstKeepOutDays?: number;
  /** Delta-v the live satellites spent avoiding it, together, m/s. */
  readonly avoidanceDeltaVMPerS: number;
  readonly horizonDays: number;
}

/** `solstice formation --control --json` adds these. */
export interface FormationControlEvaluation {
  readonly drag: DragEvaluation;
  readonly control: ControlEvaluation;
  readonly failure?: FailureEvaluation;
}

/**
 * The satellite whose failure is the default case: the largest differential
 * ballistic coefficient (it drifts fastest), and among those the one nearest
 * the cluster centre (it has the most neighbours around it).
 */
export function worstPlacedSatellite(design: FormationDesign, coefficients: ArrayLike<number>, referenceM2PerKg: number): number {
  let best = 0;
  const score = (k: number) => Math.abs(coefficients[k]! - referenceM2PerKg);
  const ring = (k: number) => Math.abs(design.lattice.radialIndex[k]!) + Math.abs(design.lattice.alongTrackIndex[k]!);
  for (let k = 1; k < design.satellites; k++) {
    const better = score(k) > score(best) + 1e-15 || (Math.abs(score(k) - score(best)) <= 1e-15 && ring(k) < ring(best));
    if (better) best = k;
  }
  return best;
}

/** The cluster's ballistic coefficients for a design of the scenario: B +- s by lattice index (`clusterBallisticCoefficients`), m^2/kg. */
function scenarioBallisticCoefficients(scenario: Scenario, design: FormationDesign): Float64Array {
  const { ballisticCoefficientM2PerKg, ballisticCoefficientSpreadM2PerKg } = scenario.cluster;
  return clusterBallisticCoefficients(design.satellites, ballisticCoefficientM2PerKg, ballisticCoefficientSpreadM2PerKg);
}

/** The station-keeping simulation's inputs for the resolved scenario: design, atmosphere, ballistic coefficients, controller, SRP. */
function stationKeepingInput(resolved: ResolvedSatelliteScenario, design: FormationDesign, coefficients: Float64Array, options: FormationControlOptions): StationKeepingInput & { readonly controlStepS: number } {
  const { scenario, environment } = resolved;
  const { cluster, control } = scenario;
  const reference = cluster.ballisticCoefficientM2PerKg;
  return {
    design,
    atmosphere: environment.atmosphere,
    referenceBallisticCoefficientM2PerKg: reference,
    ballisticCoefficientsM2PerKg: coefficients,
    controller: {
      deadbandM: control.deadbandM,
      navigationSigmaM: control.navigationSigmaM,
      navigationSigmaMPerS: control.navigationSigmaMPerS,
      minimumImpulseBitNs: control.minimumImpulseBitNs,
      satelliteMassKg: resolved.satellite.design.massKg,
    },
    durationS: options.days * SECONDS_PER_DAY,
    controlStepS: options.controlStepS ?? DEFAULT_CONTROL_STEP_S,
    ...(cluster.srpAreaToMassM2PerKg > 0
      ? {
          solarRadiationPressure: {
            sunUnitEci: environment.sun.sunUnitEci,
            reflectivityCoefficient: cluster.srpReflectivityCoefficient,
            referenceAreaToMassM2PerKg: cluster.srpAreaToMassM2PerKg,
            // A / m spread in proportion to the ballistic coefficients (the same area and mass differences).
            areaToMassM2PerKg: Array.from(coefficients, (b) => (reference > 0 ? (cluster.srpAreaToMassM2PerKg * b) / reference : cluster.srpAreaToMassM2PerKg)),
          },
        }
      : {}),
  };
}

/** The `control` block from the nominal run: worst and mean delta-v per year, position error, burns per orbit, propellant. */
function controlSummary(
  resolved: ResolvedSatelliteScenario,
  design: FormationDesign,
  nominal: ReturnType<typeof simulateStationKeeping>,
  durationS: number,
  days: number,
): ControlEvaluation {
  const { scenario, environment } = resolved;
  const perYear = JULIAN_YEAR_S / durationS;
  let max = 0;
  let sum = 0;
  let maxError = 0;
  let maxBurns = 0;
  for (let s = 0; s < nominal.satellites.length; s++) {
    max = Math.max(max, nominal.deltaVMPerS[s]! * perYear);
    sum += nominal.deltaVMPerS[s]! * perYear;
    maxError = Math.max(maxError, nominal.maxPositionErrorM[s]!);
    maxBurns = Math.max(maxBurns, nominal.burns[s]!);
  }
  const periodS = (2 * Math.PI) / design.model.meanMotionRadPerS;
  return {
    deltaVMPerSPerYearMax: max,
    deltaVMPerSPerYearMean: sum / nominal.satellites.length,
    analyticDeltaVMPerSPerYearMax:
      scenario.cluster.srpAreaToMassM2PerKg > 0
        ? environment.stationKeepingDeltaVMPerSPerYear
        : differentialDragDeltaVMPerSPerYear(environment.differentialDragAccelerationMPerS2),
    maxPositionErrorM: maxError,
    burnsPerOrbit: (maxBurns * periodS) / durationS,
    propellantKgPerYear: rocketPropellantKg(max, resolved.satellite.design.massKg, scenario.control.ispS),
    horizonDays: days,
  };
}

/**
 * The controlled cluster in two-body + J2 + drag for `days`
 * (`simulateStationKeeping`, every satellite), and then, unless
 * `failSatellite` is null, the same run with one satellite failed at t = 0.
 * Seconds per simulated day for 81 satellites.
 */
export function evaluateFormationControl(scenario: Scenario, options: FormationControlOptions): FormationControlEvaluation {
  const resolved = resolveSatelliteScenario(scenario);
  const design = clusterFormationDesign(scenario, true, resolved.orbit);
  const drag = dragBlock(resolved.environment, resolved.orbit);
  const reference = scenario.cluster.ballisticCoefficientM2PerKg;
  const coefficients = scenarioBallisticCoefficients(scenario, design);
  const base = stationKeepingInput(resolved, design, coefficients, options);
  const control = controlSummary(resolved, design, simulateStationKeeping(base), base.durationS, options.days);
  if (options.failSatellite === null || design.satellites < 2) return { drag, control };
  const satellite = options.failSatellite ?? worstPlacedSatellite(design, coefficients, reference);
  if (!(Number.isInteger(satellite) && satellite >= 0 && satellite < design.satellites)) {
    throw new RangeError(`failSatellite: ${satellite} is out of range (0 to ${design.satellites - 1})`);
  }
  const failedCoefficient = options.failedBallisticCoefficientM2PerKg ?? coefficients[satellite]!;
  const avoidance = options.avoidance ?? true;
  const failed = simulateStationKeeping({
    ...base,
    failure: { satellite, ballisticCoefficientM2PerKg: failedCoefficient, avoidance, keepOutDistanceM: scenario.cluster.keepOutDistanceM },
  });
  const outcome = failed.failure!;
  return {
    drag,
    control,
    failure: {
      satellite,
      ballisticCoefficientM2PerKg: failedCoefficient,
      avoidance,
      minDistanceM: outcome.minDistanceM,
      minDistanceDays: outcome.minDistanceTimeS / SECONDS_PER_DAY,
      closestSatellite: outcome.closestSatellite,
      ...(outcome.firstKeepOutS === null ? {} : { firstKeepOutDays: outcome.firstKeepOutS / SECONDS_PER_DAY }),
      avoidanceDeltaVMPerS: outcome.avoidanceDeltaVMPerS,
      horizonDays: options.days,
    },
  };
}

/**
 * The scenario's controlled cluster for `simulateStationKeeping`: its design,
 * atmosphere, ballistic coefficients (B +- s by lattice index), controller,
 * satellite mass and, when `cluster.srpAreaToMassM2PerKg` > 0, SRP with the
 * A / m spread in proportion to the coefficients.
 * @param days horizon, days
 * @param controlStepS control and navigation step, s (default `DEFAULT_CONTROL_STEP_S`, 60)
 */
export function stationKeepingInputOf(scenario: Scenario, days: number, controlStepS?: number): StationKeepingInput & { readonly controlStepS: number } {
  const resolved = resolveSatelliteScenario(scenario);
  const design = clusterFormationDesign(scenario, true, resolved.orbit);
  return stationKeepingInput(resolved, design, scenarioBallisticCoefficients(scenario, design), { days, ...(controlStepS === undefined ? {} : { controlStepS }) });
}

/**
 * Every satellite's true distance from its target over `days`, sampled every
 * `sampleS` (a whole number of control steps), from the same controlled run
 * as `evaluateFormationControl` (no failure): for the app's colour by error.
 */
export interface StationKeepingErrorSeries {
  readonly satellites: number;
  /** Sample times from the design epoch, s. */
  readonly timesS: Float64Array;
  /** Errors, sample-major (satellites numbers per sample), m. */
  readonly errorsM: Float32Array;
  /** Largest of them, m. */
  readonly maxErrorM: number;
  readonly deadbandM: number;
}

/**
 * The controlled cluster's position errors over time (`simulateStationKeeping`
 * with the scenario's drag, SRP and controller, `stationKeepingInputOf`).
 * @param days horizon, days
 * @param sampleS sampling interval, s (rounded to whole 60 s control steps)
 */
export function stationKeepingErrorSeries(scenario: Scenario, days: number, sampleS = 300): StationKeepingErrorSeries {
  const input = stationKeepingInputOf(scenario, days);
  const stepS = input.controlStepS;
  const every = Math.max(1, Math.round(sampleS / stepS));
  const satellites = input.design.satellites;
  const samples = Math.floor(Math.round(input.durationS / stepS) / every);
  const timesS = new Float64Array(samples);
  const errorsM = new Float32Array(samples * satellites);
  let step = 0;
  let maxErrorM = 0;
  simulateStationKeeping({
    ...input,
    onStep: (tS, errors) => {
      step++;
      if (step % every !== 0) return;
      const i = step / every - 1;
      if (i >= samples) return;
      timesS[i] = tS;
      for (let k = 0; k < satellites; k++) {
        errorsM[i * satellites + k] = errors[k]!;
        if (errors[k]! > maxErrorM) maxErrorM = errors[k]!;
      }
    },
  });
  return { satellites, timesS, errorsM, maxErrorM, deadbandM: scenario.control.deadbandM };
}

/** The failed satellite's uncontrolled track, for drawing in the RIC view. */
export interface FailedSatelliteTrack {
  readonly satellite: number;
  /** Its along-track differential drag relative to the cluster centre, m/s^2 (positive: pushed ahead). */
  readonly differentialAccelerationMPerS2: number;
  /** Sample times from the design epoch, s. */
  readonly timesS: Float64Array;
  /** RIC positions at those times, 3 per sample (x radial, y along-track, z cross-track), m. */
  readonly positionsRicM: RicBuffer;
}

/**
 * The closed-form track of the default failed satellite (`worstPlacedSatellite`)
 * over `days`: its design relative orbit (`formationRicPositionsM`) plus the
 * HCW response to its constant differential along-track drag from t = 0
 * (`hcwConstantAlongTrackResponseM`: x = 2 f t / n - ..., y = -(3/2) f t^2 + ...),
 * f = rho v_rel^2 (B - B_k) / 2 at the reference altitude. Instant (no
 * integration); `solstice formation --control` integrates the same case.
 * @param scenario the scenario
 * @param days horizon, days
 * @param samples points along the track
 */
export function failedSatelliteTrackRic(scenario: Scenario, days = 3, samples = 600): FailedSatelliteTrack {
  const orbit = resolveOrbit(scenario);
  const design = clusterFormationDesign(scenario, true, orbit);
  const environment = resolveEnvironment(scenario, orbit);
  const reference = scenario.cluster.ballisticCoefficientM2PerKg;
  const coefficients = scenarioBallisticCoefficients(scenario, design);
  const satellite = worstPlacedSatellite(design, coefficients, reference);
  const f = dragAccelerationMPerS2(environment.densityKgPerM3, environment.airSpeedMPerS, reference - coefficients[satellite]!);
  const n = design.model.meanMotionRadPerS;
  const timesS = new Float64Array(samples);
  const positionsRicM = ricBuffer(3 * samples);
  const all = ricBuffer(3 * design.satellites);
  for (let i = 0; i < samples; i++) {
    const t = (days * SECONDS_PER_DAY * i) / Math.max(1, samples - 1);
    timesS[i] = t;
    formationRicPositionsM(design, t, all);
    const forced = hcwConstantAlongTrackResponseM(f, n, t);
    positionsRicM[3 * i] = all[3 * satellite]! + forced.radialM;
    positionsRicM[3 * i + 1] = all[3 * satellite + 1]! + forced.alongTrackM;
    positionsRicM[3 * i + 2] = all[3 * satellite + 2]!;
  }
  return { satellite, differentialAccelerationMPerS2: f, timesS, positionsRicM };
}
