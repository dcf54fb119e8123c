import { EARTH_ROTATION_RAD_PER_S, JULIAN_YEAR_S, STANDARD_GRAVITY_M_PER_S2 } from '../constants.ts';
import { standardNormalQuantile } from '../probability/normal.ts';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { FormationDesign } from './design.ts';
import { Dop853 } from './dop853.ts';
import { eciBuffer, ricAxesOf, ricBuffer, type EciBuffer, type RicBuffer } from './frames.ts';
import { formationInitialStatesEci } from './initialState.ts';
import {
  altitudeAboveEllipsoidM,
  dragAccelerationMPerS2,
  hcwConstantAlongTrackResponseM,
  solarRadiationPressureAccelerationMPerS2,
  twoBodyJ2DragDerivative,
  type AtmosphereModel,
  type SolarRadiationPressureModel,
} from './perturbations.ts';
import { hcwModel, relativeMotionPositions } from './relativeMotion.ts';
import { FORMATION_INTEGRATION_TOLERANCE, formationReferenceStateEci } from './integrationCheck.ts';

/**
 * Propellant burnt for a delta-v, from the rocket equation:
 * m_p = m0 (1 - exp(-dv / (Isp g0))) (Tsiolkovsky; Sutton & Biblarz,
 * *Rocket Propulsion Elements*, Eq. 4-7).
 * @param deltaVMPerS delta-v, m/s
 * @param initialMassKg mass before the burns, kg
 * @param ispS specific impulse, s
 * @returns kg
 */
export function rocketPropellantKg(deltaVMPerS: number, initialMassKg: number, ispS: number): number {
  return initialMassKg * -Math.expm1(-deltaVMPerS / (ispS * STANDARD_GRAVITY_M_PER_S2));
}

/**
 * Yearly station-keeping delta-v against a constant differential along-track
 * acceleration f: every m/s the disturbance adds to the along-track velocity
 * must be taken out again, so dv per year = |f| x one year (Julian). The
 * deadband controller of `simulateStationKeeping` reaches it: each
 * drift-rate reversal -r -> +r costs 2 r / 3 (HCW: a tangential dv changes
 * the drift rate by -3 dv) and lasts 2 r / (3 |f|) (the along-track centre
 * accelerates at -3 f), i.e. |f| per second whatever the box.
 * @param accelerationMPerS2 differential acceleration, m/s^2
 * @returns m/s per year
 */
export function differentialDragDeltaVMPerSPerYear(accelerationMPerS2: number): number {
  return Math.abs(accelerationMPerS2) * JULIAN_YEAR_S;
}

/** Settings of the station-keeping controller and its sensors and thrusters (SI). */
export interface ControllerSettings {
  /** Position deadband: half of it is the along-track box, a quarter the ellipse and cross-track error allowed, m. */
  readonly deadbandM: number;
  /** Relative navigation noise per axis (1 sigma), m. */
  readonly navigationSigmaM: number;
  /** Relative navigation velocity noise per axis (1 sigma), m/s. */
  readonly navigationSigmaMPerS: number;
  /** Smallest impulse the thrusters deliver (burns are whole multiples), N s. */
  readonly minimumImpulseBitNs: number;
  /** Satellite mass, kg (turns the impulse bit into a delta-v bit). */
  readonly satelliteMassKg: number;
}

/** A satellite that stops controlling at t = 0, and what its neighbours do about it. */
export interface FailureCase {
  /** Index of the failed satellite. */
  readonly satellite: number;
  /** Its ballistic coefficient after the failure (tumbling), m^2/kg. */
  readonly ballisticCoefficientM2PerKg: number;
  /** Whether live satellites that it approaches push themselves away. */
  readonly avoidance: boolean;
  /** Distance below which a pair counts as colliding, m (the alert distance is twice it). */
  readonly keepOutDistanceM: number;
}

/** What `simulateStationKeeping` integrates. */
export interface StationKeepingInput {
  readonly design: FormationDesign;
  readonly atmosphere: AtmosphereModel;
  /** Ballistic coefficient of the cluster centre (the reference the design is drawn about), m^2/kg. */
  readonly referenceBallisticCoefficientM2PerKg: number;
  /** Each satellite's ballistic coefficient (N numbers), m^2/kg. */
  readonly ballisticCoefficientsM2PerKg: ArrayLike<number>;
  readonly controller: ControllerSettings;
  /** How long, s. */
  readonly durationS: number;
  /** Navigation and control cadence, s (default 60). */
  readonly controlStepS?: number;
  /** Satellites to integrate (default all; the failed one is added). */
  readonly satellites?: ArrayLike<number>;
  readonly failure?: FailureCase;
  /** Solar radiation pressure (absent: none): the Sun's direction in the integration's frame, Cr, the centre's and each satellite's A / m. */
  readonly solarRadiationPressure?: {
    readonly sunUnitEci: ArrayLike<number>;
    readonly reflectivityCoefficient: number;
    readonly referenceAreaToMassM2PerKg: number;
    /** N numbers, m^2/kg. */
    readonly areaToMassM2PerKg: ArrayLike<number>;
  };
  /** The controller's own density model for its drag prior (default `atmosphere`, the truth). */
  readonly modelAtmosphere?: AtmosphereModel;
  /** Seed of the navigation noise (default 1). */
  readonly seed?: number;
  /** Called every control step with the true position error of each integrated satellite (same order as `satellites` of the result), m. */
  readonly onStep?: (tS: number, positionErrorM: Float64Array, relativePositionsRic: Float64Array) => void;
}

/** The failed satellite's encounters. */
export interface FailureOutcome {
  readonly satellite: number;
  /** Closest approach to any live satellite over the run, m. */
  readonly minDistanceM: number;
  /** When, s. */
  readonly minDistanceTimeS: number;
  /** Which live satellite. */
  readonly closestSatellite: number;
  /** First time it comes within the keep-out distance of a live satellite, s; null if never. */
  readonly firstKeepOutS: number | null;
  /** Delta-v the live satellites spent avoiding it, all together, m/s. */
  readonly avoidanceDeltaVMPerS: number;
  /** Number of avoidance burns. */
  readonly avoidanceBurns: number;
}

/** What the controlled cluster did. */
export interface StationKeepingResult {
  /** The integrated satellites, in the order of the per-satellite arrays. */
  readonly satellites: Int32Array;
  /** Station-keeping delta-v each spent (avoidance excluded), m/s. */
  readonly deltaVMPerS: Float64Array;
  /** Station-keeping burns each made (feed-forward pulses included: about one a control step when a bit is owed). */
  readonly burns: Int32Array;
  /** Largest true distance from its designed position, m (0 for the failed satellite). */
  readonly maxPositionErrorM: Float64Array;
  readonly durationS: number;
  /** Right-hand-side evaluations spent. */
  readonly evaluations: number;
  readonly failure?: FailureOutcome;
}

