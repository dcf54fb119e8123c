import { stepMinDistanceSquaredM2 } from './geometry.ts';
import { EARTH_MU_M3_PER_S2, JULIAN_YEAR_S } from '../constants.ts';
import { orbitalPeriodS } from '../orbit/circularOrbit.ts';
import type { FormationDesign } from './design.ts';
import { formationRicPositionsM } from './design.ts';
import { Dop853, type OdeRightHandSide } from './dop853.ts';
import { eciBuffer, eciPositionsToRic, ricBuffer, type EciBuffer, type RicBuffer } from './frames.ts';
import { formationInitialStatesEci } from './initialState.ts';
import { circularReferenceStateEci } from './referenceOrbit.ts';
import { twoBodyJ2Derivative } from './twoBodyJ2.ts';

/** Relative and absolute tolerances of the integration checks (the paper: 8th-order Dormand-Prince, ~1e-12). */
export const FORMATION_INTEGRATION_TOLERANCE = { relativeTolerance: 1e-12, absoluteTolerance: 1e-6 } as const;

/**
 * ECI state of the reference point at t = 0: a circular osculating state of
 * radius a and Keplerian speed sqrt(mu/a) at the ascending node (u = 0),
 * node at the x axis. J2 is axisymmetric, so the node does not change the
 * relative motion; the argument of latitude does, and u = 0 fixes it.
 */
export function formationReferenceStateEci(design: FormationDesign): EciBuffer {
  const a = design.semiMajorAxisM;
  return circularReferenceStateEci(a, design.inclinationRad, 0, 0, Math.sqrt(EARTH_MU_M3_PER_S2 / a));
}

/**
 * Integrates the two-body + J2 equations (`twoBodyJ2Derivative`) for the
 * reference point and the chosen satellites of a design with DOP853 at
 * relative tolerance 1e-12, and calls `onSample` every `sampleStepS` with the
 * satellites' RIC positions about the integrated reference (the frame of the
 * actual, perturbed reference orbit). No control, no drag.
 * @param design the cluster design
 * @param durationS how long to integrate, s
 * @param sampleStepS spacing of the samples, s
 * @param onSample called at t = sampleStepS, 2 sampleStepS, ...; return false to stop
 * @param satellites indices of the satellites to integrate (default: all); the reference is added
 * @param derivative equations of motion (default two-body + J2; `twoBodyDerivative` for Kepler)
 * @returns the number of right-hand-side evaluations (work done)
 */
export function integrateFormation(
  design: FormationDesign,
  durationS: number,
  sampleStepS: number,
  onSample: (tS: number, ricPositions: RicBuffer, statesEci: EciBuffer) => boolean | void,
  satellites?: ArrayLike<number>,
  derivative: OdeRightHandSide = twoBodyJ2Derivative,
): number {
  const chosen = satellites ?? Array.from({ length: design.satellites }, (_, k) => k);
  // Slot 0 is the reference (satellite 0, the centre); then the chosen satellites.
  const count = chosen.length + 1;
  // Only the reference and the chosen satellites need their initial states.
  const written = satellites ? [0, ...Array.from(satellites)] : undefined;
  const all = formationInitialStatesEci(design, formationReferenceStateEci(design), undefined, written);
  const state = eciBuffer(6 * count);
  state.set(all.subarray(0, 6), 0);
  for (let s = 0; s < chosen.length; s++) state.set(all.subarray(6 * chosen[s]!, 6 * chosen[s]! + 6), 6 * (s + 1));
  const integrator = new Dop853(6 * count, derivative, FORMATION_INTEGRATION_TOLERANCE);
  const ricAll = ricBuffer(3 * count);
  const ric = ricAll.subarray(3) as RicBuffer;
  let evaluations = 0;
  let t = 0;
  while (t < durationS - 1e-9) {
    const next = Math.min(durationS, t + sampleStepS);
    integrator.integrate(t, state, next);
    evaluations += integrator.lastStats().evaluations;
    t = next;
    eciPositionsToRic(state, state, ricAll, 6);
    if (onSample(t, ric, state.subarray(6) as EciBuffer) === false) break;
  }
  return evaluations;
}

/** Largest distance between the analytic model and the numerical integration. */
export interface ModelErrorResult {
  /** Largest |rho_model - rho_integrated| over the satellites and samples, m. */
  readonly maxPositionErrorM: number;
  /** Satellite index where it occurs. */
  readonly satellite: number;
  /** Time where it occurs, s. */
  readonly tS: number;
}

