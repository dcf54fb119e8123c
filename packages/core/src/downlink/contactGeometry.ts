import { gstime } from 'satellite.js';
import { EARTH_ROTATION_RAD_PER_S } from '../constants.ts';
import { ascendingNodeRad, circularOrbitPositionFromTrigEqjM } from '../orbit/orbitPlane.ts';
import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import { j2NodalPrecessionRadPerS } from '../orbit/sunSynchronous.ts';
import type { GroundSite } from './visibility.ts';
import { aboveElevationMask, elevationMarginM, groundSiteDirections, groundSitesEcef, visibilityCapBoundRad } from './visibility.ts';

/*
 * The fixed geometry of one contact series and what bounds it: the sampler
 * (spacecraft and sites at a sample, the exact and screened elevation tests), the
 * along-orbit bounds, and the windows in which each site is near the orbit plane.
 */

/** Inputs of a contact series: a circular sun-synchronous orbit seen from ground sites. */
export interface ContactSeriesInput {
  /** Orbit radius, m. */
  readonly semiMajorAxisM: number;
  /** Inclination, rad. */
  readonly inclinationRad: number;
  /** Local mean solar time of the ascending node at the epoch, h. */
  readonly ltanHours: number;
  /** Epoch (t = 0), Unix time, s. */
  readonly epochUnixS: number;
  /** Length of the series, s. */
  readonly durationS: number;
  /** Sample spacing, s. */
  readonly stepS: number;
  /** Ground sites, at most `MAX_GROUND_STATIONS`. */
  readonly sites: readonly GroundSite[];
  /** Lowest elevation at which a site can hold the link, rad. */
  readonly elevationMaskRad: number;
  /**
   * Spacecraft evenly spaced along the orbit (clusters sharing it, for a relay
   * through the constellation); a site's bit is set when it sees any of them. Default 1.
   */
  readonly phaseCount?: number;
  /** Test every sample (no skipping far from the sites); the result is the same, slower. Default false. */
  readonly exhaustive?: boolean;
}

/**
 * The cosines and sines of the node's Earth-fixed longitude alpha and of the
 * argument of latitude u at the last sample the screened test placed (`j`: -2, none),
 * and how many samples in a row they were turned on by the step.
 */
interface ScreenChain {
  j: number;
  length: number;
  cosAlpha: number;
  sinAlpha: number;
  cosU: number;
  sinU: number;
}

/**
 * The fixed geometry and the scratch state of one `stationContactSeries` call,
 * allocated once per call; `exactMask` and `screenedMask` read it at each sample.
 */
export interface ContactSampler {
  /** Orbit radius, m. */
  readonly semiMajorAxisM: number;
  readonly cosInclination: number;
  readonly sinInclination: number;
  /** `groundSitesEcef` of the sites. */
  readonly siteEcef: Float64Array;
  readonly siteCount: number;
  /** Sine of the elevation mask. */
  readonly sinMask: number;
  /** Spacecraft evenly spaced along the orbit, and the angle between neighbours, rad. */
  readonly phaseCount: number;
  readonly phaseStepRad: number;
  /** Mean motion, rad/s. */
  readonly meanMotionRadPerS: number;
  /** Right ascension of the node at the epoch, rad, and its J2 rate, rad/s. */
  readonly nodeAtEpochRad: number;
  readonly nodeRateRadPerS: number;
  /** Greenwich sidereal angle at the epoch (IAU-82), rad. */
  readonly siderealAtEpochRad: number;
  /** The node's Earth-fixed longitude alpha = Omega - theta at the epoch, rad, and its rate, rad/s. */
  readonly nodeLongitudeAtEpochRad: number;
  readonly nodeLongitudeRateRadPerS: number;
  /** Rotations by one sample of alpha and u, and by one phase step of u. */
  readonly cosAlphaStep: number;
  readonly sinAlphaStep: number;
  readonly cosUStep: number;
  readonly sinUStep: number;
  readonly cosPhaseStep: number;
  readonly sinPhaseStep: number;
  /** Scratch position, x y z in m. */
  readonly position: Float64Array;
  /**
   * alpha's sample, cosine and sine, then u's, at the last sample the skip looked at
   * (NaN: none): the screened test reuses them at that sample.
   */
  readonly trig: Float64Array;
  readonly chain: ScreenChain;
}