/** Numbers kept per estimator sample: t, Ec, Es, da, yc, Zc, Zs, cos and sin of the phase n t (da is kept for inspection and shifted like the rest). */
const SAMPLE_FIELDS = 9;

/**
 * Share of the deadband D given to the along-track centre's box (+-0.35 D) and
 * to the ellipse and cross-track amplitudes (D / 8): the along-track error is
 * at most |yc| + 2 |e| = 0.6 D when both sit at their limits, which leaves
 * 0.4 D for the overshoot between a check and the burn that answers it (a
 * pending half-orbit pair, the residual push a dt^2 / 2) and for the noise.
 */
const BOX_FRACTION = 0.35;

/**
 * Standard deviations by which a window's measured push must differ from the
 * model's before it replaces it: at 5 a false alarm is under 1e-5 per window
 * (Rayleigh exp(-25/2) for the in-plane pair), so 81 satellites over days
 * almost never feed noise forward; at 3 they did, about 1 % of windows, and
 * paid 0.2 m/s per year for it.
 */
const GATE_SIGMAS = 5;
const ELLIPSE_FRACTION = 0.125;

/** Predicted closest approach, in keep-out distances, below which a live satellite avoids the failed one. */
const TRIGGER_KEEP_OUTS = 1.5;
/** Predicted closest approach, in keep-out distances, that an avoidance burn aims for. */
const GOAL_KEEP_OUTS = 2;

/** Forgets a satellite's measurements (after a manoeuvre the window cannot describe). */
function resetWindow(c: SatelliteController): void {
  c.count = 0;
  c.head = 0;
  c.feedForwardR = 0;
  c.feedForwardT = 0;
}

/** One satellite's controller state. */
interface SatelliteController {
  /** Ring buffer of measured relative-orbit-element samples, SAMPLE_FIELDS each. */
  readonly window: Float64Array;
  count: number;
  head: number;
  /** The second burn of a pair, RIC, m/s, and when; NaN when none. */
  pendingTimeS: number;
  pendingR: number;
  pendingT: number;
  pendingN: number;
  /** Whether the pending burn cancels the measured velocity error (the end of a retarget) rather than a fixed vector. */
  pendingCancelsVelocity: boolean;
  /** Yielding to the failed satellite: no station keeping until it has left. */
  yielding: boolean;
  /** Estimated constant differential along-track acceleration (drag), m/s^2. */
  alongTrackMPerS2: number;
  /** Estimated in-plane differential acceleration fixed in inertial space (SRP), in the phase frame of the samples, m/s^2. */
  inPlaneCosMPerS2: number;
  inPlaneSinMPerS2: number;
  /** Whether the in-plane push is measured (a full window seen) rather than the SRP model's. */
  inPlaneMeasured: boolean;
  /** Feed-forward delta-v owed but not yet fired (less than an impulse bit, or between pulses), RIC, m/s. */
  feedForwardR: number;
  feedForwardT: number;
  /** When this satellite last burnt to avoid the failed one, s (-Infinity: never). */
  lastAvoidanceS: number;
}

/**
 * Closed-loop station keeping of the cluster inside the nonlinear
 * two-body + J2 + drag integration (`twoBodyJ2DragDerivative`, DOP853 at
 * 1e-12). The reference (cluster centre) flies with the reference ballistic
 * coefficient; each satellite with its own. Every control step each live
 * satellite measures its state relative to the reference with Gaussian
 * navigation noise and compares it with its target: its own design state
 * flown in the same integration with the centre's ballistic coefficient and
 * no control (so the target carries the real J2 motion, whose periodic
 * difference from the closed-form design reaches metres for the outermost
 * satellites, and the centre's decay; the controller fights only the
 * differential drag, the noise and its own errors).
 *
 * The controller is an impulsive deadband on HCW relative orbital elements
 * of the error (D'Amico's relative eccentricity/inclination picture,
 * written for errors): da = 4 x + 2 y'/n, along-track centre
 * yc = y - 2 x'/n drifting at -3/2 n da, ellipse (ex, ey) = (-3 x - 2 y'/n, x'/n)
 * and cross-track (z, z'/n). Over the last two orbits of measurements
 * (every burn shifts the stored samples by its known effect, so they describe
 * the present trajectory under the disturbances alone) yc is fitted with a
 * parabola, e in inertial phase with a line (less its periodic response to
 * the along-track push, `windowEstimates`) and z averaged, which filters the
 * noise.
 *
 * Feed-forward: the mean differential acceleration is paid as it comes, every
 * control step in whole impulse bits (the remainder is carried): a constant
 * along-track push f (drag; yc accelerates at -3 f) and an in-plane push
 * (ax, ay) fixed in inertial space (SRP; the ellipse turns at
 * dE/dt = 3 / (2 n) (-ay, ax)). Until a full window is seen, and afterwards
 * wherever the measurement agrees with it within five standard deviations
 * of its navigation noise (`feedForwardNoiseMPerS2`), the models' values are
 * used: the differential drag at the centre's density and air speed at t = 0
 * and the cannonball SRP of the A / m difference. Without it an in-plane push
 * of 2.8e-8 m/s^2 (SRP at the defaults) grows the ellipse 0.23 m an orbit and
 * the impulsive laws below, which see it late and answer in half-orbit pairs,
 * let the error reach twice the deadband. With it they deal only with what the
 * feed-forward misses (noise, the estimate's error, the once-per-orbit wobble
 * of density and J2). Laws, inside a budget that leaves 0.4 D for overshoot
 * and noise (`BOX_FRACTION`, `ELLIPSE_FRACTION`):
 * - drift: when |yc| leaves the box 0.35 D moving outward, the drift rate is
 *   mirrored (the classic east-west deadband of geostationary station
 *   keeping): against a constant differential drag this costs |f| per second
 *   (see `differentialDragDeltaVMPerSPerYear`). A satellite outside and not
 *   coming back gets a return rate. Tangential burns are split in two halves
 *   half an orbit apart, so they leave the ellipse alone (whole while another
 *   pair is pending, whose second burn the law counts in: a radial dv moves yc
 *   by -2 dv / n, a tangential one its rate by -3 dv);
 * - ellipse: |e| > D/8 is removed by two opposite radial burns half an orbit
 *   apart, fired when e lies along the radial-burn direction (no net drift);
 * - cross-track: an amplitude above D/8 is removed by one normal burn near the node;
 * - a position error above 2 D (after an avoidance) is retargeted to the
 *   design in 0.4 orbit by an HCW two-impulse transfer;
 * - strong drag (box cycle under one orbit: |f| > 8 D / (3 T^2), high solar
 *   activity with a 10 % spread): the measured push is used before the window
 *   is full, and drift burns are made whole.
 * Every burn is rounded to whole impulse bits.
 *
 * A failed satellite is not controlled and may have another ballistic
 * coefficient. With avoidance the policy is predictive: every step each live
 * satellite within reach propagates the failed satellite's state relative to
 * its own one orbit ahead with the HCW closed form plus the response to the
 * failed satellite's differential drag (its coefficient minus the live one's,
 * at the centre's density and air speed). When the predicted closest approach
 * is below 1.5 keep-out distances and the first violation of that margin is at
 * most a quarter orbit away (where an impulse has its full effect), it burns in
 * the radial/cross-track plane (no along-track drift starts), choosing size
 * and direction by the same prediction (`avoidanceBurnRic`), and stops station
 * keeping; it may re-plan every eighth of an orbit. It returns (its controller
 * retargets) once its slot is predicted clear by 2.25 keep-out distances over
 * 1.5 orbits, at least half an orbit after its last avoidance burn. The
 * satellites are assumed to know the failed satellite's relative state to
 * their navigation accuracy (centimetres against a 30 m trigger), so the true
 * states are used.
 */