/**
 * The largest position difference between the design's closed-form model
 * (`formationRicPositionsM`) and the two-body + J2 integration
 * (`integrateFormation`) over `durationS`.
 * @param satellites subset to check (default all)
 * @param derivative equations of motion (default two-body + J2)
 */
export function formationModelError(
  design: FormationDesign,
  durationS: number,
  sampleStepS: number,
  satellites?: ArrayLike<number>,
  derivative: OdeRightHandSide = twoBodyJ2Derivative,
): ModelErrorResult {
  const chosen = satellites ?? Array.from({ length: design.satellites }, (_, k) => k);
  const model = ricBuffer(3 * design.satellites);
  let worst = { maxPositionErrorM: 0, satellite: 0, tS: 0 };
  integrateFormation(
    design,
    durationS,
    sampleStepS,
    (t, ric) => {
      formationRicPositionsM(design, t, model);
      for (let s = 0; s < chosen.length; s++) {
        const k = chosen[s]!;
        const e = Math.hypot(ric[3 * s]! - model[3 * k]!, ric[3 * s + 1]! - model[3 * k + 1]!, ric[3 * s + 2]! - model[3 * k + 2]!);
        if (e > worst.maxPositionErrorM) worst = { maxPositionErrorM: e, satellite: k, tS: t };
      }
    },
    chosen,
    derivative,
  );
  return worst;
}

/**
 * The outermost satellites on the lattice axes (i or j extreme): the ones
 * with the largest separations, so the largest nonlinear and differential-J2
 * errors. Used where a full-cluster integration is too slow (`evaluateScenario`).
 */
export function representativeSatellites(design: FormationDesign): Int32Array {
  const { radialIndex, alongTrackIndex } = design.lattice;
  const picks = new Set<number>();
  const extreme = (score: (k: number) => number) => {
    let best = 0;
    for (let k = 1; k < design.satellites; k++) if (score(k) > score(best)) best = k;
    if (best > 0) picks.add(best);
  };
  extreme((k) => radialIndex[k]!);
  extreme((k) => -radialIndex[k]!);
  extreme((k) => alongTrackIndex[k]!);
  extreme((k) => -alongTrackIndex[k]!);
  return Int32Array.from(picks);
}

/** What the uncontrolled cluster does over a day and beyond (numerical, two-body + J2). */
export interface FormationSafety {
  /** Smallest distance between any two satellites over the first day, m. */
  readonly minPairDistanceM: number;
  /** Time of that closest approach, s. */
  readonly minPairTimeS: number;
  /** First time any pair comes closer than the keep-out distance, s; null if none within the horizon. */
  readonly firstConflictS: number | null;
  /** How far the search ran, s. */
  readonly horizonS: number;
  /** Per satellite: along-track drift from its designed position, m per orbit (least squares over the first day at whole orbits). */
  readonly driftMPerOrbit: Float64Array;
  /** Largest model-vs-integration position difference over the first orbit, m. */
  readonly maxPositionErrorOneOrbitM: number;
  /** The same over the first day, m. */
  readonly maxPositionErrorOneDayM: number;
  /** Right-hand-side evaluations spent. */
  readonly evaluations: number;
}

/**
 * Integrates the whole cluster with no station keeping for `horizonS`
 * (at least a day) and measures: the closest approach of any pair over the
 * first day (pairs sampled every `sampleStepS` and refined to the minimum of
 * the straight-line relative motion between samples, whose error is below
 * a_rel dt^2 / 8 ~ 0.1 m at 20 s), the first time a pair comes within
 * `keepOutDistanceM`, the model error over one orbit and one day, and each
 * satellite's along-track drift per orbit.
 * For more than 500 satellites only pairs within two lattice steps are
 * checked (the all-pairs search grows as N^2).
 */
export function formationSafety(
  design: FormationDesign,
  keepOutDistanceM: number,
  horizonS: number,
  sampleStepS = 20,
): FormationSafety {
  const dayS = 86_400;
  const pairs = candidatePairs(design);
  const acc = safetyAccumulator(design, sampleStepS);
  const previous = new Float64Array(3 * design.satellites);
  let havePrevious = false;
  const evaluations = integrateFormation(design, Math.max(horizonS, dayS), sampleStepS, (t, ric) => {
    const distance = closestPairDistanceM(pairs, ric, previous, havePrevious);
    if (t <= dayS + 1e-9 && distance < acc.minPairDistanceM) {
      acc.minPairDistanceM = distance;
      acc.minPairTimeS = t;
    }
    if (acc.firstConflictS === null && distance < keepOutDistanceM) acc.firstConflictS = t;
    if (t <= dayS + 1e-9) accumulateModelError(acc, design, t, ric);
    previous.set(ric);
    havePrevious = true;
    return !(t >= dayS && (acc.firstConflictS !== null || t >= horizonS));
  });
  return {
    minPairDistanceM: acc.minPairDistanceM,
    minPairTimeS: acc.minPairTimeS,
    firstConflictS: acc.firstConflictS,
    horizonS: Math.max(horizonS, dayS),
    driftMPerOrbit: driftMPerOrbitOf(acc),
    maxPositionErrorOneOrbitM: acc.errorOneOrbitM,
    maxPositionErrorOneDayM: acc.errorOneDayM,
    evaluations,
  };
}