/**
 * The sampler of a contact series: the node at the scenario's LTAN drifting at the
 * J2 rate (`j2NodalPrecessionRadPerS`), the spacecraft at the mean motion, Earth
 * turning from the Greenwich sidereal angle of the epoch (satellite.js `gstime`).
 */
export function contactSampler(input: ContactSeriesInput): ContactSampler {
  const { semiMajorAxisM, inclinationRad, ltanHours, epochUnixS, stepS, sites, elevationMaskRad } = input;
  const phaseCount = input.phaseCount ?? 1;
  const nodeRateRadPerS = j2NodalPrecessionRadPerS(semiMajorAxisM, 0, inclinationRad);
  const meanMotion = meanMotionRadPerS(semiMajorAxisM);
  const siderealAtEpochRad = gstime(new Date(epochUnixS * 1_000));
  // ascendingNodeRad(..., t) is this value plus rate x t, rounded the same way.
  const nodeAtEpochRad = ascendingNodeRad(ltanHours, epochUnixS, nodeRateRadPerS, 0);
  const phaseStepRad = (2 * Math.PI) / phaseCount;
  const nodeLongitudeRateRadPerS = nodeRateRadPerS - EARTH_ROTATION_RAD_PER_S;
  return {
    semiMajorAxisM,
    cosInclination: Math.cos(inclinationRad),
    sinInclination: Math.sin(inclinationRad),
    siteEcef: groundSitesEcef(sites),
    siteCount: sites.length,
    sinMask: Math.sin(elevationMaskRad),
    phaseCount,
    phaseStepRad,
    meanMotionRadPerS: meanMotion,
    nodeAtEpochRad,
    nodeRateRadPerS,
    siderealAtEpochRad,
    nodeLongitudeAtEpochRad: nodeAtEpochRad - siderealAtEpochRad,
    nodeLongitudeRateRadPerS,
    cosAlphaStep: Math.cos(nodeLongitudeRateRadPerS * stepS),
    sinAlphaStep: Math.sin(nodeLongitudeRateRadPerS * stepS),
    cosUStep: Math.cos(meanMotion * stepS),
    sinUStep: Math.sin(meanMotion * stepS),
    cosPhaseStep: Math.cos(phaseStepRad),
    sinPhaseStep: Math.sin(phaseStepRad),
    position: new Float64Array(3),
    trig: new Float64Array([Number.NaN, 0, 0, Number.NaN, 0, 0]),
    chain: { j: -2, length: 0, cosAlpha: 0, sinAlpha: 0, cosU: 0, sinU: 0 },
  };
}

/**
 * The sites that see a spacecraft at t: the elevation test (`aboveElevationMask`)
 * on the positions of `circularOrbitPositionEqjM` turned to Earth-fixed axes by the
 * sidereal angle theta = theta_0 + omega_E t.
 * @returns bit k set when site k sees one of the spacecraft
 */
export function exactMask(s: ContactSampler, tS: number): number {
  const { position, siteEcef, siteCount, sinMask } = s;
  const nodeRad = s.nodeAtEpochRad + s.nodeRateRadPerS * tS;
  const cosNode = Math.cos(nodeRad);
  const sinNode = Math.sin(nodeRad);
  const theta = s.siderealAtEpochRad + EARTH_ROTATION_RAD_PER_S * tS;
  const cosTheta = Math.cos(theta);
  const sinTheta = Math.sin(theta);
  let visible = 0;
  for (let p = 0; p < s.phaseCount; p++) {
    const u = s.meanMotionRadPerS * tS + p * s.phaseStepRad;
    circularOrbitPositionFromTrigEqjM(s.semiMajorAxisM, s.cosInclination, s.sinInclination, cosNode, sinNode, Math.cos(u), Math.sin(u), position);
    const x = cosTheta * position[0]! + sinTheta * position[1]!;
    const y = -sinTheta * position[0]! + cosTheta * position[1]!;
    const z = position[2]!;
    for (let k = 0; k < siteCount; k++) {
      if (aboveElevationMask(x, y, z, siteEcef, 6 * k, sinMask)) visible |= 1 << k;
    }
  }
  return visible;
}

/** The node's Earth-fixed longitude alpha = alpha_0 + alpha' t at time t, rad. */
export function nodeLongitudeRad(s: ContactSampler, tS: number): number {
  return s.nodeLongitudeAtEpochRad + s.nodeLongitudeRateRadPerS * tS;
}

