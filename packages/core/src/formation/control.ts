import { segmentMinDistanceM } from './geometry.ts';
import { EARTH_ROTATION_RAD_PER_S, JULIAN_YEAR_S, STANDARD_GRAVITY_M_PER_S2 } from '../constants.ts';
import { clamp } from '../math.ts';
import { standardNormalQuantile } from '../probability/normal.ts';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { FormationDesign } from './design.ts';
import { Dop853 } from './dop853.ts';
import { avoidanceBurnRic, avoidancePredictor, predictedMissM, type AvoidancePredictor } from './avoidance.ts';
import { eciBuffer, eciDirectionToRic, eciStatesToRic, ricAxesOf, ricBuffer, type EciBuffer, type RicAxes, type RicBuffer } from './frames.ts';
import { formationInitialStatesEci } from './initialState.ts';
import {
  altitudeAboveEllipsoidM,
  dragAccelerationMPerS2,
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
 * The same rocket equation from the mass left after the burns:
 * m_p = m_dry (exp(dv / (Isp g0)) - 1).
 * @param deltaVMPerS delta-v, m/s
 * @param finalMassKg mass after the burns (dry mass plus anything not burnt), kg
 * @param ispS specific impulse, s
 * @returns kg
 */
export function rocketPropellantFromFinalMassKg(deltaVMPerS: number, finalMassKg: number, ispS: number): number {
  return finalMassKg * Math.expm1(deltaVMPerS / (ispS * STANDARD_GRAVITY_M_PER_S2));
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

/**
 * Navigation and control cadence of `simulateStationKeeping` unless given, s:
 * about 95 samples an orbit at 550 km, fine enough that a burn answers a
 * check within 1 % of an orbit (docs/formation-control.md, "Controller").
 */
export const DEFAULT_CONTROL_STEP_S = 60;

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
  /** Navigation and control cadence, s (default `DEFAULT_CONTROL_STEP_S`). */
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

/** Numbers kept per estimator sample: t, Ec, Es, yc, Zc, Zs, cos and sin of the phase n t. */
const SAMPLE_FIELDS = 8;

/**
 * Share of the deadband D given to the along-track centre's box (+-0.35 D) and
 * to the ellipse and cross-track amplitudes (D / 8): the along-track error is
 * at most |yc| + 2 |e| = 0.6 D when both sit at their limits, which leaves
 * 0.4 D for the overshoot between a check and the burn that answers it (a
 * pending half-orbit pair, the residual push a dt^2 / 2) and for the noise.
 */
const BOX_FRACTION = 0.35;
/** Share of the deadband D at which the ellipse and cross-track laws act (D / 8; see `BOX_FRACTION`). */
const ELLIPSE_FRACTION = 0.125;

/**
 * Standard deviations by which a window's measured push must differ from the
 * model's before it replaces it: at 5 a false alarm is under 1e-5 per window
 * (Rayleigh exp(-25/2) for the in-plane pair), so 81 satellites over days
 * almost never feed noise forward; at 3 they did, about 1 % of windows, and
 * paid 0.2 m/s per year for it.
 */
const GATE_SIGMAS = 5;

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
  const run = stationKeepingRun(input);
  const horizon = input.durationS;
  let t = 0;
  while (t < horizon - 1e-9) {
    const next = Math.min(horizon, t + run.stepS);
    propagate(run, input.atmosphere, t, next);
    t = next;
    for (let s = 0; s < run.m; s++) controlSatellite(run, s);
    input.onStep?.(t, run.errors, run.positions);
    run.previousPositions.set(run.positions);
    run.havePrevious = true;
  }
  return stationKeepingResultOf(run, horizon);
}

/** The failed satellite's encounters so far (see `FailureOutcome`). */
interface Encounters {
  minDistanceM: number;
  minDistanceTimeS: number;
  closestSatellite: number;
  firstKeepOutS: number | null;
  avoidanceDeltaVMPerS: number;
  avoidanceBurns: number;
}

/**
 * Everything one run of `simulateStationKeeping` reads and updates, allocated
 * once so that the control loop allocates nothing per step (slot 0 of `state`
 * is the reference, slots 1..m the integrated satellites, m + 1..2 m their targets).
 */
interface StationKeepingRun {
  /** Mean motion of the design, rad/s, and its period, s. */
  readonly n: number;
  readonly periodS: number;
  /** Control and navigation step, s. */
  readonly stepS: number;
  /** Integrated satellites (indices into the design), in slot order. */
  readonly chosen: Int32Array;
  readonly m: number;
  readonly failure: FailureCase | undefined;
  /** Slot of the failed satellite, -1 if none. */
  readonly failedSlot: number;
  readonly settings: ControllerSettings;
  readonly state: EciBuffer;
  /** Ballistic coefficient of every slot, m^2/kg. */
  readonly coefficients: Float64Array;
  /** Modelled differential SRP of each satellite, ECI, m/s^2. */
  readonly srpPrior: readonly Float64Array[];
  /** The present satellite's `srpPrior` on the reference's RIC axes (scratch of `srpPriorRic`), m/s^2. */
  readonly srpPriorRic: Float64Array;
  /** Modelled differential along-track drag of each satellite at t = 0, m/s^2. */
  readonly priorAlongTrack: Float64Array;
  readonly integrator: Dop853;
  readonly controllers: readonly SatelliteController[];
  readonly windowSamples: number;
  readonly windowS: number;
  readonly minimumSamples: number;
  /** One standard deviation of the feed-forward's estimates from a full window (`feedForwardNoiseMPerS2`), m/s^2. */
  readonly fullWindowNoise: ReturnType<typeof feedForwardNoiseMPerS2>;
  /** Delta-v of one impulse bit, m/s. */
  readonly bitMPerS: number;
  /** Along-track box (+-), ellipse and cross-track limits, m; slowest return rate, m/s. */
  readonly boxM: number;
  readonly ellipseLimitM: number;
  readonly minimumRateMPerS: number;
  /** True relative RIC states of the satellites, then of their targets (6 per slot). */
  readonly relative: RicBuffer;
  readonly positions: Float64Array;
  readonly previousPositions: Float64Array;
  havePrevious: boolean;
  /** True position errors, m. */
  readonly errors: Float64Array;
  /** The measured error of the satellite being controlled, RIC, m and m/s. */
  readonly measured: RicBuffer;
  /** A retarget's free drift of the error, RIC, m (scratch of `retarget`). */
  readonly retargetDrift: RicBuffer;
  readonly noiseStream: ReturnType<typeof xoroshiro128plus>;
  /** This step's uniforms, 6 per satellite. */
  readonly noise: Float64Array;
  /** Present only with a failure. */
  readonly avoidance: AvoidancePredictor | undefined;
  readonly separation: RicBuffer;
  /** The window's estimates of the satellite being controlled (scratch). */
  readonly fit: WindowEstimates;
  /** Drag acceleration per unit ballistic coefficient at the centre, m/s^2 per m^2/kg (updated only with avoidance). */
  dragScale: number;
  readonly deltaV: Float64Array;
  readonly burns: Int32Array;
  readonly maxError: Float64Array;
  readonly encounters: Encounters;
  evaluations: number;
  /** The present step: time, s; the reference's RIC axes; cos and sin of the phase n t. */
  tS: number;
  axes: RicAxes;
  cosPhase: number;
  sinPhase: number;
}

/** Encounters before the first step: none. */
function noEncounters(): Encounters {
  return { minDistanceM: Number.POSITIVE_INFINITY, minDistanceTimeS: 0, closestSatellite: -1, firstKeepOutS: null, avoidanceDeltaVMPerS: 0, avoidanceBurns: 0 };
}

/** The integrated satellites in slot order (the failed one added) and the failed one's slot (-1: none). */
function integratedSlots(input: StationKeepingInput): { readonly chosen: Int32Array; readonly failedSlot: number } {
  const chosenList = Array.from(input.satellites ?? Array.from({ length: input.design.satellites }, (_, k) => k));
  const failure = input.failure;
  if (failure && !chosenList.includes(failure.satellite)) chosenList.push(failure.satellite);
  return { chosen: Int32Array.from(chosenList), failedSlot: failure ? chosenList.indexOf(failure.satellite) : -1 };
}

/**
 * Initial ECI states and ballistic coefficients of every slot: the reference
 * (the centre, satellite 0's design state, `formationReferenceStateEci`) with
 * the reference coefficient, each satellite at its design state with its own
 * (the failed one with its failed value), and each target at the same design
 * state with the reference coefficient (its design flown with no control).
 */
function initialSlots(input: StationKeepingInput, chosen: Int32Array, failedSlot: number): { readonly state: EciBuffer; readonly coefficients: Float64Array } {
  const m = chosen.length;
  const initial = formationInitialStatesEci(input.design, formationReferenceStateEci(input.design));
  const state = eciBuffer(6 * (2 * m + 1));
  state.set(initial.subarray(0, 6), 0);
  const coefficients = new Float64Array(2 * m + 1);
  coefficients[0] = input.referenceBallisticCoefficientM2PerKg;
  for (let s = 0; s < m; s++) {
    const k = chosen[s]!;
    state.set(initial.subarray(6 * k, 6 * k + 6), 6 * (s + 1));
    state.set(initial.subarray(6 * k, 6 * k + 6), 6 * (m + s + 1));
    coefficients[s + 1] = s === failedSlot ? input.failure!.ballisticCoefficientM2PerKg : input.ballisticCoefficientsM2PerKg[k]!;
    coefficients[m + s + 1] = input.referenceBallisticCoefficientM2PerKg;
  }
  return { state, coefficients };
}

/** The integration's SRP model per slot (targets and reference with the reference A / m); undefined without SRP. */
function srpModelOf(input: StationKeepingInput, chosen: Int32Array): SolarRadiationPressureModel | undefined {
  const srpInput = input.solarRadiationPressure;
  if (!srpInput) return undefined;
  const m = chosen.length;
  const areaToMass = new Float64Array(2 * m + 1).fill(srpInput.referenceAreaToMassM2PerKg);
  for (let s = 0; s < m; s++) areaToMass[s + 1] = srpInput.areaToMassM2PerKg[chosen[s]!]!;
  return { sunUnitEci: srpInput.sunUnitEci, reflectivityCoefficient: srpInput.reflectivityCoefficient, areaToMassM2PerKg: areaToMass };
}

/**
 * The modelled differential SRP of each satellite (cannonball,
 * `solarRadiationPressureAccelerationMPerS2` of the A / m difference, shadow
 * ignored), ECI, m/s^2: the feed-forward's prior until a full window
 * measures the in-plane push. Zero without SRP.
 */
function srpPriorMPerS2(input: StationKeepingInput, srp: SolarRadiationPressureModel | undefined, m: number): Float64Array[] {
  const srpPrior = Array.from({ length: m }, () => new Float64Array(3));
  const srpInput = input.solarRadiationPressure;
  if (srp && srpInput) {
    for (let s = 0; s < m; s++) {
      const a = solarRadiationPressureAccelerationMPerS2(srp.areaToMassM2PerKg[s + 1]! - srpInput.referenceAreaToMassM2PerKg, srp.reflectivityCoefficient);
      for (let c = 0; c < 3; c++) srpPrior[s]![c] = -a * srpInput.sunUnitEci[c]!;
    }
  }
  return srpPrior;
}

/**
 * rho v_rel^2 / 2 at the centre (slot 0; air co-rotating with the Earth):
 * times a ballistic coefficient difference, the differential drag
 * (`dragAccelerationMPerS2` with B = 1), m/s^2 per m^2/kg.
 */
function centreDragPerBallisticCoefficient(state: EciBuffer, atmosphere: AtmosphereModel): number {
  const ux = state[3]! + EARTH_ROTATION_RAD_PER_S * state[1]!;
  const uy = state[4]! - EARTH_ROTATION_RAD_PER_S * state[0]!;
  const uz = state[5]!;
  const rho = atmosphere.densityKgPerM3(altitudeAboveEllipsoidM(state[0]!, state[1]!, state[2]!));
  return dragAccelerationMPerS2(rho, Math.hypot(ux, uy, uz), 1);
}

/** A satellite's controller before its first sample, with the drag model's along-track push as its prior. */
function newController(windowSamples: number, alongTrackMPerS2: number): SatelliteController {
  return {
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
    alongTrackMPerS2,
    inPlaneCosMPerS2: 0,
    inPlaneSinMPerS2: 0,
    inPlaneMeasured: false,
    feedForwardR: 0,
    feedForwardT: 0,
  };
}

/**
 * Sets up a run: slots, SRP, the feed-forward's priors (the modelled
 * differential drag along-track at the centre's density and air speed at
 * t = 0, from the controller's own atmosphere, and the modelled SRP), the
 * DOP853 integrator at `FORMATION_INTEGRATION_TOLERANCE`, two orbits of
 * sample window (long enough to see the drift's curvature through the noise)
 * and the scratch buffers.
 */
function stationKeepingRun(input: StationKeepingInput): StationKeepingRun {
  const { design, controller } = input;
  const stepS = input.controlStepS ?? DEFAULT_CONTROL_STEP_S;
  const n = design.model.meanMotionRadPerS;
  const periodS = (2 * Math.PI) / n;
  const { chosen, failedSlot } = integratedSlots(input);
  const m = chosen.length;
  const { state, coefficients } = initialSlots(input, chosen, failedSlot);
  const srp = srpModelOf(input, chosen);
  const dragScale0 = centreDragPerBallisticCoefficient(state, input.modelAtmosphere ?? input.atmosphere);
  const priorAlongTrack = Float64Array.from({ length: m }, (_, s) => -dragScale0 * (coefficients[s + 1]! - coefficients[0]!));
  const windowSamples = Math.max(8, Math.round((2 * periodS) / stepS));
  const boxM = BOX_FRACTION * controller.deadbandM;
  return {
    n,
    periodS,
    stepS,
    chosen,
    m,
    failure: input.failure,
    failedSlot,
    settings: controller,
    state,
    coefficients,
    srpPrior: srpPriorMPerS2(input, srp, m),
    srpPriorRic: new Float64Array(3),
    priorAlongTrack,
    integrator: new Dop853(state.length, twoBodyJ2DragDerivative(input.atmosphere, coefficients, srp), FORMATION_INTEGRATION_TOLERANCE),
    controllers: Array.from({ length: m }, (_, s) => newController(windowSamples, priorAlongTrack[s]!)),
    windowSamples,
    windowS: windowSamples * stepS,
    minimumSamples: Math.max(4, Math.round(windowSamples / 2)),
    fullWindowNoise: feedForwardNoiseMPerS2(windowSamples, windowSamples * stepS, n, controller.navigationSigmaM, controller.navigationSigmaMPerS),
    bitMPerS: controller.minimumImpulseBitNs / controller.satelliteMassKg,
    boxM,
    ellipseLimitM: ELLIPSE_FRACTION * controller.deadbandM,
    minimumRateMPerS: (2 * boxM) / (10 * periodS),
    relative: ricBuffer(12 * m),
    positions: new Float64Array(3 * m),
    previousPositions: new Float64Array(3 * m),
    havePrevious: false,
    errors: new Float64Array(m),
    measured: ricBuffer(6),
    retargetDrift: ricBuffer(3),
    // One xoroshiro128+ stream for the whole run (as `seededUniforms` draws them). A stream per
    // step seeded with consecutive integers, as before, gives nearly equal first outputs: the
    // first satellites' noise was a slowly varying bias (lag-1 autocorrelation 1.0), not white.
    noiseStream: xoroshiro128plus((input.seed ?? 1) | 0),
    noise: new Float64Array(6 * m),
    avoidance: input.failure ? avoidancePredictor(n, input.failure.keepOutDistanceM) : undefined,
    separation: ricBuffer(6),
    fit: windowEstimatesScratch(),
    dragScale: 0,
    deltaV: new Float64Array(m),
    burns: new Int32Array(m),
    maxError: new Float64Array(m),
    encounters: noEncounters(),
    evaluations: 0,
    tS: 0,
    axes: ricAxesOf(state),
    cosPhase: 1,
    sinPhase: 0,
  };
}

/**
 * Advances the run one control step: integrates every slot from `fromS` to
 * `toS`, takes the reference's axes and phase, the relative RIC states
 * (`eciStatesToRic`), the centre's drag scale (with avoidance), this step's
 * navigation uniforms, and records the failed satellite's encounters.
 */
function propagate(run: StationKeepingRun, atmosphere: AtmosphereModel, fromS: number, toS: number): void {
  const { state, m } = run;
  run.integrator.integrate(fromS, state, toS);
  run.evaluations += run.integrator.lastStats().evaluations;
  run.tS = toS;
  run.axes = ricAxesOf(state);
  eciStatesToRic(state, run.axes, 2 * m, run.relative);
  if (run.failure?.avoidance) run.dragScale = centreDragPerBallisticCoefficient(state, atmosphere);
  for (let i = 0; i < run.noise.length; i++) run.noise[i] = uniformFloat64(run.noiseStream); // clamped away from 0 and 1 where used
  const theta = run.n * toS;
  run.cosPhase = Math.cos(theta);
  run.sinPhase = Math.sin(theta);
  for (let s = 0; s < m; s++) {
    const o = 6 * s;
    run.positions[3 * s] = run.relative[o]!;
    run.positions[3 * s + 1] = run.relative[o + 1]!;
    run.positions[3 * s + 2] = run.relative[o + 2]!;
  }
  if (run.failure) trackEncounters(run, run.failure);
}

/**
 * The failed satellite's encounters with every live one: true positions,
 * refined between steps by straight-line relative motion (`segmentMinDistanceM`).
 */
function trackEncounters(run: StationKeepingRun, failure: FailureCase): void {
  const { positions, encounters } = run;
  const f = 3 * run.failedSlot;
  for (let s = 0; s < run.m; s++) {
    if (s === run.failedSlot) continue;
    const d = segmentMinDistanceM(positions, run.havePrevious ? run.previousPositions : positions, f, 3 * s);
    if (d < encounters.minDistanceM) {
      encounters.minDistanceM = d;
      encounters.minDistanceTimeS = run.tS;
      encounters.closestSatellite = run.chosen[s]!;
    }
    if (encounters.firstKeepOutS === null && d < failure.keepOutDistanceM) encounters.firstKeepOutS = run.tS;
  }
}

/**
 * One satellite's control step: its true error (bookkept), its navigation
 * measurement, avoidance of a failed satellite, the sample and feed-forward,
 * then a pending second burn or the deadband laws (`decideBurns`).
 */
function controlSatellite(run: StationKeepingRun, s: number): void {
  const trueError = trueErrorM(run.relative, run.m, s);
  run.errors[s] = trueError;
  if (s === run.failedSlot) return;
  const ctl = run.controllers[s]!;
  if (!ctl.yielding && trueError > run.maxError[s]!) run.maxError[s] = trueError;
  measureError(run, s);
  if (run.failure?.avoidance) avoidFailedSatellite(run, s, ctl);
  if (!ctl.yielding) {
    storeSample(run, ctl);
    payFeedForward(run, s, ctl);
  }
  if (firePendingBurn(run, s, ctl)) return;
  if (ctl.yielding || ctl.pendingCancelsVelocity) return;
  decideBurns(run, s, ctl);
}

/** Distance of slot s from its target, from the relative RIC states, m. */
function trueErrorM(relative: Float64Array, m: number, s: number): number {
  const o = 6 * s;
  const dO = 6 * (m + s);
  return Math.hypot(relative[o]! - relative[dO]!, relative[o + 1]! - relative[dO + 1]!, relative[o + 2]! - relative[dO + 2]!);
}

/**
 * Navigation: the measured error of slot s into `run.measured`, the true
 * relative state plus Gaussian noise of the configured sigma per axis
 * (inverse normal CDF, `standardNormalQuantile`, of this step's uniforms),
 * minus the target's, RIC, m and m/s.
 */
function measureError(run: StationKeepingRun, s: number): void {
  const { relative, measured, noise, settings } = run;
  const o = 6 * s;
  const dO = 6 * (run.m + s);
  for (let c = 0; c < 6; c++) {
    const sigma = c < 3 ? settings.navigationSigmaM : settings.navigationSigmaMPerS;
    const u = clamp(noise[o + c]!, 1e-12, 1 - 1e-12);
    measured[c] = relative[o + c]! + (sigma > 0 ? sigma * standardNormalQuantile(u) : 0) - relative[dO + c]!;
  }
}

/**
 * Slack on the reach within which `avoidFailedSatellite` runs its prediction, m: the
 * reach (trigger + relative speed x look-ahead + twice the drag push's travel) is a
 * straight-line screen, and the HCW curvature over a look-ahead bends the path off it.
 * An engineering margin, not derived: it only decides when the prediction, which
 * decides the burn, is worth running.
 */
const AVOIDANCE_REACH_MARGIN_M = 50;

/**
 * Predictive avoidance of the failed satellite by live slot s: when within
 * reach and the HCW prediction (`predictedMissM`) falls below the trigger
 * distance at most a quarter orbit ahead (where a radial/cross-track impulse
 * has its full effect), burn (`avoidanceBurnRic`), forget the window and yield
 * (no station keeping); re-plan at most every eighth of an orbit. Yielding
 * ends (`returnWhenSlotClear`) half an orbit after the last avoidance burn at the earliest.
 */
function avoidFailedSatellite(run: StationKeepingRun, s: number, ctl: SatelliteController): void {
  const { relative, separation, coefficients } = run;
  const avoidance = run.avoidance!;
  const t = run.tS;
  const f = 6 * run.failedSlot;
  const o = 6 * s;
  for (let c = 0; c < 6; c++) separation[c] = relative[f + c]! - relative[o + c]!;
  const distance = Math.hypot(separation[0]!, separation[1]!, separation[2]!);
  const speed = Math.hypot(separation[3]!, separation[4]!, separation[5]!);
  // Along-track push of the failed satellite relative to this one, both uncontrolled.
  const push = -run.dragScale * (coefficients[run.failedSlot + 1]! - coefficients[s + 1]!);
  const lookaheadS = avoidance.lookaheadS;
  const reach = avoidance.triggerM + speed * lookaheadS + 2 * Math.abs(push) * lookaheadS * lookaheadS + AVOIDANCE_REACH_MARGIN_M;
  if (distance < reach && t - ctl.lastAvoidanceS >= avoidance.replanS) {
    const miss = predictedMissM(avoidance, separation, push, lookaheadS);
    if (miss < avoidance.triggerM && avoidance.firstBelowTriggerS <= run.periodS / 4) {
      const dv = avoidanceBurnRic(avoidance, separation, push);
      ctl.pendingTimeS = Number.NaN;
      ctl.pendingCancelsVelocity = false;
      burn(run, s, dv[0]!, dv[1]!, dv[2]!, true);
      resetWindow(ctl);
      ctl.yielding = true;
      ctl.lastAvoidanceS = t;
    }
  }
  if (ctl.yielding && t - ctl.lastAvoidanceS >= run.periodS / 2) returnWhenSlotClear(run, s, ctl, avoidance);
}

/**
 * Margin of the return to a slot after yielding, in trigger distances and in
 * look-ahead spans: clear by 1.5 triggers (2.25 keep-out distances) over 1.5
 * orbits, so a satellite does not return and yield again at the next check.
 */
const RETURN_MARGIN = 1.5;

/**
 * Ends yielding once slot s's target is predicted clear of the failed
 * satellite by `RETURN_MARGIN` trigger distances over `RETURN_MARGIN`
 * look-ahead spans (`predictedMissM`); the controller then retargets to it.
 */
function returnWhenSlotClear(run: StationKeepingRun, s: number, ctl: SatelliteController, avoidance: AvoidancePredictor): void {
  const { relative, separation, coefficients, m } = run;
  const f = 6 * run.failedSlot;
  const target = 6 * (m + s);
  for (let c = 0; c < 6; c++) separation[c] = relative[f + c]! - relative[target + c]!;
  const slotPush = -run.dragScale * (coefficients[run.failedSlot + 1]! - coefficients[m + s + 1]!);
  if (predictedMissM(avoidance, separation, slotPush, RETURN_MARGIN * avoidance.lookaheadS) > RETURN_MARGIN * avoidance.triggerM) {
    ctl.yielding = false;
    resetWindow(ctl);
  }
}

/**
 * Stores the measured error as a sample of HCW relative orbital elements
 * (D'Amico's picture for errors): ellipse E = (-3 x - 2 y'/n, x'/n) turned
 * into inertial phase by n t, along-track centre yc = y - 2 x'/n and
 * cross-track (z, z'/n) in inertial phase (da = 4 x + 2 y'/n, which sets
 * yc's drift, is not stored: the parabola through yc measures its rate).
 */
function storeSample(run: StationKeepingRun, ctl: SatelliteController): void {
  const { measured, n } = run;
  const ct = run.cosPhase;
  const st = run.sinPhase;
  const ex = -3 * measured[0]! - (2 * measured[4]!) / n;
  const ey = measured[3]! / n;
  const zs = measured[5]! / n;
  const w = ctl.window;
  const so = ctl.head * SAMPLE_FIELDS;
  w[so] = run.tS;
  w[so + 1] = ex * ct - ey * st;
  w[so + 2] = ex * st + ey * ct;
  w[so + 3] = measured[1]! - (2 * measured[3]!) / n;
  w[so + 4] = measured[2]! * ct - zs * st;
  w[so + 5] = measured[2]! * st + zs * ct;
  w[so + 6] = ct;
  w[so + 7] = st;
  ctl.head = (ctl.head + 1) % run.windowSamples;
  ctl.count = Math.min(run.windowSamples, ctl.count + 1);
}

/** The modelled differential SRP of slot s on the reference's RIC axes now (`eciDirectionToRic`, into the run's scratch), m/s^2. */
function srpPriorRic(run: StationKeepingRun, s: number): Float64Array {
  return eciDirectionToRic(run.axes, run.srpPrior[s]!, run.srpPriorRic);
}

/**
 * Feed-forward: the estimated mean differential acceleration (drag
 * along-track; SRP fixed in inertial space, measured or the model's, turned
 * onto today's axes) is owed every step, a dt of delta-v, and paid in whole
 * impulse bits once a bit is owed (the remainder is carried).
 */
function payFeedForward(run: StationKeepingRun, s: number, ctl: SatelliteController): void {
  const ct = run.cosPhase;
  const st = run.sinPhase;
  let aR: number;
  let aT: number;
  if (ctl.inPlaneMeasured) {
    aR = ctl.inPlaneCosMPerS2 * ct + ctl.inPlaneSinMPerS2 * st;
    aT = -ctl.inPlaneCosMPerS2 * st + ctl.inPlaneSinMPerS2 * ct;
  } else {
    const prior = srpPriorRic(run, s);
    aR = prior[0]!;
    aT = prior[1]!;
  }
  aT += ctl.alongTrackMPerS2;
  ctl.feedForwardR -= aR * run.stepS;
  ctl.feedForwardT -= aT * run.stepS;
  const owed = Math.hypot(ctl.feedForwardR, ctl.feedForwardT);
  if (owed >= run.bitMPerS && owed > 0) {
    const paid = burn(run, s, ctl.feedForwardR, ctl.feedForwardT, 0, false) / owed;
    ctl.feedForwardR *= 1 - paid;
    ctl.feedForwardT *= 1 - paid;
  }
}

/**
 * Fires a pending second burn that is due (even while yielding: a retarget
 * left half done would drift away): the end of a retarget cancels the
 * measured velocity error, a half-orbit pair fires its stored vector.
 * @returns whether it fired (the step's control is then done)
 */
function firePendingBurn(run: StationKeepingRun, s: number, ctl: SatelliteController): boolean {
  if (Number.isNaN(ctl.pendingTimeS) || run.tS < ctl.pendingTimeS - run.stepS / 2) return false;
  ctl.pendingTimeS = Number.NaN;
  if (ctl.pendingCancelsVelocity) {
    ctl.pendingCancelsVelocity = false;
    burn(run, s, -run.measured[3]!, -run.measured[4]!, -run.measured[5]!, false);
  } else {
    burn(run, s, ctl.pendingR, ctl.pendingT, ctl.pendingN, false);
  }
  return true;
}

/**
 * The controller's decision for live slot s: a retarget (`retarget`) when the
 * measured error exceeds twice the deadband, otherwise, once half a window is
 * stored, the window's estimates (`windowEstimates`), the disturbance update
 * (`updateDisturbance`) and the deadband laws (`applyDeadbandLaws`).
 */
function decideBurns(run: StationKeepingRun, s: number, ctl: SatelliteController): void {
  const pairPending = !Number.isNaN(ctl.pendingTimeS);
  const measured = run.measured;
  const measuredError = Math.hypot(measured[0]!, measured[1]!, measured[2]!);
  if (!pairPending && measuredError > 2 * run.settings.deadbandM) {
    retarget(run, s, measured);
    return;
  }
  if (ctl.count < run.minimumSamples) return;
  // Estimates over the window: means of the constants; a parabola through yc
  // (constant differential drag makes yc accelerate at -3 f), read at now.
  const fit = windowEstimates(ctl.window, ctl.count, run.tS, run.windowS, run.n, run.cosPhase, run.sinPhase, run.fit);
  // Strong drag: box cycle 2 sqrt(4 |c| D/2) / |c| under one orbit.
  const strongDrag = Math.abs(fit.curvature) > (16 * run.boxM) / (run.periodS * run.periodS);
  updateDisturbance(run, s, ctl, fit, strongDrag);
  applyDeadbandLaws(run, s, ctl, fit, strongDrag || pairPending, pairPending);
}

/**
 * The disturbance, read from the burn-corrected samples: yc accelerates at
 * -3 f under a constant along-track push f; an in-plane push (ax, ay) fixed
 * in inertial space turns the ellipse at dE/dt = 3 / (2 n) (-ay, ax) on
 * average over an orbit (HCW: dE/dt = R(nt) (-2 f_T / n, f_R / n)). The
 * estimates wait for a full window (shorter ones alias the once- and
 * twice-per-orbit wobbles of SRP, density and J2 into the curvature and the
 * ellipse's rate), except the along-track push under strong drag, which
 * cannot wait. A measurement replaces the model's prior only where they
 * differ by more than `GATE_SIGMAS` standard deviations of the estimate's
 * navigation noise (`feedForwardNoiseMPerS2`): with a right model the noise
 * costs nothing, with a wrong one (density off by half) it is corrected.
 */
function updateDisturbance(run: StationKeepingRun, s: number, ctl: SatelliteController, fit: WindowEstimates, strongDrag: boolean): void {
  const { n, settings } = run;
  const full = ctl.count === run.windowSamples;
  if (!full && !strongDrag) return;
  // The full window's noise is fixed for the run; a shorter one's (strong drag) depends on its length.
  const estimateSigma = full ? run.fullWindowNoise : feedForwardNoiseMPerS2(ctl.count, ctl.count * run.stepS, n, settings.navigationSigmaM, settings.navigationSigmaMPerS);
  const measuredAlongTrack = -fit.curvature / 3;
  const prior = run.priorAlongTrack[s]!;
  ctl.alongTrackMPerS2 = Math.abs(measuredAlongTrack - prior) > GATE_SIGMAS * estimateSigma.alongTrackMPerS2 ? measuredAlongTrack : prior;
  if (full) {
    const ax = (2 * n * fit.esRate) / 3;
    const ay = (-2 * n * fit.ecRate) / 3;
    // The prior in the same phase frame: (aR, aT) now = (ax c + ay s, -ax s + ay c).
    const prior = srpPriorRic(run, s);
    const pR = prior[0]!;
    const pT = prior[1]!;
    const ct = run.cosPhase;
    const st = run.sinPhase;
    ctl.inPlaneMeasured = Math.hypot(ax - (pR * ct - pT * st), ay - (pR * st + pT * ct)) > GATE_SIGMAS * estimateSigma.inPlaneMPerS2;
    ctl.inPlaneCosMPerS2 = ax;
    ctl.inPlaneSinMPerS2 = ay;
  }
}

/**
 * The deadband laws on the window's estimates (see `simulateStationKeeping`):
 * drift (`driftRateChangeMPerS`, tangential, split in two halves half an
 * orbit apart unless `wholeDrift`), ellipse (`ellipseRadialMPerS`) and
 * cross-track (`crossTrackNormalMPerS`); fires what is due now and stores
 * the second half of a pair. The drift law looks past a pending second burn:
 * a radial dv moves yc by -2 dv / n, a tangential one its rate by -3 dv.
 */
function applyDeadbandLaws(run: StationKeepingRun, s: number, ctl: SatelliteController, fit: WindowEstimates, wholeDrift: boolean, pairPending: boolean): void {
  const { n, periodS } = run;
  const yc = pairPending ? fit.yc - (2 * ctl.pendingR) / n : fit.yc;
  const rate = pairPending ? fit.rate - 3 * ctl.pendingT : fit.rate;
  // What is left once the feed-forward pays the push: the curvature the drift law must live with.
  const curvature = fit.curvature + 3 * ctl.alongTrackMPerS2;
  const dvT = driftRateChangeMPerS(yc, rate, curvature, run.boxM, run.minimumRateMPerS, periodS);
  let now = 0;
  let later = 0;
  now += wholeDrift ? dvT : dvT / 2;
  later += wholeDrift ? 0 : dvT / 2;
  const radialNow = pairPending ? 0 : ellipseRadialMPerS(fit.ec, fit.es, run.cosPhase, run.sinPhase, n, run.ellipseLimitM);
  const radialLater = radialNow === 0 ? 0 : -radialNow;
  const normalNow = pairPending ? 0 : crossTrackNormalMPerS(fit.zc, fit.zs, run.cosPhase, run.sinPhase, n, run.ellipseLimitM);
  if (now !== 0 || radialNow !== 0 || normalNow !== 0) {
    burn(run, s, radialNow, now, normalNow, false);
    if (later !== 0 || radialLater !== 0) {
      ctl.pendingTimeS = run.tS + periodS / 2;
      ctl.pendingR = radialLater;
      ctl.pendingT = later;
      ctl.pendingN = 0;
    }
  }
}

/**
 * Drift law (the east-west deadband of geostationary station keeping): when
 * the along-track centre yc is outside the box +-b moving outward, its drift
 * rate is mirrored, to the rate sqrt(4 |c| b) that just reaches the far edge
 * against the curvature c left by the feed-forward; a satellite outside and
 * not coming back gets a return rate. A tangential dv changes the rate by
 * -3 dv (HCW), so dv = -(target - rate) / 3.
 * @param ycM along-track centre, m
 * @param rateMPerS its rate, m/s
 * @param curvatureMPerS2 its second derivative, m/s^2
 * @returns tangential delta-v, m/s (0 inside the box)
 */
function driftRateChangeMPerS(ycM: number, rateMPerS: number, curvatureMPerS2: number, boxM: number, minimumRateMPerS: number, periodS: number): number {
  if (!(Math.abs(ycM) > boxM)) return 0;
  const sign = Math.sign(ycM);
  const returnRate = Math.max(minimumRateMPerS, (Math.abs(ycM) - boxM) / (2 * periodS));
  const pushedOut = curvatureMPerS2 * sign > 0;
  const boxRate = pushedOut ? Math.sqrt(4 * Math.abs(curvatureMPerS2) * boxM) : 0;
  let target = rateMPerS;
  if (rateMPerS * sign > 0) target = -sign * Math.max(boxRate, returnRate);
  else if (Math.abs(rateMPerS) < 0.5 * returnRate) target = -sign * Math.max(boxRate, returnRate);
  return -(target - rateMPerS) / 3;
}

/**
 * Ellipse law: an ellipse error |e| above the limit is removed by two
 * opposite radial burns half an orbit apart, -ey n / 2 now (a radial dv
 * moves ey by dv / n, twice with the pair), fired when e lies along the
 * radial-burn axis (|ey now| >= 0.7 |e|; no net drift).
 * @param ecM ellipse error in inertial phase (cos, sin), m
 * @returns the first radial delta-v, m/s (0: none)
 */
function ellipseRadialMPerS(ecM: number, esM: number, cosPhase: number, sinPhase: number, n: number, limitM: number): number {
  const eyNow = -ecM * sinPhase + esM * cosPhase;
  const eMagnitude = Math.hypot(ecM, esM);
  if (eMagnitude > limitM && Math.abs(eyNow) >= 0.7 * eMagnitude) return (-eyNow * n) / 2;
  return 0;
}

/**
 * Cross-track law: an amplitude above the limit is removed by one normal
 * burn cancelling z' = n (-zc sin nt + zs cos nt) near the node (|z now| below half the amplitude).
 * @param zcM cross-track error in inertial phase (cos, sin), m
 * @returns normal delta-v, m/s (0: none)
 */
function crossTrackNormalMPerS(zcM: number, zsM: number, cosPhase: number, sinPhase: number, n: number, limitM: number): number {
  const zAmplitude = Math.hypot(zcM, zsM);
  const zNow = zcM * cosPhase + zsM * sinPhase;
  if (zAmplitude > limitM && Math.abs(zNow) < 0.5 * zAmplitude) return -n * (-zcM * sinPhase + zsM * cosPhase);
  return 0;
}

/**
 * Applies an RIC delta-v (reference axes) to slot s, rounded to whole
 * impulse bits, books it (station keeping or avoidance) and shifts the
 * satellite's stored samples by its effect (`shiftWindow`).
 * @returns the applied magnitude, m/s
 */
function burn(run: StationKeepingRun, s: number, dvR: number, dvT: number, dvN: number, avoidance: boolean): number {
  const magnitude = Math.hypot(dvR, dvT, dvN);
  if (magnitude === 0) return 0;
  const bitMPerS = run.bitMPerS;
  const scale = bitMPerS > 0 ? (Math.round(magnitude / bitMPerS) * bitMPerS) / magnitude : 1;
  if (scale === 0) return 0;
  const r = dvR * scale;
  const t = dvT * scale;
  const nn = dvN * scale;
  const { state, axes } = run;
  const o = 6 * (s + 1);
  for (let c = 0; c < 3; c++) state[o + 3 + c] = state[o + 3 + c]! + axes.radial[c]! * r + axes.alongTrack[c]! * t + axes.crossTrack[c]! * nn;
  const applied = magnitude * scale;
  if (avoidance) {
    run.encounters.avoidanceDeltaVMPerS += applied;
    run.encounters.avoidanceBurns++;
  } else {
    run.deltaV[s] = run.deltaV[s]! + applied;
    run.burns[s] = run.burns[s]! + 1;
  }
  shiftWindow(run.controllers[s]!, run.tS, run.cosPhase, run.sinPhase, r, t, nn, run.n);
  return applied;
}

/**
 * Makes the stored samples consistent with the state after an impulse
 * (dvR, dvT, dvN) at tS (HCW): the ellipse moves by (-2 dvT / n, dvR / n)
 * turned into inertial phase, yc by -2 dvR / n - 3 dvT (t - tS)
 * and the cross-track by (0, dvN / n) in phase.
 * @param ct cos of the phase n tS (the step's `cosPhase`)
 * @param st its sin
 */
function shiftWindow(c: SatelliteController, tS: number, ct: number, st: number, dvR: number, dvT: number, dvN: number, n: number): void {
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
    w[o + 3] = w[o + 3]! - (2 * dvR) / n - 3 * dvT * (w[o]! - tS);
    w[o + 4] = w[o + 4]! + dZc;
    w[o + 5] = w[o + 5]! + dZs;
  }
}

