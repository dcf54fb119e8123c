import { ricBuffer, type RicBuffer } from './frames.ts';
import { hcwConstantAlongTrackResponseM } from './perturbations.ts';
import { hcwModel, relativeMotionPositions, type RelativeMotionModel } from './relativeMotion.ts';

/** Predicted closest approach, in keep-out distances, below which a live satellite avoids the failed one. */
const TRIGGER_KEEP_OUTS = 1.5;
/** Predicted closest approach, in keep-out distances, that an avoidance burn aims for. */
const GOAL_KEEP_OUTS = 2;
/** Directions tried in the radial/cross-track plane by `avoidanceBurnRic`. */
const CANDIDATE_DIRECTIONS = 12;
/** Sizes tried by `avoidanceBurnRic`, in units of n d_k (d_k the keep-out distance). */
const CANDIDATE_SIZES = [0.25, 0.5, 1, 1.5, 2, 3, 4];

/**
 * The predictive avoidance of `simulateStationKeeping`: HCW (+ the failed
 * satellite's differential drag) over one orbit ahead, with its scratch
 * buffers allocated once per run.
 */
export interface AvoidancePredictor {
  readonly meanMotionRadPerS: number;
  readonly hcw: RelativeMotionModel;
  /** Look-ahead of a prediction (one orbit), s. */
  readonly lookaheadS: number;
  /** Sampling of a prediction, s. */
  readonly predictionStepS: number;
  /** Predicted distance below which a live satellite avoids, m (1.5 keep-out distances). */
  readonly triggerM: number;
  /** Shortest time between two avoidance burns of one satellite (an eighth of an orbit), s. */
  readonly replanS: number;
  readonly candidateMagnitudesMPerS: readonly number[];
  readonly candidates: RicBuffer;
  readonly candidatePositions: RicBuffer;
  readonly candidateMiss: Float64Array;
  readonly onePosition: RicBuffer;
  /** Set by `predictedMissM`: first predicted time below the trigger distance, s (Infinity: never). */
  firstBelowTriggerS: number;
}

/**
 * The predictor for a cluster of mean motion n and keep-out distance d_k.
 * @param meanMotionRadPerS rad/s
 * @param keepOutDistanceM m
 */
export function avoidancePredictor(meanMotionRadPerS: number, keepOutDistanceM: number): AvoidancePredictor {
  const n = meanMotionRadPerS;
  const periodS = (2 * Math.PI) / n;
  return {
    meanMotionRadPerS: n,
    hcw: hcwModel(n),
    lookaheadS: periodS,
    predictionStepS: 30,
    triggerM: TRIGGER_KEEP_OUTS * keepOutDistanceM,
    replanS: periodS / 8,
    candidateMagnitudesMPerS: CANDIDATE_SIZES.map((k) => k * n * keepOutDistanceM),
    candidates: ricBuffer(6 * CANDIDATE_DIRECTIONS),
    candidatePositions: ricBuffer(3 * CANDIDATE_DIRECTIONS),
    candidateMiss: new Float64Array(CANDIDATE_DIRECTIONS),
    onePosition: ricBuffer(3),
    firstBelowTriggerS: Number.POSITIVE_INFINITY,
  };
}

/**
 * Smallest predicted distance between two satellites over a horizon: their
 * relative state (failed minus live, RIC about the centre) propagated by
 * the HCW closed form (`relativeMotionPositions`, Vallado Eq. 6-66) plus the
 * response to the failed satellite's constant differential along-track
 * push (`hcwConstantAlongTrackResponseM`), sampled every 30 s, m. Sets
 * `firstBelowTriggerS`.
 * @param relativeState failed minus live, RIC, m and m/s
 * @param pushMPerS2 the failed satellite's differential along-track acceleration, m/s^2
 * @param horizonS s
 */