/** The spacecraft's argument of latitude u = n t (from the node at the epoch) at time t, reduced to [0, 2 pi), rad. */
export function argumentOfLatitudeRad(s: ContactSampler, tS: number): number {
  return wrapTo(s.meanMotionRadPerS * tS, 2 * Math.PI);
}

/**
 * Places alpha and u of sample j in `s.chain`: from the skip's trig at this sample,
 * else turned on from the previous sample's by the fixed step (angle addition,
 * a few ulps a step, reseeded every `SCREEN_CHAIN_MAX`), else computed afresh.
 */
function advanceScreenChain(s: ContactSampler, j: number, tS: number): void {
  const { chain, trig } = s;
  const chained = chain.j === j - 1 && chain.length < SCREEN_CHAIN_MAX;
  let cosAlpha: number;
  let sinAlpha: number;
  if (trig[0] === j) {
    cosAlpha = trig[1]!;
    sinAlpha = trig[2]!;
  } else if (chained) {
    cosAlpha = chain.cosAlpha * s.cosAlphaStep - chain.sinAlpha * s.sinAlphaStep;
    sinAlpha = chain.sinAlpha * s.cosAlphaStep + chain.cosAlpha * s.sinAlphaStep;
  } else {
    const alpha = nodeLongitudeRad(s, tS);
    cosAlpha = Math.cos(alpha);
    sinAlpha = Math.sin(alpha);
  }
  let cosU: number;
  let sinU: number;
  if (trig[3] === j) {
    cosU = trig[4]!;
    sinU = trig[5]!;
  } else if (chained) {
    cosU = chain.cosU * s.cosUStep - chain.sinU * s.sinUStep;
    sinU = chain.sinU * s.cosUStep + chain.cosU * s.sinUStep;
  } else {
    const u = argumentOfLatitudeRad(s, tS);
    cosU = Math.cos(u);
    sinU = Math.sin(u);
  }
  chain.length = chained ? chain.length + 1 : 0;
  chain.j = j;
  chain.cosAlpha = cosAlpha;
  chain.sinAlpha = sinAlpha;
  chain.cosU = cosU;
  chain.sinU = sinU;
}

/**
 * `exactMask` screened: the Earth-fixed position straight from alpha and u
 * (`circularOrbitPositionFromTrigEqjM` with the node's Earth-fixed longitude alpha
 * in place of its right ascension) differs from the exact one by rounding only (alpha rounds to
 * 1e-12 rad over a year: micrometres); where every site's elevation margin
 * (`elevationMarginM`) is larger than `SCREEN_MARGIN_M` the verdict is the exact one, else the exact test decides.
 */
export function screenedMask(s: ContactSampler, j: number, tS: number): number {
  advanceScreenChain(s, j, tS);
  const { chain, position, siteEcef, siteCount, sinMask, cosPhaseStep, sinPhaseStep } = s;
  const { cosAlpha, sinAlpha } = chain;
  let visible = 0;
  let cosU = chain.cosU;
  let sinU = chain.sinU;
  for (let p = 0; p < s.phaseCount; p++) {
    if (p > 0) {
      // The next spacecraft of the ring: u turned on by the phase step (a few ulps each).
      const turned = cosU * cosPhaseStep - sinU * sinPhaseStep;
      sinU = sinU * cosPhaseStep + cosU * sinPhaseStep;
      cosU = turned;
    }
    circularOrbitPositionFromTrigEqjM(s.semiMajorAxisM, s.cosInclination, s.sinInclination, cosAlpha, sinAlpha, cosU, sinU, position);
    for (let k = 0; k < siteCount; k++) {
      const margin = elevationMarginM(position[0]!, position[1]!, position[2]!, siteEcef, 6 * k, sinMask);
      if (Math.abs(margin) < SCREEN_MARGIN_M) return exactMask(s, tS);
      if (margin > 0) visible |= 1 << k;
    }
  }
  return visible;
}

/** Samples the screened test turns alpha and u on by the step before computing them afresh. */
const SCREEN_CHAIN_MAX = 32;
/** Elevation margin below which the screened test of `stationContactSeries` defers to the exact one, m (rounding moves positions by micrometres). */
export const SCREEN_MARGIN_M = 1;

