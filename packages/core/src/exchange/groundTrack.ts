import { orbitalPeriodS } from '../orbit/circularOrbit.ts';
import type { FormationDesign } from '../formation/design.ts';
import { formationReferenceEci, type FormationEpoch } from '../formation/ephemeris.ts';
import { eciBuffer } from '../formation/frames.ts';
import { DEG_PER_RAD } from '../math.ts';
import { geodeticFromEarthFixed, modelEciToEarthFixedRotation, rotateVector3 } from '../orbit/earthFrames.ts';
import { isoUtc } from '../orbit/epoch.ts';
import { uniformSampleTimesS } from './formationStates.ts';

/** A GeoJSON position [longitude, latitude], degrees on WGS-84 (RFC 7946 section 3.1.1: longitude first). */
export type LonLat = [number, number];

/** Options of `formationGroundTrack`. */
export interface GroundTrackOptions {
  /** Orbits to cover (default 1). */
  readonly orbits?: number;
  /** Sample spacing, s (default 30: 0.25 degrees of arc between points). */
  readonly stepS?: number;
  /** Scenario name for the properties. */
  readonly name?: string;
}

/** Decimal places of the coordinates: 1e-6 degrees is 0.11 m on the ground (RFC 7946 section 11.2 advises no more). */
const COORDINATE_DECIMALS = 6;

function rounded(value: number): number {
  return Number(value.toFixed(COORDINATE_DECIMALS));
}

/**
 * Splits a path of [lon, lat] points (degrees, lon in [-180, 180]) where it
 * crosses the antimeridian, as RFC 7946 section 3.1.9 asks: between two
 * consecutive points whose longitudes differ by more than 180 degrees the
 * path is cut at +-180, the crossing latitude interpolated linearly in
 * unwrapped longitude, and a new part starts on the other side. No
 * coordinate goes beyond +-180.
 * @returns the parts, each with at least two points
 */
export function splitAtAntimeridian(points: readonly LonLat[]): LonLat[][] {
  const parts: LonLat[][] = [];
  let current: LonLat[] = [];
  for (let k = 0; k < points.length; k++) {
    const point = points[k]!;
    const previous = points[k - 1];
    if (previous && Math.abs(point[0] - previous[0]) > 180) {
      const eastward = previous[0] > 0; // crossing +180 going east, or -180 going west
      const edge = eastward ? 180 : -180;
      const unwrapped = point[0] + (eastward ? 360 : -360);
      const f = (edge - previous[0]) / (unwrapped - previous[0]);
      const latitude = rounded(previous[1] + f * (point[1] - previous[1]));
      current.push([edge, latitude]);
      if (current.length >= 2) parts.push(current);
      current = [[-edge, latitude]];
    }
    current.push(point);
  }
  if (current.length >= 2) parts.push(current);
  return parts;
}

/**
 * Longitude and latitude of the sub-satellite point of a model-ECI position
 * at a time: Earth-fixed by `modelEciToEarthFixedRotation`, then geodetic on
 * WGS-84 (`geodeticFromEarthFixed`).
 * @param positionEciM position in the model ECI of `epochUnixS`, m, at `offset`
 * @param epochUnixS the epoch the model ECI belongs to, Unix s
 * @param unixS the time of the position, Unix s
 * @returns [lon, lat] in degrees
 */
export function subSatellitePointDeg(positionEciM: ArrayLike<number>, epochUnixS: number, unixS: number, offset = 0): LonLat {
  const fixed = rotateVector3(modelEciToEarthFixedRotation(epochUnixS, unixS), positionEciM, offset, new Float64Array(3));
  const geodetic = geodeticFromEarthFixed(fixed[0]!, fixed[1]!, fixed[2]!);
  return [rounded(geodetic.longitudeRad * DEG_PER_RAD), rounded(geodetic.latitudeRad * DEG_PER_RAD)];
}

/**
 * The ground track of the cluster's reference point as a GeoJSON
 * FeatureCollection (RFC 7946): a MultiLineString of the track over `orbits`
 * orbits split at the antimeridian (`splitAtAntimeridian`), and a Point at
 * the sub-satellite point at the epoch. Positions come from the reference
 * orbit of the formation model (`formationReferenceEci`: circular, node
 * drifting at the J2 rate), as the CZML; properties name the scenario, the
 * time span (ISO-8601 UTC) and the frames.
 */
export function formationGroundTrack(design: FormationDesign, epoch: FormationEpoch, options: GroundTrackOptions = {}): Record<string, unknown> {
  const orbits = options.orbits ?? 1;
  const stepS = options.stepS ?? 30;
  const durationS = orbits * orbitalPeriodS(design.semiMajorAxisM);
  const times = uniformSampleTimesS(durationS, stepS);
  const state = eciBuffer(6);
  const points: LonLat[] = [];
  for (const t of times) {
    formationReferenceEci(design, epoch, t, state);
    points.push(subSatellitePointDeg(state, epoch.epochUnixS, epoch.epochUnixS + t));
  }
  const name = options.name ?? 'Solstice cluster';
  const start = `${isoUtc(epoch.epochUnixS, 3)}Z`;
  const stop = `${isoUtc(epoch.epochUnixS + durationS, 3)}Z`;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          name: `${name}: ground track of the reference orbit`,
          scenario: name,
          startTime: start,
          stopTime: stop,
          orbits,
          stepS,
          source: 'circular reference orbit, node drifting at the J2 rate; Earth-fixed by IAU 2000B precession-nutation and apparent sidereal time, UT1 = UTC',
        },
        geometry: { type: 'MultiLineString', coordinates: splitAtAntimeridian(points) },
      },
      {
        type: 'Feature',
        properties: { name: `${name}: sub-satellite point at the epoch`, scenario: name, time: start },
        geometry: { type: 'Point', coordinates: points[0]! },
      },
    ],
  };
}