/** What `formationSafety` accumulates over the first day, sample by sample. */
interface SafetyAccumulator {
  readonly periodS: number;
  readonly sampleStepS: number;
  /** Model positions at the present sample, RIC, m (scratch). */
  readonly model: RicBuffer;
  minPairDistanceM: number;
  minPairTimeS: number;
  firstConflictS: number | null;
  errorOneOrbitM: number;
  errorOneDayM: number;
  /** Least-squares sums of the along-track error at whole orbits: over the times, and per satellite. */
  readonly sumT: { t: number; tt: number; count: number };
  readonly sumE: Float64Array;
  readonly sumTE: Float64Array;
  /** The next whole orbit whose nearest sample feeds the drift fit. */
  nextOrbit: number;
}

/** An empty accumulator for `design`, sampled every `sampleStepS`. */
function safetyAccumulator(design: FormationDesign, sampleStepS: number): SafetyAccumulator {
  const n = design.satellites;
  return {
    periodS: orbitalPeriodS(design.semiMajorAxisM),
    sampleStepS,
    model: ricBuffer(3 * n),
    minPairDistanceM: Number.POSITIVE_INFINITY,
    minPairTimeS: 0,
    firstConflictS: null,
    errorOneOrbitM: 0,
    errorOneDayM: 0,
    sumT: { t: 0, tt: 0, count: 0 },
    sumE: new Float64Array(n),
    sumTE: new Float64Array(n),
    nextOrbit: 1,
  };
}

/**
 * Smallest distance between the candidate pairs at this sample, refined by
 * straight-line relative motion from the previous sample: the minimum of
 * |d0 + s (d1 - d0)| over s in [0, 1] (error below a_rel dt^2 / 8), m.
 * @param pairs satellite indices, two per pair
 * @param ric positions now, RIC, m
 * @param previous positions at the previous sample, m
 */
function closestPairDistanceM(pairs: Int32Array, ric: RicBuffer, previous: Float64Array, havePrevious: boolean): number {
  let closest = Number.POSITIVE_INFINITY;
  for (let p = 0; p < pairs.length; p += 2) {
    const a = 3 * pairs[p]!;
    const b = 3 * pairs[p + 1]!;
    const d2 = stepMinDistanceSquaredM2(ric, havePrevious ? previous : ric, a, b);
    if (d2 < closest) closest = d2;
  }
  return Math.sqrt(closest);
}

/**
 * The model-vs-integration position error at a sample of the first day
 * (closed-form `formationRicPositionsM` against the integration), its
 * maxima over one orbit and one day, and, at the sample nearest each whole
 * orbit, the along-track error's least-squares sums (sampling error below
 * sampleStep x drift rate).
 */
function accumulateModelError(acc: SafetyAccumulator, design: FormationDesign, t: number, ric: RicBuffer): void {
  const { model, periodS } = acc;
  formationRicPositionsM(design, t, model);
  for (let k = 0; k < design.satellites; k++) {
    const e = Math.hypot(ric[3 * k]! - model[3 * k]!, ric[3 * k + 1]! - model[3 * k + 1]!, ric[3 * k + 2]! - model[3 * k + 2]!);
    if (e > acc.errorOneDayM) acc.errorOneDayM = e;
    if (t <= periodS + 1e-9 && e > acc.errorOneOrbitM) acc.errorOneOrbitM = e;
  }
  if (Math.abs(t - acc.nextOrbit * periodS) <= acc.sampleStepS / 2) {
    acc.sumT.t += t;
    acc.sumT.tt += t * t;
    acc.sumT.count++;
    for (let k = 0; k < design.satellites; k++) {
      const e = ric[3 * k + 1]! - model[3 * k + 1]!;
      acc.sumE[k] = acc.sumE[k]! + e;
      acc.sumTE[k] = acc.sumTE[k]! + t * e;
    }
    acc.nextOrbit++;
  }
}

