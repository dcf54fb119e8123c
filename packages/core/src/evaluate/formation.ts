import { M_PER_KM, SECONDS_PER_DAY } from '../constants.ts';
import { clusterFormationDesign } from '../resolve/formation.ts';
import type { FormationDesign } from '../formation/design.ts';
import { neighbourDistanceRange, type DistanceRange } from '../formation/geometry.ts';
import {
  formationQuickIntegrationCheck,
  formationSafety,
  stationKeepingDeltaVMPerSPerYear,
  type QuickIntegrationCheck,
} from '../formation/integrationCheck.ts';
import type { Scenario } from '../scenario/schema.ts';
import { referenceValue } from '../referenceData.ts';
import { boundedMemo } from '../memo.ts';

/** The paper's J2 station-keeping bound: 3 m/s per year per km of distance from the reference [P §4.1] (seeds/suncatcher.json). */
export const PAPER_J2_DRIFT_BOUND_MPS_PER_YEAR_PER_KM = referenceValue('formation.j2DriftBound');

/** The `formation` block of `solstice eval --json` and `solstice formation --json`. */
export interface FormationEvaluation {
  readonly satellites: number;
  readonly radiusM: number;
  /** Along-track : radial amplitude ratio of every relative ellipse (2 for plain HCW; the paper writes its J2 design 2 : 1.0037). */
  readonly axisRatio: number;
  /** The same ratio written as the paper does: 2 : radialPart, radialPart = 2 / axisRatio. */
  readonly axisRatioPaperForm: string;
  /** Lattice spacing at t = 0: radial, m. */
  readonly radialSpacingM: number;
  /** Lattice spacing at t = 0: along-track, m. */
  readonly alongTrackSpacingM: number;
  /** Smallest distance between lattice neighbours over one orbit (closed-form model), m; null for one satellite. */
  readonly neighbourDistanceMinM: number | null;
  /** Largest distance between lattice neighbours over one orbit (closed-form model), m; null for one satellite. */
  readonly neighbourDistanceMaxM: number | null;
  /** Closest approach of any pair over a day under J2 with no control, m (see minPairDistanceSource). */
  readonly minPairDistanceM: number | null;
  /** "integration": all pairs, two-body + J2 (solstice formation); "model": closed-form model, lattice neighbours (solstice eval). */
  readonly minPairDistanceSource: 'integration' | 'model';
  /** Largest along-track drift of a satellite from its design, m per orbit, J2-corrected design. */
  readonly j2DriftMPerOrbit: number;
  /** The same for the plain HCW design (no J2 correction); solstice formation only. */
  readonly uncorrectedJ2DriftMPerOrbit?: number;
  /** Station-keeping delta-v of the worst satellite to hold the corrected design, m/s per year. */
  readonly stationKeepingDeltaVMPerSPerYear: number;
  /** That delta-v per km of the satellite's along-track half-extent, m/s per year per km (the paper's bound: 3). */
  readonly stationKeepingDeltaVMPerSPerYearPerKm: number;
  /** The same for the uncorrected HCW design; solstice formation only. */
  readonly uncorrectedStationKeepingDeltaVMPerSPerYearPerKm?: number;
  readonly validation: {
    /** Largest model-vs-integration position difference over one orbit, m. */
    readonly maxPositionErrorM: number;
    /** The same over one day, m; solstice formation only. */
    readonly maxPositionErrorOneDayM?: number;
    /** "representative": outermost satellites on the lattice axes (solstice eval); "all": every satellite. */
    readonly satellitesChecked: 'representative' | 'all';
  };
  /** Safety without station keeping; solstice formation only. */
  readonly safety?: {
    readonly keepOutDistanceM: number;
    /** First time any pair is closer than keepOutDistanceM, days; null if none within horizonDays. */
    readonly firstConflictDays: number | null;
    readonly horizonDays: number;
  };
}

function paperForm(axisRatio: number): string {
  return `2 : ${(2 / axisRatio).toFixed(5)}`;
}

/** Half-extent along-track of the worst satellite's ellipse in km: the outermost one's is R. */
function outerExtentKm(design: FormationDesign): number {
  return design.radiusM / M_PER_KM;
}

/** The figures of the design itself, shared by the quick and the full evaluation. */
function designFigures(design: FormationDesign, neighbours: DistanceRange) {
  return {
    satellites: design.satellites,
    radiusM: design.radiusM,
    axisRatio: design.axisRatio,
    axisRatioPaperForm: paperForm(design.axisRatio),
    radialSpacingM: design.lattice.radialSpacingM,
    alongTrackSpacingM: design.lattice.alongTrackSpacingM,
    neighbourDistanceMinM: neighbours.minM,
    neighbourDistanceMaxM: neighbours.maxM,
  };
}