/**
 * HCW two-impulse retarget of slot s: the first burn now zeroes the error e
 * 0.4 orbit later, the second, pending, cancels the velocity error then.
 * The error's free drift to then is the HCW closed form
 * (`relativeMotionPositions`, Vallado Eq. 6-66); the first burn solves the
 * in-plane 2x2 of that solution's position-by-velocity block (and the
 * cross-track row on its own) for the velocity change that cancels it.
 */
function retarget(run: StationKeepingRun, s: number, e: RicBuffer): void {
  const { n } = run;
  const tau = 0.4 * run.periodS;
  const nt = n * tau;
  const c = Math.cos(nt);
  const si = Math.sin(nt);
  const free = relativeMotionPositions(hcwModel(n), tau, e, run.retargetDrift);
  // d(x, y)/d(vx, vy) and dz/dvz of the HCW solution (Vallado Eq. 6-66).
  const xvx = si / n;
  const xvy = (2 / n) * (1 - c);
  const yvx = (-2 / n) * (1 - c);
  const yvy = (4 * si - 3 * nt) / n;
  const zvz = si / n;
  const det = xvx * yvy - xvy * yvx;
  const dvx = (-free[0]! * yvy + free[1]! * xvy) / det;
  const dvy = (-free[1]! * xvx + free[0]! * yvx) / det;
  const dvz = -free[2]! / zvz;
  burn(run, s, dvx, dvy, dvz, false);
  const ctl = run.controllers[s]!;
  ctl.pendingTimeS = run.tS + tau;
  ctl.pendingCancelsVelocity = true;
}