/**
 * Each satellite's along-track drift per orbit: the least-squares slope of
 * the line e = c0 + c1 t through the whole-orbit samples and t = 0 (where the
 * error is zero), c1 = (N S_te - S_t S_e) / (N S_tt - S_t^2), times the period, m per orbit.
 */
function driftMPerOrbitOf(acc: SafetyAccumulator): Float64Array {
  const { sumT, sumE, sumTE } = acc;
  const driftMPerOrbit = new Float64Array(sumE.length);
  const count = sumT.count + 1;
  const denominator = count * sumT.tt - sumT.t * sumT.t;
  for (let k = 0; k < sumE.length; k++) {
    const slope = denominator > 0 ? (count * sumTE[k]! - sumT.t * sumE[k]!) / denominator : 0;
    driftMPerOrbit[k] = slope * acc.periodS;
  }
  return driftMPerOrbit;
}

/** The pairs the safety search checks: all for N <= 500, else those within two lattice steps. */
function candidatePairs(design: FormationDesign): Int32Array {
  const n = design.satellites;
  const pairs: number[] = [];
  const { radialIndex, alongTrackIndex } = design.lattice;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (n <= 500 || (Math.abs(radialIndex[a]! - radialIndex[b]!) <= 2 && Math.abs(alongTrackIndex[a]! - alongTrackIndex[b]!) <= 2)) {
        pairs.push(a, b);
      }
    }
  }
  return Int32Array.from(pairs);
}

/**
 * Station-keeping delta-v to hold one satellite on its designed ellipse
 * against an along-track drift of D metres per orbit, if the drift is
 * removed every orbit by a two-impulse tangential phasing pair: one impulse
 * dv changes the drift per orbit by 6 pi dv / n (HCW: delta-a = 2 dv / n,
 * drift -3 pi delta-a per orbit), so each orbit costs 2 |D| n / (6 pi) and a
 * year costs that times the orbits per year. A conservative bound: a
 * controller that also trims the drift rate pays less.
 * @param driftMPerOrbit along-track drift, m per orbit
 * @param meanMotionRadPerS mean motion, rad/s
 * @returns delta-v, m/s per year (Julian)
 */
export function stationKeepingDeltaVMPerSPerYear(driftMPerOrbit: number, meanMotionRadPerS: number): number {
  const perOrbitMPerS = (2 * Math.abs(driftMPerOrbit) * meanMotionRadPerS) / (6 * Math.PI);
  const orbitsPerYear = (JULIAN_YEAR_S * meanMotionRadPerS) / (2 * Math.PI);
  return perOrbitMPerS * orbitsPerYear;
}

/** A one-orbit check of the representative satellites (cheap enough for `evaluateScenario`). */
export interface QuickIntegrationCheck {
  /** Largest model-vs-integration position difference over one orbit, representative satellites, m. */
  readonly maxPositionErrorM: number;
  /** Largest along-track model-vs-integration difference after exactly one orbit, m (the drift of one orbit). */
  readonly maxDriftMPerOrbit: number;
}

/**
 * Integrates the reference and the outermost satellites on the lattice axes
 * (`representativeSatellites`) for one orbit (two-body + J2, DOP853 at 1e-12)
 * and compares with the closed-form model every T/24. About 1 ms; the
 * all-satellite, one-day figures come from `formationSafety`.
 */
export function formationQuickIntegrationCheck(design: FormationDesign): QuickIntegrationCheck {
  const chosen = representativeSatellites(design);
  if (chosen.length === 0) return { maxPositionErrorM: 0, maxDriftMPerOrbit: 0 };
  const periodS = orbitalPeriodS(design.semiMajorAxisM);
  const model = ricBuffer(3 * design.satellites);
  let maxError = 0;
  let maxDrift = 0;
  integrateFormation(
    design,
    periodS,
    periodS / 24,
    (t, ric) => {
      formationRicPositionsM(design, t, model, chosen);
      for (let s = 0; s < chosen.length; s++) {
        const k = chosen[s]!;
        const dy = ric[3 * s + 1]! - model[3 * k + 1]!;
        maxError = Math.max(maxError, Math.hypot(ric[3 * s]! - model[3 * k]!, dy, ric[3 * s + 2]! - model[3 * k + 2]!));
        if (t >= periodS - 1e-6) maxDrift = Math.max(maxDrift, Math.abs(dy));
      }
    },
    chosen,
  );
  return { maxPositionErrorM: maxError, maxDriftMPerOrbit: maxDrift };
}
