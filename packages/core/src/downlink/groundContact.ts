import { geodeticToEcf, gstime } from 'satellite.js';
import { EARTH_POLAR_RADIUS_M, EARTH_ROTATION_RAD_PER_S, M_PER_KM } from '../constants.ts';
import { clampedAcos, clampedAsin, degToRad } from '../math.ts';
import { ascendingNodeRad, circularOrbitPositionFromTrigEqjM } from '../orbit/orbitPlane.ts';
import { meanMotionRadPerS } from '../orbit/circularOrbit.ts';
import { j2NodalPrecessionRadPerS } from '../orbit/sunSynchronous.ts';

/** How much farther than the visibility cap from the orbit plane a site may drift during a jump along the orbit, rad (30 deg). */
const IN_PLANE_MARGIN_RAD = Math.PI / 6;
/** Farthest from the orbit plane that the along-orbit bound is used, rad (80 deg: the site's angle along the orbit turns fast near the orbit's pole). */
const IN_PLANE_DISTANCE_LIMIT_RAD = (4 * Math.PI) / 9;

/** Most ground stations one contact series tracks (one bit each in a Uint32 mask). */
export const MAX_GROUND_STATIONS = 31;

/** A ground station's place on the WGS-84 ellipsoid. */
export interface GroundSite {
  /** Geodetic latitude, rad. */
  readonly latitudeRad: number;
  /** Longitude east, rad. */
  readonly longitudeRad: number;
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
  private readonly starts: number[] = [];
  private readonly masks: number[] = [];
  private current = -1;

  /** Sets the mask of sample j, later than every sample set before; the samples in between keep the mask before them. */
  set(j: number, mask: number): void {
    if (mask === this.current) return;
    this.starts.push(j);
    this.masks.push(mask);
    this.current = mask;
  }