export function simulateStationKeeping(input: StationKeepingInput): StationKeepingResult {
  const { design, controller } = input;
  const stepS = input.controlStepS ?? 60;
  const n = design.model.meanMotionRadPerS;
  const periodS = (2 * Math.PI) / n;
  const chosenList = Array.from(input.satellites ?? Array.from({ length: design.satellites }, (_, k) => k));
  const failure = input.failure;
  if (failure && !chosenList.includes(failure.satellite)) chosenList.push(failure.satellite);
  const chosen = Int32Array.from(chosenList);
  const m = chosen.length;
  const failedSlot = failure ? chosenList.indexOf(failure.satellite) : -1;

  // State: slot 0 the reference (the centre, satellite 0's design state), then the chosen satellites.
  const initial = formationInitialStatesEci(design, formationReferenceStateEci(design));
  // Slots m + 1 .. 2 m: each satellite's target, its design flown with the centre's coefficient and no control.
  const state = eciBuffer(6 * (2 * m + 1));
  state.set(initial.subarray(0, 6), 0);
  const coefficients = new Float64Array(2 * m + 1);
  coefficients[0] = input.referenceBallisticCoefficientM2PerKg;
  for (let s = 0; s < m; s++) {
    const k = chosen[s]!;
    state.set(initial.subarray(6 * k, 6 * k + 6), 6 * (s + 1));
    state.set(initial.subarray(6 * k, 6 * k + 6), 6 * (m + s + 1));
    coefficients[s + 1] = s === failedSlot ? failure!.ballisticCoefficientM2PerKg : input.ballisticCoefficientsM2PerKg[k]!;
    coefficients[m + s + 1] = input.referenceBallisticCoefficientM2PerKg;
  }
  const srpInput = input.solarRadiationPressure;
  let srp: SolarRadiationPressureModel | undefined;
  if (srpInput) {
    const areaToMass = new Float64Array(2 * m + 1).fill(srpInput.referenceAreaToMassM2PerKg);
    for (let s = 0; s < m; s++) areaToMass[s + 1] = srpInput.areaToMassM2PerKg[chosen[s]!]!;
    srp = { sunUnitEci: srpInput.sunUnitEci, reflectivityCoefficient: srpInput.reflectivityCoefficient, areaToMassM2PerKg: areaToMass };
  }
  // The modelled differential SRP of each satellite (cannonball, shadow ignored), ECI, m/s^2: the
  // feed-forward's prior until a full window measures the in-plane push.
  const srpPrior = new Float64Array(3 * m);
  if (srp && srpInput) {
    for (let s = 0; s < m; s++) {
      const a = solarRadiationPressureAccelerationMPerS2(srp.areaToMassM2PerKg[s + 1]! - srpInput.referenceAreaToMassM2PerKg, srp.reflectivityCoefficient);
      for (let c = 0; c < 3; c++) srpPrior[3 * s + c] = -a * srpInput.sunUnitEci[c]!;
    }
  }
  // The modelled differential drag along-track at the start (the centre's density and air speed):
  // the feed-forward's prior until a full window measures it.
  const dragScale0 = (() => {
    const ux = state[3]! + EARTH_ROTATION_RAD_PER_S * state[1]!;
    const uy = state[4]! - EARTH_ROTATION_RAD_PER_S * state[0]!;
    const rho = (input.modelAtmosphere ?? input.atmosphere).densityKgPerM3(altitudeAboveEllipsoidM(state[0]!, state[1]!, state[2]!));
    return dragAccelerationMPerS2(rho, Math.hypot(ux, uy, state[5]!), 1);
  })();
  const priorAlongTrack = Float64Array.from({ length: m }, (_, s) => -dragScale0 * (coefficients[s + 1]! - coefficients[0]!));
  const integrator = new Dop853(state.length, twoBodyJ2DragDerivative(input.atmosphere, coefficients, srp), FORMATION_INTEGRATION_TOLERANCE);

  // Two orbits of samples: long enough to see the drift's curvature through the noise.
  const windowSamples = Math.max(8, Math.round((2 * periodS) / stepS));
  const windowS = windowSamples * stepS;
  const minimumSamples = Math.max(4, Math.round(windowSamples / 2));
  const controllers: SatelliteController[] = Array.from({ length: m }, (_, s) => ({
    window: new Float64Array(windowSamples * SAMPLE_FIELDS),
    count: 0,
    head: 0,
    pendingTimeS: Number.NaN,
    pendingR: 0,
    pendingT: 0,
    pendingN: 0,
    pendingCancelsVelocity: false,
    yielding: false,
    lastAvoidanceS: Number.NEGATIVE_INFINITY,
    alongTrackMPerS2: priorAlongTrack[s]!,
    inPlaneCosMPerS2: 0,
    inPlaneSinMPerS2: 0,
    inPlaneMeasured: false,
    feedForwardR: 0,
    feedForwardT: 0,
  }));
  const deltaV = new Float64Array(m);
  const burns = new Int32Array(m);
  const maxError = new Float64Array(m);
  const bitMPerS = controller.minimumImpulseBitNs / controller.satelliteMassKg;
  const deadband = controller.deadbandM;
  const boxM = BOX_FRACTION * deadband;
  const ellipseLimitM = ELLIPSE_FRACTION * deadband;
  const minimumRateMPerS = (2 * boxM) / (10 * periodS);

  const relative = new Float64Array(12 * m); // true relative RIC states of the satellites, then of their targets
  const positions = new Float64Array(3 * m);
  const previousPositions = new Float64Array(3 * m);
  const errors = new Float64Array(m);
  const measured = new Float64Array(6);


  // Predictive avoidance: HCW (+ the failed satellite's differential drag) over one orbit ahead.
  const hcw = hcwModel(n);
  const lookaheadS = periodS;
  const predictionStepS = 30;
  const triggerM = failure ? TRIGGER_KEEP_OUTS * failure.keepOutDistanceM : 0;
  const replanS = periodS / 8;
  const separation = ricBuffer(6);
  let dragScale = 0;
  const candidateMagnitudesMPerS = [0.25, 0.5, 1, 1.5, 2, 3, 4].map((k) => k * n * (failure?.keepOutDistanceM ?? 0));
  const candidateDirections = 12;
  const candidates = ricBuffer(6 * candidateDirections);
  const candidatePositions = ricBuffer(3 * candidateDirections);
  const candidateMiss = new Float64Array(candidateDirections);
  const onePosition = ricBuffer(3);

  /**
   * Smallest predicted distance between two satellites over a horizon: their
   * relative state (failed minus live, RIC about the centre) propagated by
   * the HCW closed form (`relativeMotionPropagate`, Vallado Eq. 6-66) plus the
   * response to the failed satellite's constant differential along-track
   * push (`hcwConstantAlongTrackResponseM`), sampled every 30 s, m.
   */
  let firstBelowTriggerS = Number.POSITIVE_INFINITY;
  const predictedMissM = (relativeState: RicBuffer, pushMPerS2: number, horizonS: number): number => {
    let miss = Math.hypot(relativeState[0]!, relativeState[1]!, relativeState[2]!);
    firstBelowTriggerS = miss < triggerM ? 0 : Number.POSITIVE_INFINITY;
    for (let tau = predictionStepS; tau <= horizonS + 1e-9; tau += predictionStepS) {
      relativeMotionPositions(hcw, tau, relativeState, onePosition);
      const forced = hcwConstantAlongTrackResponseM(pushMPerS2, n, tau);
      const distance = Math.hypot(onePosition[0]! + forced.radialM, onePosition[1]! + forced.alongTrackM, onePosition[2]!);
      if (distance < triggerM && firstBelowTriggerS === Number.POSITIVE_INFINITY) firstBelowTriggerS = tau;
      miss = Math.min(miss, distance);
    }
    return miss;
  };

  /**
   * The avoidance burn of a threatened live satellite (RIC, m/s): among
   * burns in the radial/cross-track plane (12 directions; no along-track
   * component, so no drift starts and the return is cheap) of growing size
   * (a quarter to eight times n d_k), the smallest size for which some
   * direction keeps the predicted closest approach over 1.5 orbits above
   * 1.25 x the trigger distance (2 d_k), and at that size the direction
   * with the largest predicted miss; if no size reaches it, the largest miss
   * of all. The burn changes the relative state linearly (failed minus live
   * velocity changes by -dv), so each candidate is one more HCW propagation.
   */
  const avoidanceBurnRic = (relativeState: RicBuffer, pushMPerS2: number): [number, number, number] => {
    const horizonS = lookaheadS;
    let best: [number, number, number] = [0, 0, 0];
    let bestMiss = Number.NEGATIVE_INFINITY;
    for (const magnitude of candidateMagnitudesMPerS) {
      for (let d = 0; d < candidateDirections; d++) {
        const angle = (2 * Math.PI * d) / candidateDirections;
        candidates.set(relativeState, 6 * d);
        candidates[6 * d + 3] = relativeState[3]! - magnitude * Math.cos(angle);
        candidates[6 * d + 5] = relativeState[5]! - magnitude * Math.sin(angle);
        candidateMiss[d] = Math.hypot(relativeState[0]!, relativeState[1]!, relativeState[2]!);
      }
      for (let tau = predictionStepS; tau <= horizonS + 1e-9; tau += predictionStepS) {
        relativeMotionPositions(hcw, tau, candidates, candidatePositions);
        const forced = hcwConstantAlongTrackResponseM(pushMPerS2, n, tau);
        for (let d = 0; d < candidateDirections; d++) {
          const p = 3 * d;
          const distance = Math.hypot(candidatePositions[p]! + forced.radialM, candidatePositions[p + 1]! + forced.alongTrackM, candidatePositions[p + 2]!);
          if (distance < candidateMiss[d]!) candidateMiss[d] = distance;
        }
      }
      let levelBest = -1;
      for (let d = 0; d < candidateDirections; d++) if (levelBest < 0 || candidateMiss[d]! > candidateMiss[levelBest]!) levelBest = d;
      const angle = (2 * Math.PI * levelBest) / candidateDirections;
      if (candidateMiss[levelBest]! > bestMiss) {
        bestMiss = candidateMiss[levelBest]!;
        best = [magnitude * Math.cos(angle), 0, magnitude * Math.sin(angle)];
      }
      if (bestMiss >= (GOAL_KEEP_OUTS / TRIGGER_KEEP_OUTS) * triggerM) break;
    }
    return best;
  };

  let avoidanceDeltaV = 0;
  let avoidanceBurns = 0;
  let minDistance = Number.POSITIVE_INFINITY;
  let minDistanceTime = 0;
  let closest = -1;
  let firstKeepOut: number | null = null;

  /** Applies an RIC delta-v (reference axes) to slot s, rounded to impulse bits; returns the applied magnitude. */
  const burn = (s: number, tS: number, dvR: number, dvT: number, dvN: number, avoidance: boolean): number => {
    const magnitude = Math.hypot(dvR, dvT, dvN);
    if (magnitude === 0) return 0;
    const scale = bitMPerS > 0 ? (Math.round(magnitude / bitMPerS) * bitMPerS) / magnitude : 1;
    if (scale === 0) return 0;
    const r = dvR * scale;
    const t = dvT * scale;
    const nn = dvN * scale;
    const axes = ricAxesOf(state);
    const o = 6 * (s + 1);
    for (let c = 0; c < 3; c++) state[o + 3 + c] = state[o + 3 + c]! + axes.radial[c]! * r + axes.alongTrack[c]! * t + axes.crossTrack[c]! * nn;
    const applied = magnitude * scale;
    if (avoidance) {
      avoidanceDeltaV += applied;
      avoidanceBurns++;
    } else {
      deltaV[s] = deltaV[s]! + applied;
      burns[s] = burns[s]! + 1;
    }
    shiftWindow(controllers[s]!, tS, r, t, nn);
    return applied;
  };

  /** Makes the stored samples consistent with the state after a burn (HCW effects of an impulse). */
  const shiftWindow = (c: SatelliteController, tS: number, dvR: number, dvT: number, dvN: number) => {
    const theta = n * tS;
    const ct = Math.cos(theta);
    const st = Math.sin(theta);
    const dex = (-2 * dvT) / n;
    const dey = dvR / n;
    const dEc = dex * ct - dey * st;
    const dEs = dex * st + dey * ct;
    const dZc = -(dvN / n) * st;
    const dZs = (dvN / n) * ct;
    for (let i = 0; i < c.count; i++) {
      const o = i * SAMPLE_FIELDS;
      const w = c.window;
      w[o + 1] = w[o + 1]! + dEc;
      w[o + 2] = w[o + 2]! + dEs;
      w[o + 3] = w[o + 3]! + (2 * dvT) / n;
      w[o + 4] = w[o + 4]! - (2 * dvR) / n - 3 * dvT * (w[o]! - tS);
      w[o + 5] = w[o + 5]! + dZc;
      w[o + 6] = w[o + 6]! + dZs;
    }
  };

  /** HCW two-impulse retarget of slot s: first burn now so the error is zero 0.4 orbit later; the second cancels the velocity error then. */
  const retarget = (s: number, tS: number, e: Float64Array) => {
    const tau = 0.4 * periodS;
    const nt = n * tau;
    const c = Math.cos(nt);
    const si = Math.sin(nt);
    // HCW position rows of the state transition matrix (Vallado Eq. 6-66).
    const rrx = [4 - 3 * c, 0, 0];
    const rry = [6 * (si - nt), 1, 0];
    const rrz = [0, 0, c];
    const rvx = [si / n, (2 / n) * (1 - c), 0];
    const rvy = [(-2 / n) * (1 - c), (4 * si - 3 * nt) / n, 0];
    const rvz = [0, 0, si / n];
    const free = [0, 1, 2].map((row) => {
      const rr = [rrx, rry, rrz][row]!;
      const rv = [rvx, rvy, rvz][row]!;
      return rr[0]! * e[0]! + rr[1]! * e[1]! + rr[2]! * e[2]! + rv[0]! * e[3]! + rv[1]! * e[4]! + rv[2]! * e[5]!;
    });
    // Solve the in-plane 2x2 for the velocity change; cross-track separately.
    const det = rvx[0]! * rvy[1]! - rvx[1]! * rvy[0]!;
    const dvx = (-free[0]! * rvy[1]! + free[1]! * rvx[1]!) / det;
    const dvy = (-free[1]! * rvx[0]! + free[0]! * rvy[0]!) / det;
    const dvz = -free[2]! / rvz[2]!;
    burn(s, tS, dvx, dvy, dvz, false);
    const ctl = controllers[s]!;
    ctl.pendingTimeS = tS + tau;
    ctl.pendingCancelsVelocity = true;
  };

  const uniformsPerStep = 6 * m;
  // One xoroshiro128+ stream for the whole run (as `seededUniforms` draws them). A stream per
  // step seeded with consecutive integers, as before, gives nearly equal first outputs: the
  // first satellites' noise was a slowly varying bias (lag-1 autocorrelation 1.0), not white.
  const noiseStream = xoroshiro128plus((input.seed ?? 1) | 0);
  const noise = new Float64Array(uniformsPerStep);
  let t = 0;
  let evaluations = 0;
  let havePrevious = false;
  const horizon = input.durationS;
  while (t < horizon - 1e-9) {
    const next = Math.min(horizon, t + stepS);
    integrator.integrate(t, state, next);
    evaluations += integrator.lastStats().evaluations;
    t = next;
    relativeStatesRic(state, 2 * m, relative);
    if (failure?.avoidance) {
      // rho v_rel^2 / 2 at the centre: times a coefficient difference, the differential drag (`dragAccelerationMPerS2`).
      const ux = state[3]! + EARTH_ROTATION_RAD_PER_S * state[1]!;
      const uy = state[4]! - EARTH_ROTATION_RAD_PER_S * state[0]!;
      const uz = state[5]!;
      const rho = input.atmosphere.densityKgPerM3(altitudeAboveEllipsoidM(state[0]!, state[1]!, state[2]!));
      dragScale = dragAccelerationMPerS2(rho, Math.hypot(ux, uy, uz), 1);
    }
    for (let i = 0; i < uniformsPerStep; i++) noise[i] = uniformFloat64(noiseStream); // clamped away from 0 and 1 where used
    const axes = ricAxesOf(state);
    const theta = n * t;
    const ct = Math.cos(theta);
    const st = Math.sin(theta);
    for (let s = 0; s < m; s++) {
      const o = 6 * s;
      positions[3 * s] = relative[o]!;
      positions[3 * s + 1] = relative[o + 1]!;
      positions[3 * s + 2] = relative[o + 2]!;
    }

    // The failed satellite's encounters (true positions, straight-line refinement between steps).
    if (failure) {
      const f = 3 * failedSlot;
      for (let s = 0; s < m; s++) {
        if (s === failedSlot) continue;
        const d = segmentMinDistanceM(positions, havePrevious ? previousPositions : positions, f, 3 * s);
        if (d < minDistance) {
          minDistance = d;
          minDistanceTime = t;
          closest = chosen[s]!;
        }
        if (firstKeepOut === null && d < failure.keepOutDistanceM) firstKeepOut = t;
      }
    }

    for (let s = 0; s < m; s++) {
      const o = 6 * s;
      const dO = 6 * (m + s);
      const trueError = Math.hypot(
        relative[o]! - relative[dO]!,
        relative[o + 1]! - relative[dO + 1]!,
        relative[o + 2]! - relative[dO + 2]!,
      );
      errors[s] = trueError;
      if (s === failedSlot) continue;
      const ctl = controllers[s]!;
      if (!ctl.yielding && trueError > maxError[s]!) maxError[s] = trueError;
      // Measured error: true relative state plus navigation noise, minus the design.
      for (let c = 0; c < 6; c++) {
        const sigma = c < 3 ? controller.navigationSigmaM : controller.navigationSigmaMPerS;
        const u = Math.min(1 - 1e-12, Math.max(1e-12, noise[o + c]!));
        measured[c] = relative[o + c]! + (sigma > 0 ? sigma * standardNormalQuantile(u) : 0) - relative[dO + c]!;
      }

      // Predictive avoidance of the failed satellite (see `avoidanceBurnRic`).
      if (failure?.avoidance) {
        const f = 6 * failedSlot;
        for (let c = 0; c < 6; c++) separation[c] = relative[f + c]! - relative[o + c]!;
        const distance = Math.hypot(separation[0]!, separation[1]!, separation[2]!);
        const speed = Math.hypot(separation[3]!, separation[4]!, separation[5]!);
        // Along-track push of the failed satellite relative to this one, both uncontrolled.
        const push = -dragScale * (coefficients[failedSlot + 1]! - coefficients[s + 1]!);
        const reach = triggerM + speed * lookaheadS + 2 * Math.abs(push) * lookaheadS * lookaheadS + 50;
        if (distance < reach && t - ctl.lastAvoidanceS >= replanS) {
          const miss = predictedMissM(separation, push, lookaheadS);
          // Burn a quarter orbit or less before the predicted violation, when a radial/cross-track impulse has its full effect.
          if (miss < triggerM && firstBelowTriggerS <= periodS / 4) {
            const dv = avoidanceBurnRic(separation, push);
            ctl.pendingTimeS = Number.NaN;
            ctl.pendingCancelsVelocity = false;
            burn(s, t, dv[0]!, dv[1]!, dv[2]!, true);
            resetWindow(ctl);
            ctl.yielding = true;
            ctl.lastAvoidanceS = t;
          }
        }
        if (ctl.yielding && t - ctl.lastAvoidanceS >= periodS / 2) {
          // Return only when the slot itself is clear for the look-ahead (the retarget then brings it back).
          const target = 6 * (m + s);
          for (let c = 0; c < 6; c++) separation[c] = relative[f + c]! - relative[target + c]!;
          const slotPush = -dragScale * (coefficients[failedSlot + 1]! - coefficients[m + s + 1]!);
          if (predictedMissM(separation, slotPush, 1.5 * lookaheadS) > 1.5 * triggerM) {
            ctl.yielding = false;
            resetWindow(ctl);
          }
        }
      }
      if (!ctl.yielding) {
        // Store the sample: HCW relative orbital elements of the measured error.
        const ex = -3 * measured[0]! - (2 * measured[4]!) / n;
        const ey = measured[3]! / n;
        const zs = measured[5]! / n;
        const w = ctl.window;
        const so = ctl.head * SAMPLE_FIELDS;
        w[so] = t;
        w[so + 1] = ex * ct - ey * st;
        w[so + 2] = ex * st + ey * ct;
        w[so + 3] = 4 * measured[0]! + (2 * measured[4]!) / n;
        w[so + 4] = measured[1]! - (2 * measured[3]!) / n;
        w[so + 5] = measured[2]! * ct - zs * st;
        w[so + 6] = measured[2]! * st + zs * ct;
        w[so + 7] = ct;
        w[so + 8] = st;
        ctl.head = (ctl.head + 1) % windowSamples;
        ctl.count = Math.min(windowSamples, ctl.count + 1);
      }
      // Feed-forward: the estimated mean differential acceleration (drag along-track, SRP fixed in
      // inertial space) is owed every step and paid in whole impulse bits once a bit is owed.
      if (!ctl.yielding) {
        const p = 3 * s;
        const aR = ctl.inPlaneMeasured
          ? ctl.inPlaneCosMPerS2 * ct + ctl.inPlaneSinMPerS2 * st
          : srpPrior[p]! * axes.radial[0]! + srpPrior[p + 1]! * axes.radial[1]! + srpPrior[p + 2]! * axes.radial[2]!;
        const aT =
          (ctl.inPlaneMeasured
            ? -ctl.inPlaneCosMPerS2 * st + ctl.inPlaneSinMPerS2 * ct
            : srpPrior[p]! * axes.alongTrack[0]! + srpPrior[p + 1]! * axes.alongTrack[1]! + srpPrior[p + 2]! * axes.alongTrack[2]!) + ctl.alongTrackMPerS2;
        ctl.feedForwardR -= aR * stepS;
        ctl.feedForwardT -= aT * stepS;
        const owed = Math.hypot(ctl.feedForwardR, ctl.feedForwardT);
        if (owed >= bitMPerS && owed > 0) {
          const paid = burn(s, t, ctl.feedForwardR, ctl.feedForwardT, 0, false) / owed;
          ctl.feedForwardR *= 1 - paid;
          ctl.feedForwardT *= 1 - paid;
        }
      }
      // A pending second burn completes even while yielding (a retarget left half done would drift away).
      if (!Number.isNaN(ctl.pendingTimeS) && t >= ctl.pendingTimeS - stepS / 2) {
        ctl.pendingTimeS = Number.NaN;
        if (ctl.pendingCancelsVelocity) {
          ctl.pendingCancelsVelocity = false;
          burn(s, t, -measured[3]!, -measured[4]!, -measured[5]!, false);
        } else {
          burn(s, t, ctl.pendingR, ctl.pendingT, ctl.pendingN, false);
        }
        continue;
      }
      const pairPending = !Number.isNaN(ctl.pendingTimeS);
      if (ctl.yielding || ctl.pendingCancelsVelocity) continue;

      const measuredError = Math.hypot(measured[0]!, measured[1]!, measured[2]!);
      if (!pairPending && measuredError > 2 * deadband) {
        retarget(s, t, measured);
        continue;
      }
      if (ctl.count < minimumSamples) continue;

      // Estimates over the window: means of the constants; a parabola through yc
      // (constant differential drag makes yc accelerate at -3 f), read at now.
      const fit = windowEstimates(ctl.window, ctl.count, t, windowS, n);
      const { ec, es, zc, zs: zsm } = fit;
      // The drift law looks past a pending second burn: a radial dv moves yc by -2 dv / n, a tangential one its rate by -3 dv.
      const yc = pairPending ? fit.yc - (2 * ctl.pendingR) / n : fit.yc;
      const rate = pairPending ? fit.rate - 3 * ctl.pendingT : fit.rate;
      // The disturbance, read from the burn-corrected samples: yc accelerates at -3 f under a
      // constant along-track push f; an in-plane push (ax, ay) fixed in inertial space turns the
      // ellipse at dE/dt = 3 / (2 n) (-ay, ax) on average over an orbit (HCW: dE/dt = R(nt) (-2 f_T / n, f_R / n)).
      // The estimates wait for a full window (shorter ones alias the once- and twice-per-orbit
      // wobbles of SRP, density and J2 into the curvature and the ellipse's rate), except under
      // strong drag (box cycle 2 sqrt(4 |c| D/2) / |c| under one orbit), which cannot wait and
      // whose split burns and half-orbit waits could not keep up: its drift burns are whole.
      // A measurement replaces the model's prior only where they differ by more than five
      // standard deviations of the estimate's navigation noise (`feedForwardNoiseMPerS2`): with a
      // right model the noise costs nothing, with a wrong one (density off by half) it is corrected.
      const strongDrag = Math.abs(fit.curvature) > (16 * boxM) / (periodS * periodS);
      const estimateSigma = feedForwardNoiseMPerS2(ctl.count, ctl.count * stepS, n, controller.navigationSigmaM, controller.navigationSigmaMPerS);
      if (ctl.count === windowSamples || strongDrag) {
        const measuredAlongTrack = -fit.curvature / 3;
        ctl.alongTrackMPerS2 = Math.abs(measuredAlongTrack - priorAlongTrack[s]!) > GATE_SIGMAS * estimateSigma.alongTrackMPerS2 ? measuredAlongTrack : priorAlongTrack[s]!;
      }
      if (ctl.count === windowSamples) {
        const ax = (2 * n * fit.esRate) / 3;
        const ay = (-2 * n * fit.ecRate) / 3;
        // The prior in the same phase frame: (aR, aT) now = (ax c + ay s, -ax s + ay c).
        const p = 3 * s;
        const pR = srpPrior[p]! * axes.radial[0]! + srpPrior[p + 1]! * axes.radial[1]! + srpPrior[p + 2]! * axes.radial[2]!;
        const pT = srpPrior[p]! * axes.alongTrack[0]! + srpPrior[p + 1]! * axes.alongTrack[1]! + srpPrior[p + 2]! * axes.alongTrack[2]!;
        ctl.inPlaneMeasured = Math.hypot(ax - (pR * ct - pT * st), ay - (pR * st + pT * ct)) > GATE_SIGMAS * estimateSigma.inPlaneMPerS2;
        ctl.inPlaneCosMPerS2 = ax;
        ctl.inPlaneSinMPerS2 = ay;
      }
      // What is left once the feed-forward pays the push: the curvature the drift law must live with.
      const curvature = fit.curvature + 3 * ctl.alongTrackMPerS2;

      let now = 0;
      let later = 0;
      let radialNow = 0;
      // Drift: at the box edge moving out, send yc back with the speed that just
      // reaches the far edge against the measured curvature (the geostationary
      // east-west deadband); a satellite outside and not coming back gets a return rate.
      if (Math.abs(yc) > boxM) {
        const sign = Math.sign(yc);
        const returnRate = Math.max(minimumRateMPerS, (Math.abs(yc) - boxM) / (2 * periodS));
        const pushedOut = curvature * sign > 0;
        const boxRate = pushedOut ? Math.sqrt(4 * Math.abs(curvature) * boxM) : 0;
        let target = rate;
        if (rate * sign > 0) target = -sign * Math.max(boxRate, returnRate);
        else if (Math.abs(rate) < 0.5 * returnRate) target = -sign * Math.max(boxRate, returnRate);
        const dvT = -(target - rate) / 3;
        // Whole while an ellipse pair is under way (its second burn keeps its time); the ellipse law mends the rest.
        const whole = strongDrag || pairPending;
        now += whole ? dvT : dvT / 2;
        later += whole ? 0 : dvT / 2;
      }
      // Ellipse: two opposite radial burns half an orbit apart when e lies along the radial-burn axis (ey now).
      const eyNow = -ec * st + es * ct;
      const eMagnitude = Math.hypot(ec, es);
      let radialLater = 0;
      if (!pairPending && eMagnitude > ellipseLimitM && Math.abs(eyNow) >= 0.7 * eMagnitude) {
        radialNow = (-eyNow * n) / 2;
        radialLater = -radialNow;
      }
      // Cross-track: cancel z' near the node.
      let normalNow = 0;
      const zAmplitude = Math.hypot(zc, zsm);
      const zNow = zc * ct + zsm * st;
      if (!pairPending && zAmplitude > ellipseLimitM && Math.abs(zNow) < 0.5 * zAmplitude) normalNow = -n * (-zc * st + zsm * ct);
      if (now !== 0 || radialNow !== 0 || normalNow !== 0) {
        burn(s, t, radialNow, now, normalNow, false);
        if (later !== 0 || radialLater !== 0) {
          ctl.pendingTimeS = t + periodS / 2;
          ctl.pendingR = radialLater;
          ctl.pendingT = later;
          ctl.pendingN = 0;
        }
      }
    }
    input.onStep?.(t, errors, positions);
    previousPositions.set(positions);
    havePrevious = true;
  }

  return {
    satellites: chosen,
    deltaVMPerS: deltaV,
    burns,
    maxPositionErrorM: maxError,
    durationS: horizon,
    evaluations,
    ...(failure
      ? {
          failure: {
            satellite: failure.satellite,
            minDistanceM: minDistance,
            minDistanceTimeS: minDistanceTime,
            closestSatellite: closest,
            firstKeepOutS: firstKeepOut,
            avoidanceDeltaVMPerS: avoidanceDeltaV,
            avoidanceBurns,
          },
        }
      : {}),
  };
}

