import { geodeticToEcf, gstime } from 'satellite.js';
import { EARTH_EQUATORIAL_RADIUS_M, EARTH_POLAR_RADIUS_M, EARTH_ROTATION_RAD_PER_S, M_PER_KM } from '../constants.ts';
import { clampedAcos, degToRad } from '../math.ts';
import { ascendingNodeRad, circularOrbitPositionFromTrigEqjM } from '../orbit/orbitPlane.ts';
import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import { j2NodalPrecessionRadPerS } from '../orbit/sunSynchronous.ts';

/** Most ground stations one contact series tracks (one bit each in a Uint32 mask). */
export const MAX_GROUND_STATIONS = 31;

/** A ground station's place on the WGS-84 ellipsoid. */
export interface GroundSite {
  /** Geodetic latitude, rad. */
  readonly latitudeRad: number;
  /** Longitude east, rad. */
  readonly longitudeRad: number;
}

/**
 * A ground site from a station given in degrees (the scenario's and the
 * reference data's unit), for the contact kernels.
 * @param station geodetic latitude and east longitude, deg
 */
export function groundSiteOf(station: { readonly latitudeDeg: number; readonly longitudeDeg: number }): GroundSite {
  return { latitudeRad: degToRad(station.latitudeDeg), longitudeRad: degToRad(station.longitudeDeg) };
}

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
 * A contact series as runs of equal masks: run r covers the samples from
 * `runStarts[r]` up to the next run's start (or `count`), and neighbouring
 * runs have different masks. A year at 60 s is 525,600 samples and a few
 * thousand runs, so statistics walk the runs.
 */
export interface ContactRuns {
  /** Sample spacing, s. */
  readonly stepS: number;
  /** Number of samples. */
  readonly count: number;
  /** First sample of each run, ascending from 0. */
  readonly runStarts: Uint32Array;
  /** Mask of each run: bit k set when site k sees the spacecraft above the mask. */
  readonly runMasks: Uint32Array;
}

/** Which sites see the orbit at each sample. */
export interface ContactSeries extends ContactRuns {
  /** Bit k of sample j is set when site k sees the spacecraft above the mask at t = j stepS (expanded from the runs on first read). */
  readonly visibleMasks: Uint32Array;
}

/** Collects the masks of a series in time order as runs; samples never set are 0. */
class ContactRunsBuilder {
  private starts = new Uint32Array(256);
  private masks = new Uint32Array(256);
  private length = 0;
  private current = -1;

  /** Sets the mask of sample j, later than every sample set before; the samples in between keep the mask before them. */
  set(j: number, mask: number): void {
    if (mask === this.current) return;
    if (this.length === this.starts.length) {
      const starts = new Uint32Array(2 * this.length);
      const masks = new Uint32Array(2 * this.length);
      starts.set(this.starts);
      masks.set(this.masks);
      this.starts = starts;
      this.masks = masks;
    }
    this.starts[this.length] = j;
    this.masks[this.length++] = mask;
    this.current = mask;
  }

  build(stepS: number, count: number): ContactSeries {
    // A series starts with a run at sample 0 (of zeros when nothing was set there).
    if (this.length > 0 && this.masks[0] === 0) this.starts[0] = 0;
    const lead = this.length === 0 || this.starts[0] !== 0 ? 1 : 0;
    const runStarts = new Uint32Array(lead + this.length);
    const runMasks = new Uint32Array(lead + this.length);
    runStarts.set(this.starts.subarray(0, this.length), lead);
    runMasks.set(this.masks.subarray(0, this.length), lead);
    return contactSeriesFromRuns(stepS, count, runStarts, runMasks);
  }
}

/** A contact series from its runs, with the per-sample masks expanded on first read. */
function contactSeriesFromRuns(stepS: number, count: number, runStarts: Uint32Array, runMasks: Uint32Array): ContactSeries {
  let visibleMasks: Uint32Array | undefined;
  return {
    stepS,
    count,
    runStarts,
    runMasks,
    get visibleMasks() {
      if (!visibleMasks) {
        visibleMasks = new Uint32Array(count);
        for (let r = 0; r < runMasks.length; r++) {
          const mask = runMasks[r]!;
          if (mask !== 0) visibleMasks.fill(mask, runStarts[r]!, r + 1 < runMasks.length ? runStarts[r + 1]! : count);
        }
      }
      return visibleMasks;
    },
  };
}

/**
 * A contact series from per-sample masks (a hand-made series, or the
 * exhaustive path's check).
 * @param stepS sample spacing, s
 * @param visibleMasks bit k of sample j set when site k sees the spacecraft
 */
export function contactSeriesFromMasks(stepS: number, visibleMasks: Uint32Array): ContactSeries {
  const runs = new ContactRunsBuilder();
  for (let j = 0; j < visibleMasks.length; j++) runs.set(j, visibleMasks[j]!);
  return runs.build(stepS, Math.max(1, visibleMasks.length));
}

/**
 * Elevation test of a spacecraft from a site, Earth-fixed frame:
 * sin(el) = (r_sat - r_site) . u / |r_sat - r_site|, u the geodetic up vector
 * (Vallado, 4th ed., section 4.4, topocentric horizon frame).
 * @returns true when the elevation is at least the mask whose sine is given
 */