  build(stepS: number, count: number): ContactSeries {
    if (this.starts.length === 0 || this.starts[0] !== 0) {
      this.starts.unshift(0);
      this.masks.unshift(0);
    }
    return contactSeriesFromRuns(stepS, count, Uint32Array.from(this.starts), Uint32Array.from(this.masks));
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
 * Engineering: The New SMAD*, Eq. 8-26) taken with the polar radius and the
 * mask lowered by 0.5 deg (the geodetic horizon tilts by at most 0.2 deg from
 * the geocentric one), plus 1 deg. Used only to skip samples that cannot be in view.
 * @returns central angle, rad
 */
export function visibilityCapBoundRad(semiMajorAxisM: number, elevationMaskRad: number): number {
  const maskRad = Math.max(0, elevationMaskRad - degToRad(0.5));
  return clampedAcos((EARTH_POLAR_RADIUS_M * Math.cos(maskRad)) / semiMajorAxisM) - maskRad + degToRad(1);
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
 * The loop jumps the samples at which no site can be in view yet
 * (`visibilityCapBoundRad`): a site farther from the orbit plane than the cap
 * stays out of view until the plane, turning at most (omega_E + |dOmega/dt|)
 * against Earth, has come within the cap (this holds for every spacecraft of a
 * relay, which share the plane); one spacecraft farther than the cap from a
 * site stays out of view until its ground point, moving at most
 * (n + omega_E + |dOmega/dt|), has come within the cap. `exhaustive` tests
 * every sample, with the same result.
 */
export function stationContactSeries(input: ContactSeriesInput): ContactSeries {
  const { semiMajorAxisM, inclinationRad, ltanHours, epochUnixS, durationS, stepS, sites, elevationMaskRad } = input;
  if (sites.length > MAX_GROUND_STATIONS) throw new RangeError(`sites: ${sites.length} given, at most ${MAX_GROUND_STATIONS}`);
  const phaseCount = input.phaseCount ?? 1;
  const siteCount = sites.length;
  const count = Math.max(1, Math.floor(durationS / stepS));
  const siteEcef = groundSitesEcef(sites);
  const sinMask = Math.sin(elevationMaskRad);
  const nodeRateRadPerS = j2NodalPrecessionRadPerS(semiMajorAxisM, 0, inclinationRad);
  const meanMotion = meanMotionRadPerS(semiMajorAxisM);
  const siderealAtEpochRad = gstime(new Date(epochUnixS * 1_000));
  // ascendingNodeRad(..., t) is this value plus rate x t, rounded the same way.
  const nodeAtEpochRad = ascendingNodeRad(ltanHours, epochUnixS, nodeRateRadPerS, 0);
  const cosInclination = Math.cos(inclinationRad);
  const sinInclination = Math.sin(inclinationRad);
  const runs = new ContactRunsBuilder();
  const position = new Float64Array(3);
  const phaseStepRad = (2 * Math.PI) / phaseCount;
  const siteDirections = groundSiteDirections(siteEcef, siteCount);
  const skipRadius = visibilityCapBoundRad(semiMajorAxisM, elevationMaskRad);
  const cosSkipRadius = Math.cos(skipRadius);
  const sinSkipRadius = Math.sin(skipRadius);
  const stepAngleRad = (meanMotion + EARTH_ROTATION_RAD_PER_S + Math.abs(nodeRateRadPerS)) * stepS;
  const planeStepAngleRad = (EARTH_ROTATION_RAD_PER_S + Math.abs(nodeRateRadPerS)) * stepS;
  // Within the cap's distance of the plane, a site's angle along the orbit closes on the
  // spacecraft's at most at n + (omega_E + |dOmega/dt|) / cos(d) while its distance d from the
  // plane stays below d_max; a jump is kept short enough for that (the plane turns at most
  // planeStepAngleRad a step), and the bound is used only where it exceeds the site's turn.
  const planeDistanceMaxRad = Math.min(skipRadius + IN_PLANE_MARGIN_RAD, IN_PLANE_DISTANCE_LIMIT_RAD);
  const inPlaneStepsMax = (planeDistanceMaxRad - skipRadius) / planeStepAngleRad;
  const siteTurnRadPerS = (EARTH_ROTATION_RAD_PER_S + Math.abs(nodeRateRadPerS)) / Math.cos(planeDistanceMaxRad);
  const inPlaneRateRadPerS = inPlaneStepsMax > 0 && meanMotion > siteTurnRadPerS ? meanMotion + siteTurnRadPerS : 0;
  const skipping = !input.exhaustive && siteCount > 0;
  for (let j = 0; j < count; j++) {
    const tS = j * stepS;
    const nodeRad = nodeAtEpochRad + nodeRateRadPerS * tS;
    const cosNode = Math.cos(nodeRad);
    const sinNode = Math.sin(nodeRad);
    const theta = siderealAtEpochRad + EARTH_ROTATION_RAD_PER_S * tS;
    const cosTheta = Math.cos(theta);
    const sinTheta = Math.sin(theta);
    if (skipping) {
      // The orbit frame, Earth-fixed: node direction N, in-plane normal to it M, orbit normal h
      // (r = a (cos u N + sin u M), Vallado Eq. 2-102).
      const nodeX = cosTheta * cosNode + sinTheta * sinNode;
      const nodeY = -sinTheta * cosNode + cosTheta * sinNode;
      const inPlaneX = cosInclination * (-cosTheta * sinNode + sinTheta * cosNode);
      const inPlaneY = cosInclination * (sinTheta * sinNode + cosTheta * cosNode);
      const normalX = sinInclination * (cosTheta * sinNode - sinTheta * cosNode);
      const normalY = -sinInclination * (sinTheta * sinNode + cosTheta * cosNode);
      const trailing = (meanMotion * tS) % phaseStepRad;
      let quietSteps = Infinity;
      for (let k = 0; k < siteCount && quietSteps > 0; k++) {
        const sx = siteDirections[3 * k]!;
        const sy = siteDirections[3 * k + 1]!;
        const sz = siteDirections[3 * k + 2]!;
        const sinPlaneDistance = Math.abs(normalX * sx + normalY * sy + cosInclination * sz);
        if (sinPlaneDistance > sinSkipRadius) {
          quietSteps = Math.min(quietSteps, (clampedAsin(sinPlaneDistance) - skipRadius) / planeStepAngleRad);
        } else if (inPlaneRateRadPerS > 0) {
          // The site's angle in the plane, ahead of the spacecraft just behind it.
          let ahead = (Math.atan2(inPlaneX * sx + inPlaneY * sy + sinInclination * sz, nodeX * sx + nodeY * sy) - trailing) % phaseStepRad;
          if (ahead < 0) ahead += phaseStepRad;
          quietSteps = ahead > skipRadius && phaseStepRad - ahead > skipRadius ? Math.min(quietSteps, (ahead - skipRadius) / (inPlaneRateRadPerS * stepS), inPlaneStepsMax) : 0;
        } else quietSteps = 0;
      }
      if (quietSteps > 0) {
        runs.set(j, 0);
        j += Math.floor(quietSteps);
        continue;
      }
    }
    let mask = 0;
    let quietSteps = 0;
    for (let p = 0; p < phaseCount; p++) {
      const u = meanMotion * tS + p * phaseStepRad;
      circularOrbitPositionFromTrigEqjM(semiMajorAxisM, cosInclination, sinInclination, cosNode, sinNode, Math.cos(u), Math.sin(u), position);
      const x = cosTheta * position[0]! + sinTheta * position[1]!;
      const y = -sinTheta * position[0]! + cosTheta * position[1]!;
      const z = position[2]!;
      if (skipping && phaseCount === 1) {
        let nearestCos = -1;
        for (let k = 0; k < siteCount; k++) {
          const c = (x * siteDirections[3 * k]! + y * siteDirections[3 * k + 1]! + z * siteDirections[3 * k + 2]!) / semiMajorAxisM;
          if (c > nearestCos) nearestCos = c;
        }
        if (nearestCos < cosSkipRadius) {
          quietSteps = Math.max(0, Math.floor((clampedAcos(nearestCos) - skipRadius) / stepAngleRad));
          break;
        }
      }
      for (let k = 0; k < siteCount; k++) {
        if (aboveElevationMask(x, y, z, siteEcef, 6 * k, sinMask)) mask |= 1 << k;
      }
    }
    runs.set(j, mask);
    j += quietSteps;
  }
  return runs.build(stepS, count);
}