/**
 * One standard deviation of the feed-forward's estimates from a window of N
 * samples spanning W seconds with navigation noise sigma_p, sigma_v per axis
 * (white, least squares over uniform samples): the along-track centre
 * yc = y - 2 x'/n has sigma_yc = hypot(sigma_p, 2 sigma_v / n) and the
 * ellipse sigma_E = hypot(3 sigma_p, 2 sigma_v / n); a parabola's
 * second-order coefficient over a unit span has variance 180 sigma^2 / N and a
 * line's slope 12 sigma^2 / N (Legendre polynomials), so
 * f = -(2 / 3) c / W^2 has sigma_yc sqrt(180 / N) (2 / 3) / W^2 and the
 * in-plane push (2 n / 3) dE/dt has (2 n / 3) sigma_E sqrt(12 / N) / W.
 * @returns m/s^2
 */
export function feedForwardNoiseMPerS2(
  samples: number,
  spanS: number,
  meanMotionRadPerS: number,
  navigationSigmaM: number,
  navigationSigmaMPerS: number,
): { readonly alongTrackMPerS2: number; readonly inPlaneMPerS2: number } {
  const n = meanMotionRadPerS;
  const sigmaYc = Math.hypot(navigationSigmaM, (2 * navigationSigmaMPerS) / n);
  const sigmaE = Math.hypot(3 * navigationSigmaM, (2 * navigationSigmaMPerS) / n);
  return {
    alongTrackMPerS2: ((2 / 3) * sigmaYc * Math.sqrt(180 / samples)) / (spanS * spanS),
    inPlaneMPerS2: ((2 * n) / 3) * sigmaE * Math.sqrt(12 / samples) / spanS,
  };
}