/** How much farther than the visibility cap from the orbit plane a site may drift during a jump along the orbit, rad (30 deg). */
const IN_PLANE_MARGIN_RAD = Math.PI / 6;
/** Farthest from the orbit plane that the along-orbit bound is used, rad (80 deg: the site's angle along the orbit turns fast near the orbit's pole). */
const IN_PLANE_DISTANCE_LIMIT_RAD = (4 * Math.PI) / 9;
/** Slack on the cap's distance from the plane in `planeWindows`, rad: far above the rounding of the node's longitude over a year (1e-12 rad). */
const PLANE_WINDOW_SLACK_RAD = 1e-6;
/** Samples each plane window is widened by on each side. */
const PLANE_WINDOW_PAD_SAMPLES = 1;

/** x - floor(x / period) period: x reduced to [0, period). */
export function wrapTo(x: number, period: number): number {
  return x - Math.floor(x / period) * period;
}

/** Bounds on how fast a site near the orbit plane moves along the orbit, for the skip's jumps along it. */
interface AlongOrbitBounds {
  /** Most samples one jump along the orbit may span (the site stays within d_max of the plane). */
  readonly inPlaneStepsMax: number;
  /** Fastest closing of a spacecraft on a site's angle along the orbit, rad/s (0: the bound is not used), and per sample, rad. */
  readonly inPlaneRateRadPerS: number;
  readonly inPlaneStepRad: number;
  /** Bound on |phi''|, the change of the site's along-orbit rate, rad/s^2. */
  readonly phiRateChangeMaxRadPerS2: number;
  /** Smallest angle past a site from which a departing spacecraft out of the cap only moves away, rad (pi: not used). */
  readonly departureMinRad: number;
}

/**
 * The along-orbit bounds of the skip. The site's angle along the orbit turns at
 * phi' = -nu (cos i - tan d sin i sin phi), nu the plane's turn against Earth (the
 * site turns about Earth's axis in the orbit frame), so |phi'| <= nu (|cos i| + tan(d_max) sin i);
 * |phi''| <= nu sin i (sec^2(d_max) |d'| + tan(d_max) |phi'|), |d'| <= nu, while |d| <= d_max.
 * @param capRad `visibilityCapBoundRad`, rad
 * @param planeTurnRadPerS nu = omega_E + |dOmega/dt|, rad/s
 */
function alongOrbitBounds(capRad: number, planeTurnRadPerS: number, stepS: number, meanMotionRadPerS: number, cosInclination: number, sinInclination: number): AlongOrbitBounds {
  // Inside its window a site is at most the cap plus the widening from the plane; a jump
  // along the orbit is kept short enough that it stays within d_max.
  const windowDistanceRad = capRad + PLANE_WINDOW_SLACK_RAD + (PLANE_WINDOW_PAD_SAMPLES + 1) * planeTurnRadPerS * stepS;
  const planeDistanceMaxRad = Math.min(windowDistanceRad + IN_PLANE_MARGIN_RAD, IN_PLANE_DISTANCE_LIMIT_RAD);
  const inPlaneStepsMax = (planeDistanceMaxRad - windowDistanceRad) / (planeTurnRadPerS * stepS);
  const siteTurnRadPerS = planeTurnRadPerS * (Math.abs(cosInclination) + Math.tan(planeDistanceMaxRad) * Math.abs(sinInclination));
  const inPlaneRateRadPerS = inPlaneStepsMax > 0 && meanMotionRadPerS > siteTurnRadPerS ? meanMotionRadPerS + siteTurnRadPerS : 0;
  const inPlaneStepRad = inPlaneRateRadPerS * stepS;
  const phiRateChangeMaxRadPerS2 =
    planeTurnRadPerS * Math.abs(sinInclination) * (planeTurnRadPerS / Math.cos(planeDistanceMaxRad) ** 2 + Math.tan(planeDistanceMaxRad) * siteTurnRadPerS);
  // Past the site by this much, tan x (n - phi') >= tan(d_max) |d'|: cos psi = cos d cos x only falls
  // (to x = pi / 2, past which a cap under pi / 2 is left behind).
  const departureMinRad =
    inPlaneStepRad > 0 && capRad < Math.PI / 2 ? Math.atan((Math.tan(planeDistanceMaxRad) * planeTurnRadPerS) / (meanMotionRadPerS - siteTurnRadPerS)) : Math.PI;
  return { inPlaneStepsMax, inPlaneRateRadPerS, inPlaneStepRad, phiRateChangeMaxRadPerS2, departureMinRad };
}