/** The run's result: per-satellite delta-v, burns and largest error, and the failed satellite's encounters. */
function stationKeepingResultOf(run: StationKeepingRun, durationS: number): StationKeepingResult {
  const failure = run.failure;
  const e = run.encounters;
  return {
    satellites: run.chosen,
    deltaVMPerS: run.deltaV,
    burns: run.burns,
    maxPositionErrorM: run.maxError,
    durationS,
    evaluations: run.evaluations,
    ...(failure
      ? {
          failure: {
            satellite: failure.satellite,
            minDistanceM: e.minDistanceM,
            minDistanceTimeS: e.minDistanceTimeS,
            closestSatellite: e.closestSatellite,
            firstKeepOutS: e.firstKeepOutS,
            avoidanceDeltaVMPerS: e.avoidanceDeltaVMPerS,
            avoidanceBurns: e.avoidanceBurns,
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

/** What the controller reads from its window of samples (one scratch object per run, overwritten by `windowEstimates`). */
interface WindowEstimates {
  /** Ellipse error in inertial phase (cos, sin), m. */
  ec: number;
  es: number;
  /** Cross-track error in inertial phase, m. */
  zc: number;
  zs: number;
  /** Along-track centre error now, m. */
  yc: number;
  /** Its rate now, m/s. */
  rate: number;
  /** Its second derivative, m/s^2 (-3 f for a constant differential along-track acceleration f). */
  curvature: number;
  /** Rates of the ellipse error in inertial phase, m/s. */
  ecRate: number;
  esRate: number;
}

/** A zeroed `WindowEstimates`. */
function windowEstimatesScratch(): WindowEstimates {
  return { ec: 0, es: 0, zc: 0, zs: 0, yc: 0, rate: 0, curvature: 0, ecRate: 0, esRate: 0 };
}

/**
 * Least-squares estimates over a window of samples (t, Ec, Es, yc, Zc, Zs),
 * written into `out`: the along-track centre's parabola
 * (`fitAlongTrackParabola`), a line through the ellipse less its periodic
 * response to the push (`fitEllipseLine`) and means of the cross-track constants.
 * @param nRadPerS mean motion of the phase theta = n t of the samples, rad/s
 * @param cosPhase cos of the phase now, n tS (the step's `cosPhase`)
 * @param sinPhase its sin
 */
function windowEstimates(
  w: Float64Array,
  count: number,
  tS: number,
  windowS: number,
  nRadPerS: number,
  cosPhase: number,
  sinPhase: number,
  out: WindowEstimates,
): WindowEstimates {
  fitAlongTrackParabola(w, count, tS, windowS, out);
  fitEllipseLine(w, count, tS, windowS, nRadPerS, cosPhase, sinPhase, out);
  let zc = 0;
  let zs = 0;
  for (let i = 0; i < count; i++) {
    zc += w[i * SAMPLE_FIELDS + 4]!;
    zs += w[i * SAMPLE_FIELDS + 5]!;
  }
  out.zc = zc / count;
  out.zs = zs / count;
  return out;
}

/**
 * The along-track centre's parabola yc = a + b tau + c tau^2 with tau from
 * now, scaled by the window length for conditioning (normal equations,
 * Cramer's rule; a line when the parabola is ill-conditioned), read at now:
 * yc = a, rate = b / W, curvature = 2 c / W^2 (constant differential drag f
 * makes yc accelerate at -3 f).
 */
function fitAlongTrackParabola(w: Float64Array, count: number, tS: number, windowS: number, out: WindowEstimates): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let y0 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < count; i++) {
    const p = i * SAMPLE_FIELDS;
    const u = (w[p]! - tS) / windowS;
    const y = w[p + 3]!;
    const u2 = u * u;
    s0 += 1;
    s1 += u;
    s2 += u2;
    s3 += u2 * u;
    s4 += u2 * u2;
    y0 += y;
    y1 += y * u;
    y2 += y * u2;
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
  out.yc = a;
  out.rate = b / windowS;
  out.curvature = (2 * c) / (windowS * windowS);
}

/**
 * A line through the ellipse error (Ec, Es) read at now, after removing the
 * ellipse's periodic response to the along-track push f = -c / 3 that the
 * parabola measured (`out.curvature`). In HCW a constant along-track push f
 * from rest gives E(t) = -(2 f / n^2) (sin nt, 1 - cos nt) (from
 * x = (2f/n) t - (2f/n^2) sin nt, y = -(3/2) f t^2 + (4f/n^2)(1 - cos nt)):
 * a circle of radius 2 f / n^2 (0.9 m at high solar activity with a 10 %
 * spread) that a mean or a line through burn-corrected samples would take
 * for an ellipse error.
 * @param cosPhase cos of the phase now, n tS
 * @param sinPhase its sin
 */
function fitEllipseLine(
  w: Float64Array,
  count: number,
  tS: number,
  windowS: number,
  nRadPerS: number,
  cosPhase: number,
  sinPhase: number,
  out: WindowEstimates,
): void {
  // The ellipse less its periodic response to the push: E + (2 f / n^2) (sin theta, -cos theta).
  const radius = (2 * (-out.curvature / 3)) / (nRadPerS * nRadPerS);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let ec = 0;
  let es = 0;
  let ecU = 0;
  let esU = 0;
  for (let i = 0; i < count; i++) {
    const p = i * SAMPLE_FIELDS;
    const u = (w[p]! - tS) / windowS;
    const eC = w[p + 1]! + radius * w[p + 7]!;
    const eS = w[p + 2]! - radius * w[p + 6]!;
    s0 += 1;
    s1 += u;
    s2 += u * u;
    ec += eC;
    es += eS;
    ecU += eC * u;
    esU += eS * u;
  }
  const det2 = s0 * s2 - s1 * s1;
  const ecSlope = det2 > 1e-9 * s0 * s0 ? (s0 * ecU - s1 * ec) / det2 : 0;
  const esSlope = det2 > 1e-9 * s0 * s0 ? (s0 * esU - s1 * es) / det2 : 0;
  // The line read at now, with the periodic response at now put back: the ellipse the satellite has.
  out.ec = (ec - ecSlope * s1) / s0 - radius * sinPhase;
  out.es = (es - esSlope * s1) / s0 + radius * cosPhase;
  out.ecRate = ecSlope / windowS;
  out.esRate = esSlope / windowS;
}