/** What the controller reads from its window of samples. */
interface WindowEstimates {
  /** Ellipse error in inertial phase (cos, sin), m. */
  readonly ec: number;
  readonly es: number;
  /** Cross-track error in inertial phase, m. */
  readonly zc: number;
  readonly zs: number;
  /** Along-track centre error now, m. */
  readonly yc: number;
  /** Its rate now, m/s. */
  readonly rate: number;
  /** Its second derivative, m/s^2 (-3 f for a constant differential along-track acceleration f). */
  readonly curvature: number;
  /** Rates of the ellipse error in inertial phase, m/s. */
  readonly ecRate: number;
  readonly esRate: number;
}

/**
 * Least-squares estimates over a window of samples (t, Ec, Es, da, yc, Zc, Zs):
 * a parabola yc = a + b tau + c tau^2 with tau from now, scaled by the window
 * length for conditioning (normal equations, Cramer's rule; a line when the
 * parabola is ill-conditioned); means of the cross-track constants; and a line
 * through the ellipse (Ec, Es) read at now, after removing the ellipse's
 * periodic response to the along-track push f = -c / 3 that the parabola
 * measured. In HCW a constant along-track push f from rest gives
 * E(t) = -(2 f / n^2) (sin nt, 1 - cos nt) (from x = (2f/n) t - (2f/n^2) sin nt,
 * y = -(3/2) f t^2 + (4f/n^2)(1 - cos nt)): a circle of radius 2 f / n^2
 * (0.9 m at high solar activity with a 10 % spread) that a mean or a line
 * through burn-corrected samples would take for an ellipse error.
 * @param nRadPerS mean motion of the phase theta = n t of the samples, rad/s
 */