/** The state of the skip of `stationContactSeries`: its bounds, and scratch allocated once per call. */
export interface ContactSkip extends AlongOrbitBounds {
  readonly sampler: ContactSampler;
  readonly count: number;
  readonly stepS: number;
  /** `groundSiteDirections` of the sites. */
  readonly siteDirections: Float64Array;
  /** `visibilityCapBoundRad` and its cosine. */
  readonly capRad: number;
  readonly cosCap: number;
  /** `planeWindows` of the sites, and each site's next window (in `planes.spans`). */
  readonly planes: PlaneWindows;
  readonly windowIndex: Int32Array;
  /** Sites within their plane window at the current sample, and their count. */
  readonly nearPlaneSites: Int32Array;
  nearPlane: number;
  /** Sites within the cap's angle along the orbit of a spacecraft: along N, along M, angle ahead; and their count. */
  readonly siteInPlane: Float64Array;
  inBand: number;
}

/** The skip's state for a series of `count` samples. */
export function contactSkip(input: ContactSeriesInput, sampler: ContactSampler, count: number): ContactSkip {
  const { semiMajorAxisM, stepS, elevationMaskRad } = input;
  const { siteCount, meanMotionRadPerS, nodeRateRadPerS, cosInclination, sinInclination } = sampler;
  const siteDirections = groundSiteDirections(sampler.siteEcef, siteCount);
  const capRad = visibilityCapBoundRad(semiMajorAxisM, elevationMaskRad);
  const planeTurnRadPerS = EARTH_ROTATION_RAD_PER_S + Math.abs(nodeRateRadPerS);
  const plane = { sinInclination, cosInclination, alphaAtEpochRad: sampler.nodeLongitudeAtEpochRad, alphaRateRadPerS: sampler.nodeLongitudeRateRadPerS, stepS, count };
  const bounds = alongOrbitBounds(capRad, planeTurnRadPerS, stepS, meanMotionRadPerS, cosInclination, sinInclination);
  const planes = planeWindows(siteDirections, siteCount, plane, capRad, sampler);
  // Every field written out (no spread): the object keeps one fast shape for the hot loop.
  return {
    inPlaneStepsMax: bounds.inPlaneStepsMax,
    inPlaneRateRadPerS: bounds.inPlaneRateRadPerS,
    inPlaneStepRad: bounds.inPlaneStepRad,
    phiRateChangeMaxRadPerS2: bounds.phiRateChangeMaxRadPerS2,
    departureMinRad: bounds.departureMinRad,
    sampler,
    count,
    stepS,
    siteDirections,
    capRad,
    cosCap: Math.cos(capRad),
    planes,
    windowIndex: new Int32Array(siteCount),
    nearPlaneSites: new Int32Array(siteCount),
    nearPlane: 0,
    siteInPlane: new Float64Array(3 * siteCount),
    inBand: 0,
  };
}

/**
 * Whole samples in which the spacecraft behind a site cannot close the gap of
 * `remainingRad` to the cap (`gapClosedAfterS` at the site's present closing rate), at most `inPlaneStepsMax`.
 * @param planeSine sine of the site's distance from the orbit plane (h . s)
 */
export function gapClosedAfterSteps(skip: ContactSkip, remainingRad: number, planeSine: number, alongNode: number, alongInPlane: number): number {
  const quietS = gapClosedAfterS(skip, remainingRad, closingRateRadPerS(skip.sampler, planeSine, alongNode, alongInPlane));
  return Math.floor(Math.min(quietS / skip.stepS, skip.inPlaneStepsMax));
}

/**
 * How long the spacecraft behind a site cannot close the gap of `remainingRad` to
 * the cap: the gap closes at `closing` = n - phi' now, changing by at most
 * phiRateChangeMaxRadPerS2, so it lasts at least T with closing T + phiRateChangeMaxRadPerS2 T^2 / 2
 * = remaining, or the first-order bound remaining / (n + max |phi'|). Holds while
 * the site stays near the plane: callers cap it at `inPlaneStepsMax` samples.
 * @returns s
 */