const quickIntegrationCheckMemo = boundedMemo<QuickIntegrationCheck>(512);

/** `formationQuickIntegrationCheck` memoised per design (pure: same design, same result). */
function cachedQuickIntegrationCheck(design: FormationDesign): QuickIntegrationCheck {
  const key = `${design.satellites}|${design.radiusM}|${design.semiMajorAxisM}|${design.inclinationRad}|${design.crossTrackAmplitudeM}`;
  return quickIntegrationCheckMemo(key, () => formationQuickIntegrationCheck(design));
}

/**
 * The formation block of `evaluateScenario`: closed-form figures for the
 * J2-corrected design plus a one-orbit integration of the representative
 * satellites (about 1 ms, memoised per design). The all-satellite, one-day
 * figures are `evaluateFormationFull` (`solstice formation`).
 */
export function evaluateFormation(scenario: Scenario): FormationEvaluation {
  return formationBlock(clusterFormationDesign(scenario));
}

/** The `formation` block of a resolved J2-corrected design (closed form plus the representative one-orbit check). */
export function formationBlock(design: FormationDesign): FormationEvaluation {
  const neighbours = neighbourDistanceRange(design, 96);
  const quick = cachedQuickIntegrationCheck(design);
  const n = design.model.meanMotionRadPerS;
  const deltaV = stationKeepingDeltaVMPerSPerYear(quick.maxDriftMPerOrbit, n);
  return {
    ...designFigures(design, neighbours),
    minPairDistanceM: neighbours.minM,
    minPairDistanceSource: 'model',
    j2DriftMPerOrbit: quick.maxDriftMPerOrbit,
    stationKeepingDeltaVMPerSPerYear: deltaV,
    stationKeepingDeltaVMPerSPerYearPerKm: deltaV / outerExtentKm(design),
    validation: { maxPositionErrorM: quick.maxPositionErrorM, satellitesChecked: 'representative' },
  };
}

/**
 * The full formation analysis (`solstice formation`): the J2-corrected and
 * the plain HCW designs are each integrated for all satellites (two-body +
 * J2, DOP853 at 1e-12) for a day, and the corrected one on to `horizonDays`
 * or the first keep-out conflict. Seconds of work for 81 satellites.
 * @param horizonDays how long to search for the first conflict, days (>= 1)
 */
export function evaluateFormationFull(scenario: Scenario, horizonDays = 1): FormationEvaluation {
  const design = clusterFormationDesign(scenario);
  const plain = clusterFormationDesign(scenario, false);
  const keepOut = scenario.cluster.keepOutDistanceM;
  const safety = formationSafety(design, keepOut, horizonDays * SECONDS_PER_DAY);
  const plainSafety = formationSafety(plain, keepOut, SECONDS_PER_DAY);
  const neighbours = neighbourDistanceRange(design);
  const worst = (drifts: Float64Array) => drifts.reduce((m, d) => Math.max(m, Math.abs(d)), 0);
  const drift = worst(safety.driftMPerOrbit);
  const plainDrift = worst(plainSafety.driftMPerOrbit);
  const deltaV = stationKeepingDeltaVMPerSPerYear(drift, design.model.meanMotionRadPerS);
  const plainDeltaV = stationKeepingDeltaVMPerSPerYear(plainDrift, plain.model.meanMotionRadPerS);
  return {
    ...designFigures(design, neighbours),
    minPairDistanceM: design.satellites > 1 ? safety.minPairDistanceM : null,
    minPairDistanceSource: 'integration',
    j2DriftMPerOrbit: drift,
    uncorrectedJ2DriftMPerOrbit: plainDrift,
    stationKeepingDeltaVMPerSPerYear: deltaV,
    stationKeepingDeltaVMPerSPerYearPerKm: deltaV / outerExtentKm(design),
    uncorrectedStationKeepingDeltaVMPerSPerYearPerKm: plainDeltaV / outerExtentKm(plain),
    validation: {
      maxPositionErrorM: safety.maxPositionErrorOneOrbitM,
      maxPositionErrorOneDayM: safety.maxPositionErrorOneDayM,
      satellitesChecked: 'all',
    },
    safety: {
      keepOutDistanceM: keepOut,
      firstConflictDays: safety.firstConflictS === null ? null : safety.firstConflictS / SECONDS_PER_DAY,
      horizonDays: safety.horizonS / SECONDS_PER_DAY,
    },
  };
}