function windowEstimates(w: Float64Array, count: number, tS: number, windowS: number, nRadPerS: number): WindowEstimates {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let y0 = 0;
  let y1 = 0;
  let y2 = 0;
  let zc = 0;
  let zs = 0;
  for (let i = 0; i < count; i++) {
    const p = i * SAMPLE_FIELDS;
    const u = (w[p]! - tS) / windowS;
    const y = w[p + 4]!;
    const u2 = u * u;
    s0 += 1;
    s1 += u;
    s2 += u2;
    s3 += u2 * u;
    s4 += u2 * u2;
    y0 += y;
    y1 += y * u;
    y2 += y * u2;
    zc += w[p + 5]!;
    zs += w[p + 6]!;
  }
  const det2 = s0 * s2 - s1 * s1;
  const det3 = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
  let a: number;
  let b: number;
  let c = 0;
  if (Math.abs(det3) > 1e-9 * s0 * s0 * s0) {
    a = (y0 * (s2 * s4 - s3 * s3) - s1 * (y1 * s4 - s3 * y2) + s2 * (y1 * s3 - s2 * y2)) / det3;
    b = (s0 * (y1 * s4 - s3 * y2) - y0 * (s1 * s4 - s3 * s2) + s2 * (s1 * y2 - y1 * s2)) / det3;
    c = (s0 * (s2 * y2 - y1 * s3) - s1 * (s1 * y2 - y1 * s2) + y0 * (s1 * s3 - s2 * s2)) / det3;
  } else {
    b = det2 > 0 ? (s0 * y1 - s1 * y0) / det2 : 0;
    a = (y0 - b * s1) / s0;
  }
  const curvature = (2 * c) / (windowS * windowS);
  // The ellipse less its periodic response to the push: E + (2 f / n^2) (sin theta, -cos theta).
  const radius = (2 * (-curvature / 3)) / (nRadPerS * nRadPerS);
  let ec = 0;
  let es = 0;
  let ecU = 0;
  let esU = 0;
  for (let i = 0; i < count; i++) {
    const p = i * SAMPLE_FIELDS;
    const u = (w[p]! - tS) / windowS;
    const eC = w[p + 1]! + radius * w[p + 8]!;
    const eS = w[p + 2]! - radius * w[p + 7]!;
    ec += eC;
    es += eS;
    ecU += eC * u;
    esU += eS * u;
  }
  const ecSlope = det2 > 1e-9 * s0 * s0 ? (s0 * ecU - s1 * ec) / det2 : 0;
  const esSlope = det2 > 1e-9 * s0 * s0 ? (s0 * esU - s1 * es) / det2 : 0;
  const thetaNow = nRadPerS * tS;
  return {
    // The line read at now, with the periodic response at now put back: the ellipse the satellite has.
    ec: (ec - ecSlope * s1) / s0 - radius * Math.sin(thetaNow),
    es: (es - esSlope * s1) / s0 + radius * Math.cos(thetaNow),
    ecRate: ecSlope / windowS,
    esRate: esSlope / windowS,
    zc: zc / count,
    zs: zs / count,
    yc: a,
    rate: b / windowS,
    curvature,
  };
}