export function gapClosedAfterS(skip: ContactSkip, remainingRad: number, closing: number): number {
  const secondOrderS = (2 * remainingRad) / (closing + Math.sqrt(closing * closing + 2 * skip.phiRateChangeMaxRadPerS2 * remainingRad));
  return Math.max(remainingRad / skip.inPlaneRateRadPerS, closing > 0 ? secondOrderS : 0);
}

/** The orbit plane against the sites, for `planeWindows`. */
interface PlaneMotion {
  readonly sinInclination: number;
  readonly cosInclination: number;
  /** The node's Earth-fixed longitude at the epoch, rad, and its rate, rad/s. */
  readonly alphaAtEpochRad: number;
  readonly alphaRateRadPerS: number;
  /** Sample spacing, s, and number of samples. */
  readonly stepS: number;
  readonly count: number;
}

/** Each site's plane windows (`planeWindows`). */
export interface PlaneWindows {
  /** Per site, first and last sample of each window, flat, in time order. */
  readonly spans: Int32Array[];
  /**
   * Per site, two numbers per window: the time its first arc is entered, s (NaN: the
   * site is near the plane at the series' start, or always), and that arc (0 or 1).
   */
  readonly entries: Float64Array[];
  /**
   * Per site, four numbers: for arc 0 then arc 1, the site's angle along the orbit
   * phi on entering the arc, rad, and the closing rate n - phi' there, rad/s.
   */
  readonly entryGeometry: Float64Array[];
}

/**
 * The sample ranges in which each site is within `capRad` of the orbit plane,
 * in time order. A site's sine distance from the plane is
 * h . s = sin i rho sin(alpha - lambda) + cos i s_z (rho, lambda: the site
 * direction's distance from Earth's axis and longitude; alpha = alpha_0 + alpha' t,
 * the node's Earth-fixed longitude), a sinusoid of alpha: it is within the
 * band |h . s| <= sin(cap) over two arcs of beta = alpha - lambda, solved in closed
 * form and widened by a slack and a sample each side. On entering an arc the site's
 * place in the orbit frame is fixed by the arc's end, so its angle along the orbit
 * and its closing rate are two numbers per arc.
 */
function planeWindows(siteDirections: Float64Array, siteCount: number, plane: PlaneMotion, capRad: number, sampler: ContactSampler): PlaneWindows {
  const band = capRad + PLANE_WINDOW_SLACK_RAD;
  const spans: Int32Array[] = [];
  const entries: Float64Array[] = [];
  const entryGeometry: Float64Array[] = [];
  const sinBand = Math.sin(band);
  for (let k = 0; k < siteCount; k++) {
    const sx = siteDirections[3 * k]!;
    const sy = siteDirections[3 * k + 1]!;
    const sz = siteDirections[3 * k + 2]!;
    const rho = Math.hypot(sx, sy);
    const amplitude = plane.sinInclination * rho;
    const offset = plane.cosInclination * sz;
    const low = (-sinBand - offset) / amplitude;
    const high = (sinBand - offset) / amplitude;
    entryGeometry.push(new Float64Array(4));
    if (plane.alphaRateRadPerS >= 0 || band >= Math.PI / 2 || amplitude < 1e-9 || (low <= -1 && high >= 1)) {
      const always = plane.alphaRateRadPerS >= 0 || band >= Math.PI / 2 || Math.abs(offset) - amplitude <= sinBand;
      spans.push(always ? Int32Array.of(0, plane.count - 1) : new Int32Array(0));
      entries.push(always ? Float64Array.of(Number.NaN, 0) : new Float64Array(0));
    } else if (low > 1 || high < -1) {
      spans.push(new Int32Array(0));
      entries.push(new Float64Array(0));
    } else {
      const b1 = Math.asin(Math.max(low, -1));
      const b2 = Math.asin(Math.min(high, 1));
      const arcs = [b1, b2, Math.PI - b2, Math.PI - b1];
      const crossings = bandCrossings(plane, plane.alphaAtEpochRad - Math.atan2(sy, sx), arcs);
      spans.push(crossings.spans);
      entries.push(crossings.entries);
      for (let arc = 0; arc < 2; arc++) {
        // The site in the orbit frame at beta = the arc's upper end (beta falls with time).
        const across = rho * Math.sin(arcs[2 * arc + 1]!);
        const alongNode = rho * Math.cos(arcs[2 * arc + 1]!);
        const alongInPlane = plane.sinInclination * sz - plane.cosInclination * across;
        const planeSine = plane.sinInclination * across + plane.cosInclination * sz;
        entryGeometry[k]![2 * arc] = Math.atan2(alongInPlane, alongNode);
        entryGeometry[k]![2 * arc + 1] = closingRateRadPerS(sampler, planeSine, alongNode, alongInPlane);
      }
    }
  }
  return { spans, entries, entryGeometry };
}