export function predictedMissM(p: AvoidancePredictor, relativeState: RicBuffer, pushMPerS2: number, horizonS: number): number {
  const n = p.meanMotionRadPerS;
  const onePosition = p.onePosition;
  let miss = Math.hypot(relativeState[0]!, relativeState[1]!, relativeState[2]!);
  p.firstBelowTriggerS = miss < p.triggerM ? 0 : Number.POSITIVE_INFINITY;
  for (let tau = p.predictionStepS; tau <= horizonS + 1e-9; tau += p.predictionStepS) {
    relativeMotionPositions(p.hcw, tau, relativeState, onePosition);
    const forced = hcwConstantAlongTrackResponseM(pushMPerS2, n, tau);
    const distance = Math.hypot(onePosition[0]! + forced.radialM, onePosition[1]! + forced.alongTrackM, onePosition[2]!);
    if (distance < p.triggerM && p.firstBelowTriggerS === Number.POSITIVE_INFINITY) p.firstBelowTriggerS = tau;
    miss = Math.min(miss, distance);
  }
  return miss;
}

/**
 * The avoidance burn of a threatened live satellite (RIC, m/s): among
 * burns in the radial/cross-track plane (12 directions; no along-track
 * component, so no drift starts and the return is cheap) of growing size
 * (a quarter to four times n d_k), the smallest size for which some
 * direction keeps the predicted closest approach over one orbit above
 * 2 d_k (4/3 of the trigger distance), and at that size the direction
 * with the largest predicted miss; if no size reaches it, the largest miss
 * of all. The burn changes the relative state linearly (failed minus live
 * velocity changes by -dv), so each candidate is one more HCW propagation
 * (Vallado Eq. 6-66, plus `hcwConstantAlongTrackResponseM`).
 * @param relativeState failed minus live, RIC, m and m/s
 * @param pushMPerS2 the failed satellite's differential along-track acceleration, m/s^2
 */
export function avoidanceBurnRic(p: AvoidancePredictor, relativeState: RicBuffer, pushMPerS2: number): [number, number, number] {
  const { candidates, candidatePositions, candidateMiss } = p;
  const horizonS = p.lookaheadS;
  let best: [number, number, number] = [0, 0, 0];
  let bestMiss = Number.NEGATIVE_INFINITY;
  for (const magnitude of p.candidateMagnitudesMPerS) {
    for (let d = 0; d < CANDIDATE_DIRECTIONS; d++) {
      const angle = (2 * Math.PI * d) / CANDIDATE_DIRECTIONS;
      candidates.set(relativeState, 6 * d);
      candidates[6 * d + 3] = relativeState[3]! - magnitude * Math.cos(angle);
      candidates[6 * d + 5] = relativeState[5]! - magnitude * Math.sin(angle);
      candidateMiss[d] = Math.hypot(relativeState[0]!, relativeState[1]!, relativeState[2]!);
    }
    for (let tau = p.predictionStepS; tau <= horizonS + 1e-9; tau += p.predictionStepS) {
      relativeMotionPositions(p.hcw, tau, candidates, candidatePositions);
      const forced = hcwConstantAlongTrackResponseM(pushMPerS2, p.meanMotionRadPerS, tau);
      for (let d = 0; d < CANDIDATE_DIRECTIONS; d++) {
        const q = 3 * d;
        const distance = Math.hypot(candidatePositions[q]! + forced.radialM, candidatePositions[q + 1]! + forced.alongTrackM, candidatePositions[q + 2]!);
        if (distance < candidateMiss[d]!) candidateMiss[d] = distance;
      }
    }
    let levelBest = -1;
    for (let d = 0; d < CANDIDATE_DIRECTIONS; d++) if (levelBest < 0 || candidateMiss[d]! > candidateMiss[levelBest]!) levelBest = d;
    const angle = (2 * Math.PI * levelBest) / CANDIDATE_DIRECTIONS;
    if (candidateMiss[levelBest]! > bestMiss) {
      bestMiss = candidateMiss[levelBest]!;
      best = [magnitude * Math.cos(angle), 0, magnitude * Math.sin(angle)];
    }
    if (bestMiss >= (GOAL_KEEP_OUTS / TRIGGER_KEEP_OUTS) * p.triggerM) break;
  }
  return best;
}