export function aboveElevationMask(
  satXM: number,
  satYM: number,
  satZM: number,
  site: Float64Array,
  siteOffset: number,
  sinMask: number,
): boolean {
  const dx = satXM - site[siteOffset]!;
  const dy = satYM - site[siteOffset + 1]!;
  const dz = satZM - site[siteOffset + 2]!;
  const up = dx * site[siteOffset + 3]! + dy * site[siteOffset + 4]! + dz * site[siteOffset + 5]!;
  if (up <= 0 && sinMask >= 0) return false;
  return up >= sinMask * Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * The quantity `aboveElevationMask` compares: (r_sat - r_site) . u - sin(mask) |r_sat - r_site|,
 * m; at least 0 when the elevation is at least the mask (and up > 0 for a mask >= 0).
 */
export function elevationMarginM(satXM: number, satYM: number, satZM: number, site: Float64Array, siteOffset: number, sinMask: number): number {
  const dx = satXM - site[siteOffset]!;
  const dy = satYM - site[siteOffset + 1]!;
  const dz = satZM - site[siteOffset + 2]!;
  const up = dx * site[siteOffset + 3]! + dy * site[siteOffset + 4]! + dz * site[siteOffset + 5]!;
  return up - sinMask * Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * Site positions (WGS-84, satellite.js `geodeticToEcf`, at sea level) and up
 * vectors, 6 numbers per site: x y z in m, then the unit normal.
 */
export function groundSitesEcef(sites: readonly GroundSite[]): Float64Array {
  const out = new Float64Array(6 * sites.length);
  sites.forEach((site, k) => {
    const ecfKm = geodeticToEcf({ latitude: site.latitudeRad, longitude: site.longitudeRad, height: 0 });
    out[6 * k] = ecfKm.x * M_PER_KM;
    out[6 * k + 1] = ecfKm.y * M_PER_KM;
    out[6 * k + 2] = ecfKm.z * M_PER_KM;
    out[6 * k + 3] = Math.cos(site.latitudeRad) * Math.cos(site.longitudeRad);
    out[6 * k + 4] = Math.cos(site.latitudeRad) * Math.sin(site.longitudeRad);
    out[6 * k + 5] = Math.sin(site.latitudeRad);
  });
  return out;
}

/** Geocentric unit directions of the sites, x y z per site. */
function groundSiteDirections(siteEcef: Float64Array, siteCount: number): Float64Array {
  const out = new Float64Array(3 * siteCount);
  for (let k = 0; k < siteCount; k++) {
    const x = siteEcef[6 * k]!;
    const y = siteEcef[6 * k + 1]!;
    const z = siteEcef[6 * k + 2]!;
    const length = Math.hypot(x, y, z);
    out[3 * k] = x / length;
    out[3 * k + 1] = y / length;
    out[3 * k + 2] = z / length;
  }
  return out;
}

/**
 * A bound on the Earth central angle within which a site can see a satellite
 * above the mask: lambda = acos(R cos(eps) / a) - eps (Wertz, *Space Mission
 * Engineering: The New SMAD*, Eq. 8-26), which grows as R shrinks, taken with the
 * polar radius (the nearest a WGS-84 site is to the centre) and the mask lowered
 * by 0.25 deg (the geodetic up vector tilts at most 0.192 deg from the geocentric
 * one, Vallado 4th ed. section 3.2), plus 0.01 deg for rounding. Used only to skip
 * samples that cannot be in view.
 * @returns central angle, rad
 */
export function visibilityCapBoundRad(semiMajorAxisM: number, elevationMaskRad: number): number {
  const maskRad = elevationMaskRad - degToRad(0.25);
  return clampedAcos((EARTH_POLAR_RADIUS_M * Math.cos(maskRad)) / semiMajorAxisM) - maskRad + degToRad(0.01);
}

/**
 * An Earth central angle within which every site sees a satellite above the
 * mask: the cap of Wertz Eq. 8-26 taken with the equatorial radius (the
 * farthest a WGS-84 site is from the centre, which sees least) and the mask
 * raised by 0.25 deg (the geodetic up vector tilts at most 0.192 deg from the
 * geocentric one, Vallado 4th ed. section 3.2). Samples this close are in view
 * without the elevation test.
 * @returns central angle, rad (at most 0: no such cap)
 */
export function visibilityInnerCapRad(semiMajorAxisM: number, elevationMaskRad: number): number {
  const maskRad = elevationMaskRad + degToRad(0.25);
  return clampedAcos((EARTH_EQUATORIAL_RADIUS_M * Math.cos(maskRad)) / semiMajorAxisM) - maskRad;
}

/**
 * Samples which ground sites see a circular sun-synchronous orbit. The node is
 * `ascendingNodeRad` (the scenario's LTAN at the epoch, drifting at the J2
 * rate), the spacecraft moves at the mean motion from the node at the epoch,
 * and Earth turns at `EARTH_ROTATION_RAD_PER_S` from the Greenwich sidereal
 * angle of the epoch (satellite.js `gstime`, IAU-82). The orbit frame is J2000
 * and the sidereal angle refers to the equinox of date: the 0.5 deg of
 * precession by 2035 shifts the ground track in longitude only, which averages out.
 *
 * Samples at which no site can be in view are skipped, by bounds on the
 * visibility cap (`visibilityCapBoundRad`), none of which can skip a sample in view:
 * a site farther from the orbit plane than the cap is out of view for every
 * spacecraft of the orbit (closed-form windows, `planeWindows`); near the plane,
 * the spacecraft just behind a site (any of a relay's) stays out until it has
 * closed the site's angle along the orbit to the cap, at most at
 * n + (omega_E + |dOmega/dt|) (|cos i| + tan(d_max) sin i) (or by the second-order
 * bound on that rate). One spacecraft is followed site by site (`sitePasses`): a
 * pass's samples are walked, those within an inner cap
 * (`visibilityInnerCapRad`) in view without a test, and from the pass's end the site is out
 * until the next approach. The elevation test of the remaining samples is screened on
 * positions from the node's Earth-fixed longitude and defers to the exact test within
 * 1 m of the mask. `exhaustive` tests every sample exactly, with the same result; the
 * series comes back as runs of equal masks.
 */
export function stationContactSeries(input: ContactSeriesInput): ContactSeries {
  const { durationS, stepS, sites } = input;
  if (sites.length > MAX_GROUND_STATIONS) throw new RangeError(`sites: ${sites.length} given, at most ${MAX_GROUND_STATIONS}`);
  const count = Math.max(1, Math.floor(durationS / stepS));
  const sampler = contactSampler(input);
  const skipping = !input.exhaustive && sites.length > 0;
  const skip = skipping ? contactSkip(input, sampler, count) : undefined;
  if (skip?.walkable) return sitePassesSeries(skip);
  const runs = new ContactRunsBuilder();
  let mask = 0;
  for (let j = 0; j < count; j++) {
    const tS = j * stepS;
    // After a sample in view the next is tested outright: it is most likely in view too.
    if (skip && mask === 0) {
      const outUntil = skipUntil(skip, j, tS);
      if (outUntil > j) {
        runs.set(j, 0);
        j = outUntil - 1;
        continue;
      }
    }
    mask = skipping ? screenedMask(sampler, j, tS) : exactMask(sampler, tS);
    runs.set(j, mask);
  }
  return runs.build(stepS, count);
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
interface ContactSampler {
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
  readonly meanMotion: number;
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
function contactSampler(input: ContactSeriesInput): ContactSampler {
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
    meanMotion,
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
function exactMask(s: ContactSampler, tS: number): number {
  const { position, siteEcef, siteCount, sinMask } = s;
  const nodeRad = s.nodeAtEpochRad + s.nodeRateRadPerS * tS;
  const cosNode = Math.cos(nodeRad);
  const sinNode = Math.sin(nodeRad);
  const theta = s.siderealAtEpochRad + EARTH_ROTATION_RAD_PER_S * tS;
  const cosTheta = Math.cos(theta);
  const sinTheta = Math.sin(theta);
  let visible = 0;
  for (let p = 0; p < s.phaseCount; p++) {
    const u = s.meanMotion * tS + p * s.phaseStepRad;
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
    const alpha = s.nodeLongitudeAtEpochRad + s.nodeLongitudeRateRadPerS * tS;
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
    const u = s.meanMotion * tS;
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
 * (r = a (cos u N + sin u M), N and M the orbit frame's node and in-plane axes,
 * Earth-fixed, Vallado Eq. 2-102) differs from the exact one by rounding only (alpha rounds to
 * 1e-12 rad over a year: micrometres); where every site's elevation margin
 * (`elevationMarginM`) is larger than `SCREEN_MARGIN_M` the verdict is the exact one, else the exact test decides.
 */
function screenedMask(s: ContactSampler, j: number, tS: number): number {
  advanceScreenChain(s, j, tS);
  const { chain, semiMajorAxisM, sinInclination, siteEcef, siteCount, sinMask, cosPhaseStep, sinPhaseStep } = s;
  const { cosAlpha, sinAlpha } = chain;
  const inPlaneX = -s.cosInclination * sinAlpha;
  const inPlaneY = s.cosInclination * cosAlpha;
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
    const x = semiMajorAxisM * (cosU * cosAlpha + sinU * inPlaneX);
    const y = semiMajorAxisM * (cosU * sinAlpha + sinU * inPlaneY);
    const z = semiMajorAxisM * sinU * sinInclination;
    for (let k = 0; k < siteCount; k++) {
      const margin = elevationMarginM(x, y, z, siteEcef, 6 * k, sinMask);
      if (Math.abs(margin) < SCREEN_MARGIN_M) return exactMask(s, tS);
      if (margin > 0) visible |= 1 << k;
    }
  }
  return visible;
}

/** Samples the screened test turns alpha and u on by the step before computing them afresh. */
const SCREEN_CHAIN_MAX = 32;
/** Elevation margin below which the screened test of `stationContactSeries` defers to the exact one, m (rounding moves positions by micrometres). */
const SCREEN_MARGIN_M = 1;

/** How much farther than the visibility cap from the orbit plane a site may drift during a jump along the orbit, rad (30 deg). */
const IN_PLANE_MARGIN_RAD = Math.PI / 6;
/** Farthest from the orbit plane that the along-orbit bound is used, rad (80 deg: the site's angle along the orbit turns fast near the orbit's pole). */
const IN_PLANE_DISTANCE_LIMIT_RAD = (4 * Math.PI) / 9;
/** Turns by whole steps after which `PassWalk` takes alpha and u afresh: 256 turns of a few ulps each move a position by nanometres, far inside `SCREEN_MARGIN_M`. */
const WALK_TURNS_MAX = 256;
/** Longest jump `sitePasses` turns alpha and u by from its table; longer ones take them afresh (a revolution is 95 samples at 60 s). */
const STEP_TURNS_MAX = 256;
/** Samples' worth of the fastest closing along the orbit within which `sitePasses` walks up to the cap rather than jumping. */
const WALK_LEAD_SAMPLES = 3;
/** Slack on the cap's distance from the plane in `planeWindows`, rad: far above the rounding of the node's longitude over a year (1e-12 rad). */
const PLANE_WINDOW_SLACK_RAD = 1e-6;
/** Samples each plane window is widened by on each side. */
const PLANE_WINDOW_PAD_SAMPLES = 1;

/** x - floor(x / period) period: x reduced to [0, period). */
function wrapTo(x: number, period: number): number {
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
  readonly phiRateChangeMax: number;
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
function alongOrbitBounds(capRad: number, planeTurnRadPerS: number, stepS: number, meanMotion: number, cosInclination: number, sinInclination: number): AlongOrbitBounds {
  // Inside its window a site is at most the cap plus the widening from the plane; a jump
  // along the orbit is kept short enough that it stays within d_max.
  const windowDistanceRad = capRad + PLANE_WINDOW_SLACK_RAD + (PLANE_WINDOW_PAD_SAMPLES + 1) * planeTurnRadPerS * stepS;
  const planeDistanceMaxRad = Math.min(windowDistanceRad + IN_PLANE_MARGIN_RAD, IN_PLANE_DISTANCE_LIMIT_RAD);
  const inPlaneStepsMax = (planeDistanceMaxRad - windowDistanceRad) / (planeTurnRadPerS * stepS);
  const siteTurnRadPerS = planeTurnRadPerS * (Math.abs(cosInclination) + Math.tan(planeDistanceMaxRad) * Math.abs(sinInclination));
  const inPlaneRateRadPerS = inPlaneStepsMax > 0 && meanMotion > siteTurnRadPerS ? meanMotion + siteTurnRadPerS : 0;
  const inPlaneStepRad = inPlaneRateRadPerS * stepS;
  const phiRateChangeMax =
    planeTurnRadPerS * Math.abs(sinInclination) * (planeTurnRadPerS / Math.cos(planeDistanceMaxRad) ** 2 + Math.tan(planeDistanceMaxRad) * siteTurnRadPerS);
  // Past the site by this much, tan x (n - phi') >= tan(d_max) |d'|: cos psi = cos d cos x only falls
  // (to x = pi / 2, past which a cap under pi / 2 is left behind).
  const departureMinRad =
    inPlaneStepRad > 0 && capRad < Math.PI / 2 ? Math.atan((Math.tan(planeDistanceMaxRad) * planeTurnRadPerS) / (meanMotion - siteTurnRadPerS)) : Math.PI;
  return { inPlaneStepsMax, inPlaneRateRadPerS, inPlaneStepRad, phiRateChangeMax, departureMinRad };
}

/** The state of the skip of `stationContactSeries`: its bounds, and scratch allocated once per call. */
interface ContactSkip extends AlongOrbitBounds {
  readonly sampler: ContactSampler;
  readonly count: number;
  readonly stepS: number;
  /**
   * One spacecraft whose passes `sitePassesSeries` can walk: the along-orbit bound holds
   * and a sample's step along the orbit leaves the cap within half a turn.
   */
  readonly walkable: boolean;
  /** `groundSiteDirections` of the sites. */
  readonly siteDirections: Float64Array;
  /** `visibilityCapBoundRad`, its cosine and sine. */
  readonly capRad: number;
  readonly cosCap: number;
  readonly sinCap: number;
  /** Cosine of `visibilityInnerCapRad` (above 1 when there is no inner cap). */
  readonly cosInnerCap: number;
  /** `stepTurnTable` for `sitePasses`. */
  readonly stepTurns: Float64Array;
  /** Cosine and sine of cap + the lead within which `sitePasses` walks up to the cap rather than jumping. */
  readonly cosLead: number;
  readonly sinLead: number;
  /** Cosine and sine of `departureMinRad`. */
  readonly cosDepartureMin: number;
  readonly sinDepartureMin: number;
  /** `planeWindows` of the sites (`windows` its spans), and each site's next window. */
  readonly planes: PlaneWindows;
  readonly windows: Int32Array[];
  readonly windowIndex: Int32Array;
  /** Sites within their plane window at the current sample, and their count. */
  readonly nearPlaneSites: Int32Array;
  nearPlane: number;
  /** Sites within the cap's angle along the orbit of a spacecraft: along N, along M, angle ahead; and their count. */
  readonly siteInPlane: Float64Array;
  inBand: number;
}

/** The skip's state for a series of `count` samples. */
function contactSkip(input: ContactSeriesInput, sampler: ContactSampler, count: number): ContactSkip {
  const { semiMajorAxisM, stepS, elevationMaskRad } = input;
  const { siteCount, meanMotion, nodeRateRadPerS, cosInclination, sinInclination } = sampler;
  const siteDirections = groundSiteDirections(sampler.siteEcef, siteCount);
  const capRad = visibilityCapBoundRad(semiMajorAxisM, elevationMaskRad);
  const planeTurnRadPerS = EARTH_ROTATION_RAD_PER_S + Math.abs(nodeRateRadPerS);
  const plane = { sinInclination, cosInclination, alphaAtEpochRad: sampler.nodeLongitudeAtEpochRad, alphaRateRadPerS: sampler.nodeLongitudeRateRadPerS, stepS, count };
  const bounds = alongOrbitBounds(capRad, planeTurnRadPerS, stepS, meanMotion, cosInclination, sinInclination);
  const innerCapRad = visibilityInnerCapRad(semiMajorAxisM, elevationMaskRad);
  const planes = planeWindows(siteDirections, siteCount, plane, capRad, sampler);
  const walkable = (input.phaseCount ?? 1) === 1 && bounds.inPlaneStepRad > 0 && capRad + bounds.inPlaneStepRad < Math.PI;
  const leadRad = Math.min(WALK_LEAD_SAMPLES * bounds.inPlaneStepRad, Math.PI - capRad - bounds.inPlaneStepRad);
  // Every field written out (no spread): the object keeps one fast shape for the hot loop.
  return {
    inPlaneStepsMax: bounds.inPlaneStepsMax,
    inPlaneRateRadPerS: bounds.inPlaneRateRadPerS,
    inPlaneStepRad: bounds.inPlaneStepRad,
    phiRateChangeMax: bounds.phiRateChangeMax,
    departureMinRad: bounds.departureMinRad,
    sampler,
    count,
    stepS,
    walkable,
    siteDirections,
    capRad,
    cosCap: Math.cos(capRad),
    sinCap: Math.sin(capRad),
    cosInnerCap: innerCapRad > 0 ? Math.cos(innerCapRad) : 2,
    stepTurns: walkable ? stepTurnTable(bounds.inPlaneStepsMax, sampler.nodeLongitudeRateRadPerS, meanMotion, stepS) : new Float64Array(0),
    cosLead: Math.cos(capRad + leadRad),
    sinLead: Math.sin(capRad + leadRad),
    cosDepartureMin: Math.cos(bounds.departureMinRad),
    sinDepartureMin: Math.sin(bounds.departureMinRad),
    planes,
    windows: planes.spans,
    windowIndex: new Int32Array(siteCount),
    nearPlaneSites: new Int32Array(siteCount),
    nearPlane: 0,
    siteInPlane: new Float64Array(3 * siteCount),
    inBand: 0,
  };
}

/**
 * The skip of `stationContactSeries`: for sample j at time t, the first sample
 * at or after j at which some site may see a spacecraft (j when it may at j), the
 * least of the bounds of the plane windows, the along-orbit gap and one spacecraft's
 * distance. Reads the samples in increasing order.
 */
function skipUntil(skip: ContactSkip, j: number, tS: number): number {
  let outUntil = outOfPlaneUntil(skip, j);
  if (skip.nearPlane === 0) return outUntil;
  outUntil = alongOrbitUntil(skip, j, tS, outUntil);
  return skip.inBand === 0 ? outUntil : j;
}

/**
 * Sites outside their plane window are out of view of every spacecraft until it
 * opens (`planeWindows`); the others are listed in `nearPlaneSites`.
 * @returns the earliest window opening after j (`count` when none)
 */
function outOfPlaneUntil(skip: ContactSkip, j: number): number {
  const { windows, windowIndex, nearPlaneSites } = skip;
  let outUntil = skip.count;
  let nearPlane = 0;
  for (let k = 0; k < windows.length; k++) {
    const siteWindows = windows[k]!;
    let w = windowIndex[k]!;
    while (w < siteWindows.length && siteWindows[w + 1]! < j) w += 2;
    windowIndex[k] = w;
    if (w >= siteWindows.length) continue;
    if (siteWindows[w]! > j) outUntil = Math.min(outUntil, siteWindows[w]!);
    else nearPlaneSites[nearPlane++] = k;
  }
  skip.nearPlane = nearPlane;
  return outUntil;
}

/**
 * The near-plane sites farther than the cap, along the orbit, from the spacecraft
 * just behind them stay out until it has closed the gap (`gapClosedAfterSteps`); the
 * others are listed in `siteInPlane`. Leaves alpha's trig in `sampler.trig`.
 * The orbit frame, Earth-fixed: node direction N = (cos alpha, sin alpha, 0), in-plane
 * normal to it M = (-cos i sin alpha, cos i cos alpha, sin i): r = a (cos u N + sin u M)
 * (Vallado Eq. 2-102).
 * @returns `outUntil` lowered by those bounds
 */
function alongOrbitUntil(skip: ContactSkip, j: number, tS: number, outUntil: number): number {
  const { sampler, siteDirections, nearPlaneSites, siteInPlane, capRad, inPlaneStepRad } = skip;
  const { cosInclination, sinInclination, phaseStepRad, trig } = sampler;
  const alpha = sampler.nodeLongitudeAtEpochRad + sampler.nodeLongitudeRateRadPerS * tS;
  const cosAlpha = Math.cos(alpha);
  const sinAlpha = Math.sin(alpha);
  trig[0] = j;
  trig[1] = cosAlpha;
  trig[2] = sinAlpha;
  const trailing = wrapTo(sampler.meanMotion * tS, phaseStepRad);
  let inBand = 0;
  for (let q = 0; q < skip.nearPlane; q++) {
    const k = nearPlaneSites[q]!;
    const sx = siteDirections[3 * k]!;
    const sy = siteDirections[3 * k + 1]!;
    const sz = siteDirections[3 * k + 2]!;
    const across = sx * sinAlpha - sy * cosAlpha;
    const alongNode = sx * cosAlpha + sy * sinAlpha;
    const alongInPlane = sinInclination * sz - cosInclination * across;
    // The site's angle along the orbit, ahead of the spacecraft just behind it.
    const ahead = inPlaneStepRad > 0 ? wrapTo(Math.atan2(alongInPlane, alongNode) - trailing, phaseStepRad) : 0;
    if (ahead > capRad && phaseStepRad - ahead > capRad) {
      const planeSine = sinInclination * across + cosInclination * sz;
      outUntil = Math.min(outUntil, j + 1 + gapClosedAfterSteps(skip, ahead - capRad, planeSine, alongNode, alongInPlane));
    } else {
      // Within the cap's angle along the orbit of a spacecraft: its samples are tested.
      siteInPlane[3 * inBand] = alongNode;
      siteInPlane[3 * inBand + 1] = alongInPlane;
      siteInPlane[3 * inBand + 2] = ahead;
      inBand++;
    }
  }
  skip.inBand = inBand;
  return outUntil;
}

/**
 * Whole samples in which the spacecraft behind a site cannot close the gap of
 * `remainingRad` to the cap (`gapClosedAfterS` at the site's present closing rate), at most `inPlaneStepsMax`.
 * @param planeSine sine of the site's distance from the orbit plane (h . s)
 */
function gapClosedAfterSteps(skip: ContactSkip, remainingRad: number, planeSine: number, alongNode: number, alongInPlane: number): number {
  const quietS = gapClosedAfterS(skip, remainingRad, closingRateRadPerS(skip.sampler, planeSine, alongNode, alongInPlane));
  return Math.floor(Math.min(quietS / skip.stepS, skip.inPlaneStepsMax));
}

/**
 * How long the spacecraft behind a site cannot close the gap of `remainingRad` to
 * the cap: the gap closes at `closing` = n - phi' now, changing by at most
 * phiRateChangeMax, so it lasts at least T with closing T + phiRateChangeMax T^2 / 2
 * = remaining, or the first-order bound remaining / (n + max |phi'|). Holds while
 * the site stays near the plane: callers cap it at `inPlaneStepsMax` samples.
 * @returns s
 */
function gapClosedAfterS(skip: ContactSkip, remainingRad: number, closing: number): number {
  const secondOrderS = (2 * remainingRad) / (closing + Math.sqrt(closing * closing + 2 * skip.phiRateChangeMax * remainingRad));
  return Math.max(remainingRad / skip.inPlaneRateRadPerS, closing > 0 ? secondOrderS : 0);
}

/**
 * One spacecraft, site by site (`walkable`). Within a site's plane window its angle
 * past the site along the orbit, x = u - phi, only grows (n > |phi'| while the site is
 * near the plane), so the samples within the cap come once a revolution: `sitePasses`
 * jumps along the orbit to just before them and walks them. The sites' runs are then
 * merged into the series' runs.
 */
function sitePassesSeries(skip: ContactSkip): ContactSeries {
  const siteRuns: number[][] = [];
  for (let k = 0; k < skip.sampler.siteCount; k++) siteRuns.push(sitePasses(skip, k));
  return mergeSiteRuns(siteRuns, skip.stepS, skip.count);
}

/**
 * The samples in which site k sees the one spacecraft, as runs: first sample and the
 * sample after the last, flat, in time order. Each sample looked at is judged by its
 * central angle psi from the site, cos psi = cos u s_N + sin u s_M = cos d cos x (the
 * site along the orbit frame's N and M, `alongOrbitUntil`): within the inner cap
 * (`cosInnerCap`), in view; beyond the cap, out; between, the screened elevation test
 * (`siteInView`). From a sample out of view the walk goes on to the next sample while
 * the spacecraft is within the lead (`cosLead`) before the cap's angle along the orbit
 * or inside it; else it jumps by the along-orbit bound (`gapClosedAfterSteps`) to the
 * next approach. It is leaving when x > cap (then psi >= cap until x reaches
 * 2 pi - cap) or, out of the cap, when x >= `departureMinRad`, from which
 * cos psi = cos d cos x only falls until x = pi / 2, past which cos psi < 0 < cos(cap).
 * alpha and u are turned on by whole steps (angle addition with `stepTurns`, a few ulps
 * a turn), taken afresh at each window and after `WALK_TURNS_MAX` turns. One loop with
 * its state in locals: it runs some 20,000 times for a year at 60 s.
 */
function sitePasses(skip: ContactSkip, k: number): number[] {
  const { sampler, stepTurns, capRad, cosCap, sinCap, cosInnerCap, cosLead, sinLead, cosDepartureMin, sinDepartureMin } = skip;
  const { cosInclination, sinInclination, trig } = sampler;
  const windows = skip.windows[k]!;
  const entries = skip.planes.entries[k]!;
  const entryGeometry = skip.planes.entryGeometry[k]!;
  const sx = skip.siteDirections[3 * k]!;
  const sy = skip.siteDirections[3 * k + 1]!;
  const sz = skip.siteDirections[3 * k + 2]!;
  const runs: number[] = [];
  for (let w = 0; w < windows.length; w += 2) {
    const last = windows[w + 1]!;
    let j = Math.max(windows[w]!, firstApproachSample(skip, entries[w]!, entries[w + 1]!, entryGeometry));
    if (j > last) continue;
    takeTrigAfresh(skip, j);
    let cosAlpha = trig[1]!;
    let sinAlpha = trig[2]!;
    let cosU = trig[4]!;
    let sinU = trig[5]!;
    let turns = 0;
    let runStart = -1;
    for (;;) {
      const across = sx * sinAlpha - sy * cosAlpha;
      const alongNode = sx * cosAlpha + sy * sinAlpha;
      const alongInPlane = sinInclination * sz - cosInclination * across;
      const cosPsi = cosU * alongNode + sinU * alongInPlane;
      let steps = 1;
      if (cosPsi >= cosInnerCap || (cosPsi >= cosCap && siteInView(sampler, k, j * skip.stepS, cosAlpha, sinAlpha, cosU, sinU))) {
        if (runStart < 0) runStart = j;
      } else {
        if (runStart >= 0) runs.push(runStart, j);
        runStart = -1;
        // (sin x, cos x) cos d; angles compared by the sines of their differences.
        const sinX = sinU * alongNode - cosU * alongInPlane;
        const leaving =
          sinX > 0 ? sinX * cosCap - cosPsi * sinCap > 0 || (cosPsi < cosCap && sinX * cosDepartureMin - cosPsi * sinDepartureMin >= 0) : -sinX * cosLead - cosPsi * sinLead > 0;
        if (leaving && sinX > 0 && (last - j) * skip.inPlaneStepRad < Math.PI - capRad) {
          // Past the site, x <= pi: the next approach is at least pi - cap away, beyond the window.
          steps = last - j + 1;
        } else if (leaving) {
          const x = Math.atan2(sinX, cosPsi);
          const gapRad = (x > 0 ? 2 * Math.PI - x : -x) - capRad;
          steps += gapClosedAfterSteps(skip, gapRad, sinInclination * across + cosInclination * sz, alongNode, alongInPlane);
        }
      }
      j += steps;
      if (j > last) break;
      if (4 * steps < stepTurns.length && turns < WALK_TURNS_MAX) {
        const cosTurned = cosAlpha * stepTurns[4 * steps]! - sinAlpha * stepTurns[4 * steps + 1]!;
        sinAlpha = sinAlpha * stepTurns[4 * steps]! + cosAlpha * stepTurns[4 * steps + 1]!;
        cosAlpha = cosTurned;
        const cosUTurned = cosU * stepTurns[4 * steps + 2]! - sinU * stepTurns[4 * steps + 3]!;
        sinU = sinU * stepTurns[4 * steps + 2]! + cosU * stepTurns[4 * steps + 3]!;
        cosU = cosUTurned;
        turns++;
      } else {
        takeTrigAfresh(skip, j);
        cosAlpha = trig[1]!;
        sinAlpha = trig[2]!;
        cosU = trig[4]!;
        sinU = trig[5]!;
        turns = 0;
      }
    }
    if (runStart >= 0) runs.push(runStart, last + 1);
  }
  return runs;
}

/**
 * A sample at or before the first at which a site can see the spacecraft in a
 * window entered at `enterS` through `arc`: before the entry the site is out of the
 * band; from it, the along-orbit bound (`gapClosedAfterS`) from the site's angle and
 * closing rate on entering the arc (`PlaneWindows.entryGeometry`) and the spacecraft's
 * u = n t, less a sample for rounding; 0 when the entry is unknown or the spacecraft
 * is within the cap's angle along the orbit already.
 */
function firstApproachSample(skip: ContactSkip, enterS: number, arc: number, entryGeometry: Float64Array): number {
  if (!(enterS >= 0)) return 0;
  const ahead = wrapTo(entryGeometry[2 * arc]! - skip.sampler.meanMotion * enterS, 2 * Math.PI);
  if (ahead <= skip.capRad || 2 * Math.PI - ahead <= skip.capRad) return 0;
  const quietS = Math.min(gapClosedAfterS(skip, ahead - skip.capRad, entryGeometry[2 * arc + 1]!), skip.inPlaneStepsMax * skip.stepS);
  return Math.floor((enterS + quietS) / skip.stepS) - 1;
}

/** alpha's and u's cosines and sines at sample j, afresh, into `trig` (1 and 2, 4 and 5). */
function takeTrigAfresh(skip: ContactSkip, j: number): void {
  const { sampler } = skip;
  const tS = j * skip.stepS;
  const alpha = sampler.nodeLongitudeAtEpochRad + sampler.nodeLongitudeRateRadPerS * tS;
  const u = wrapTo(sampler.meanMotion * tS, 2 * Math.PI);
  sampler.trig[1] = Math.cos(alpha);
  sampler.trig[2] = Math.sin(alpha);
  sampler.trig[4] = Math.cos(u);
  sampler.trig[5] = Math.sin(u);
}

/**
 * The cosines and sines of m alpha' stepS and m n stepS, 4 per m, for m = 0 to the
 * longest jump along the orbit (`inPlaneStepsMax` + 1) or `STEP_TURNS_MAX`.
 */
function stepTurnTable(inPlaneStepsMax: number, alphaRateRadPerS: number, meanMotion: number, stepS: number): Float64Array {
  const longest = Math.min(Math.floor(inPlaneStepsMax) + 1, STEP_TURNS_MAX);
  const table = new Float64Array(4 * (longest + 1));
  for (let m = 0; m <= longest; m++) {
    table[4 * m] = Math.cos(m * alphaRateRadPerS * stepS);
    table[4 * m + 1] = Math.sin(m * alphaRateRadPerS * stepS);
    table[4 * m + 2] = Math.cos(m * meanMotion * stepS);
    table[4 * m + 3] = Math.sin(m * meanMotion * stepS);
  }
  return table;
}

/**
 * The screened elevation test of site k alone at time t, from alpha's and u's
 * cosines and sines (`screenedMask`'s position); the exact test decides within
 * `SCREEN_MARGIN_M` of the mask.
 */
function siteInView(s: ContactSampler, k: number, tS: number, cosAlpha: number, sinAlpha: number, cosU: number, sinU: number): boolean {
  const a = s.semiMajorAxisM;
  const x = a * (cosU * cosAlpha - sinU * s.cosInclination * sinAlpha);
  const y = a * (cosU * sinAlpha + sinU * s.cosInclination * cosAlpha);
  const z = a * sinU * s.sinInclination;
  const margin = elevationMarginM(x, y, z, s.siteEcef, 6 * k, s.sinMask);
  if (Math.abs(margin) < SCREEN_MARGIN_M) return ((exactMask(s, tS) >>> k) & 1) === 1;
  return margin > 0;
}

/**
 * Merges each site's runs in view (first sample, sample after the last; flat, in
 * time order) into the runs of equal masks of a series: a walk of the sites'
 * boundaries in time order, each flipping its site's bit.
 */
function mergeSiteRuns(siteRuns: readonly number[][], stepS: number, count: number): ContactSeries {
  const siteCount = siteRuns.length;
  let boundaries = 0;
  for (const edges of siteRuns) boundaries += edges.length;
  // A leading run of zeros, replaced when a boundary falls on sample 0.
  const runStarts = new Uint32Array(boundaries + 1);
  const runMasks = new Uint32Array(boundaries + 1);
  let runs = 1;
  const next = new Int32Array(siteCount);
  // Each site's next boundary (Infinity: none left).
  const pending = new Float64Array(siteCount);
  for (let k = 0; k < siteCount; k++) pending[k] = siteRuns[k]!.length > 0 ? siteRuns[k]![0]! : Infinity;
  let mask = 0;
  for (;;) {
    let boundary = pending[0]!;
    for (let k = 1; k < siteCount; k++) if (pending[k]! < boundary) boundary = pending[k]!;
    if (!(boundary < count)) break;
    for (let k = 0; k < siteCount; k++) {
      if (pending[k] !== boundary) continue;
      mask ^= 1 << k;
      const edges = siteRuns[k]!;
      const i = ++next[k]!;
      pending[k] = i < edges.length ? edges[i]! : Infinity;
    }
    if (boundary === 0) runMasks[0] = mask;
    else {
      runStarts[runs] = boundary;
      runMasks[runs++] = mask;
    }
  }
  return contactSeriesFromRuns(stepS, count, runStarts.slice(0, runs), runMasks.slice(0, runs));
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
interface PlaneWindows {
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
  return sampler.meanMotion - sampler.nodeLongitudeRateRadPerS * (sampler.sinInclination * tanDSinPhi - sampler.cosInclination);
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
  return { spans: spans.slice(0, 2 * windows), entries: entries.slice(0, 2 * windows) };
}