/**
 * The rate n - phi' at which a spacecraft closes on a site's angle along the orbit,
 * phi' = alpha' (sin i tan d sin phi - cos i) (`alongOrbitBounds`), with
 * tan d sin phi = s_M (h . s) / (s_N^2 + s_M^2).
 * @param planeSine sine of the site's distance from the orbit plane (h . s)
 */
function closingRateRadPerS(sampler: ContactSampler, planeSine: number, alongNode: number, alongInPlane: number): number {
  const tanDSinPhi = (alongInPlane * planeSine) / (alongNode * alongNode + alongInPlane * alongInPlane);
  return sampler.meanMotionRadPerS - sampler.nodeLongitudeRateRadPerS * (sampler.sinInclination * tanDSinPhi - sampler.cosInclination);
}

/**
 * The sample windows in which beta = beta0 + alpha' t lies in one of two arcs
 * [arcs[0], arcs[1]] and [arcs[2], arcs[3]] (mod 2 pi), widened by
 * `PLANE_WINDOW_PAD_SAMPLES` and merged where they touch. beta falls with time
 * (alpha' < 0), so it enters arc c at its upper end every 2 pi / |alpha'| and stays
 * (upper - lower) / |alpha'|: two sequences of windows, merged by their entry times,
 * from the last entry of each before t = 0.
 * @returns first and last sample of each window, flat, in time order, and each window's entry (`PlaneWindows.entries`)
 */
function bandCrossings(plane: PlaneMotion, beta0: number, arcs: readonly number[]): { spans: Int32Array; entries: Float64Array } {
  const { stepS, count } = plane;
  const turnRadPerS = -plane.alphaRateRadPerS;
  const periodS = (2 * Math.PI) / turnRadPerS;
  const endS = count * stepS;
  // Entries of arc c at first + m periodS, m = 0, 1, ..., from the last before t = 0.
  const first0 = (wrapTo(beta0 - arcs[1]!, 2 * Math.PI) - 2 * Math.PI) / turnRadPerS;
  const first1 = (wrapTo(beta0 - arcs[3]!, 2 * Math.PI) - 2 * Math.PI) / turnRadPerS;
  const stay0 = (arcs[1]! - arcs[0]!) / turnRadPerS;
  const stay1 = (arcs[3]! - arcs[2]!) / turnRadPerS;
  // At most one window per arc per period, plus the one under way at t = 0.
  const capacity = 2 * (Math.ceil(endS / periodS) + 2);
  const spans = new Int32Array(2 * capacity);
  const entries = new Float64Array(2 * capacity);
  let windows = 0;
  let cycles0 = 0;
  let cycles1 = 0;
  for (;;) {
    const enter0 = first0 + cycles0 * periodS;
    const enter1 = first1 + cycles1 * periodS;
    const arc = enter0 <= enter1 ? 0 : 1;
    const enterS = arc === 0 ? enter0 : enter1;
    if (enterS > endS) break;
    if (arc === 0) cycles0++;
    else cycles1++;
    const first = Math.max(0, Math.floor(enterS / stepS) - PLANE_WINDOW_PAD_SAMPLES);
    const final = Math.min(count - 1, Math.ceil((enterS + (arc === 0 ? stay0 : stay1)) / stepS) + PLANE_WINDOW_PAD_SAMPLES);
    if (first > final) continue;
    if (windows > 0 && first <= spans[2 * windows - 1]! + 1) spans[2 * windows - 1] = Math.max(spans[2 * windows - 1]!, final);
    else {
      spans[2 * windows] = first;
      spans[2 * windows + 1] = final;
      entries[2 * windows] = enterS >= 0 ? enterS : Number.NaN;
      entries[2 * windows + 1] = arc;
      windows++;
    }
  }
  return { spans: spans.subarray(0, 2 * windows), entries: entries.subarray(0, 2 * windows) };
}