/**
 * Relative RIC states of slots 1..m about slot 0 of an ECI state buffer:
 * rho = C^T (r - r_ref), rho' = C^T (v - v_ref) - omega x rho with omega = w z_hat
 * (the inverse of `ricStatesToEci`; Vallado, 4th ed., section 6.8).
 */
function relativeStatesRic(state: EciBuffer, m: number, out: Float64Array): void {
  const axes = ricAxesOf(state);
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const w = axes.rateRadPerS;
  for (let s = 0; s < m; s++) {
    const o = 6 * (s + 1);
    const dx = state[o]! - state[0]!;
    const dy = state[o + 1]! - state[1]!;
    const dz = state[o + 2]! - state[2]!;
    const dvx = state[o + 3]! - state[3]!;
    const dvy = state[o + 4]! - state[4]!;
    const dvz = state[o + 5]! - state[5]!;
    const x = ux * dx + uy * dy + uz * dz;
    const y = tx * dx + ty * dy + tz * dz;
    const z = nx * dx + ny * dy + nz * dz;
    const r = 6 * s;
    out[r] = x;
    out[r + 1] = y;
    out[r + 2] = z;
    out[r + 3] = ux * dvx + uy * dvy + uz * dvz + w * y;
    out[r + 4] = tx * dvx + ty * dvy + tz * dvz - w * x;
    out[r + 5] = nx * dvx + ny * dvy + nz * dvz;
  }
}

/**
 * Smallest distance between two points of a position buffer over one step,
 * assuming straight-line relative motion from the previous sample:
 * min over s in [0, 1] of |d0 + s (d1 - d0)| (error below a_rel dt^2 / 8).
 * @param now positions now, 3 per satellite, m
 * @param previous positions one step ago, m
 * @param a offset of the first satellite (3 k)
 * @param b offset of the second
 */
export function segmentMinDistanceM(now: ArrayLike<number>, previous: ArrayLike<number>, a: number, b: number): number {
  const dx = now[a]! - now[b]!;
  const dy = now[a + 1]! - now[b + 1]!;
  const dz = now[a + 2]! - now[b + 2]!;
  const px = previous[a]! - previous[b]!;
  const py = previous[a + 1]! - previous[b + 1]!;
  const pz = previous[a + 2]! - previous[b + 2]!;
  let d2 = Math.min(dx * dx + dy * dy + dz * dz, px * px + py * py + pz * pz);
  const vx = dx - px;
  const vy = dy - py;
  const vz = dz - pz;
  const vv = vx * vx + vy * vy + vz * vz;
  if (vv > 0) {
    const s = -(px * vx + py * vy + pz * vz) / vv;
    if (s > 0 && s < 1) d2 = Math.min(d2, (px + s * vx) ** 2 + (py + s * vy) ** 2 + (pz + s * vz) ** 2);
  }
  return Math.sqrt(d2);
}
