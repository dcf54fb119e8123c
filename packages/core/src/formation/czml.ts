import { orbitalPeriodS } from '../orbit/circularOrbit.ts';
import type { FormationDesign } from './design.ts';
import type { FormationEpoch } from './ephemeris.ts';
import { sampleFormationEci } from './formationSamples.ts';
import { modelEciToEme2000Rotation, rotateVector3 } from '../orbit/earthFrames.ts';
import { linkCapacityConstants, linkCapacityFromConstantsBps, type OpticalChannelPlan } from '../links/capacity.ts';
import type { OpticalLinkParameters } from '../links/linkBudget.ts';
import { linkCapacityColourRgb } from '../links/linkColour.ts';
import { linkDistancesM, type LinkGraph } from '../links/linkGraph.ts';
import { inCylindricalShadow } from '../orbit/orbitPlane.ts';
import { sunUnitVectorEqj } from '../orbit/sunDirection.ts';

/** One CZML packet (Cesium Language), as plain data. */
export type CzmlPacket = Record<string, unknown>;

/** Options of `formationCzml`. */
export interface CzmlOptions {
  /** Orbits to sample (default 1). */
  readonly orbits?: number;
  /** Sample spacing, s (default 60: Lagrange degree 5 then interpolates to millimetres). */
  readonly stepS?: number;
  /** Document name. */
  readonly name?: string;
  /** The optical links to draw (the scenario's link graph and terminals): polylines coloured by capacity. */
  readonly links?: { readonly graph: LinkGraph; readonly link: OpticalLinkParameters; readonly plan: OpticalChannelPlan };
}

/** 0-1 linear RGB as CZML bytes. */
function bytes(value: number): number {
  return Math.round(255 * value);
}

function isoTime(unixS: number): string {
  return new Date(unixS * 1_000).toISOString();
}

/**
 * A CZML document (Cesium Language, CZML Guide) of the reference orbit and every satellite, sampled from
 * the closed-form model about the circular reference (node precessing at
 * the J2 rate), turned from the model ECI (mean of the epoch) into EME2000
 * (`modelEciToEme2000Rotation`), which Cesium's INERTIAL (ICRF) matches to
 * 23 mas, with Lagrange interpolation of
 * degree 5, so the cluster opens in Cesium and plays for `orbits` orbits.
 * Positions in metres, times as seconds after the document epoch.
 * The document packet carries the clock (the span, looping). The reference
 * packet carries the Earth-shadow state of the cluster (cylindrical shadow,
 * `inCylindricalShadow`, of the Sun at each sample): a custom property
 * `inEarthShadow` as boolean intervals and a point drawn yellow in sunlight
 * and grey in shadow, to the sample spacing. With `links`, one polyline
 * packet per link between the two satellites' positions, its colour
 * sampled in time by capacity (`linkCapacityFromConstantsBps` at the link's length,
 * `linkCapacityColourRgb` against the strongest link of the span, as the app).
 */
export function formationCzml(design: FormationDesign, epoch: FormationEpoch, options: CzmlOptions = {}): CzmlPacket[] {
  const orbits = options.orbits ?? 1;
  const stepS = options.stepS ?? 60;
  const durationS = orbits * orbitalPeriodS(design.semiMajorAxisM);
  const start = isoTime(epoch.epochUnixS);
  const interval = `${start}/${isoTime(epoch.epochUnixS + durationS)}`;
  const samples = Math.ceil(durationS / stepS);
  const timesS = Array.from({ length: samples + 1 }, (_, s) => Math.min(s * stepS, durationS));
  const sampled = czmlSamples(design, epoch, timesS, options.links);
  const shadow = shadowIntervals(timesS, sampled.shadowByStep, durationS, epoch.epochUnixS);
  return [
    {
      id: 'document',
      name: options.name ?? 'Solstice cluster',
      version: '1.0',
      clock: { interval, currentTime: start, multiplier: 60, range: 'LOOP_STOP', step: 'SYSTEM_CLOCK_MULTIPLIER' },
    },
    referencePacket(sampled.reference, shadow, interval, start, durationS),
    ...sampled.satellites.map((cartesian, k) => ({
      id: `satellite-${k}`,
      name: `Satellite ${k} (i ${design.lattice.radialIndex[k]}, j ${design.lattice.alongTrackIndex[k]})`,
      availability: interval,
      position: czmlPosition(start, cartesian),
      point: { pixelSize: 4, color: { rgba: [120, 200, 255, 255] } },
    })),
    ...(options.links ? linkPackets(options.links.graph, sampled.capacitiesBps, timesS, interval, start) : []),
  ];
}

/** What `formationCzml` samples at each time: positions (t, x, y, z in EME2000, m), the reference's shadow state and each link's capacity. */
interface CzmlSamples {
  readonly reference: number[];
  readonly satellites: number[][];
  readonly shadowByStep: boolean[];
  readonly capacitiesBps: Float64Array[];
}

/**
 * Samples the closed-form cluster (`sampleFormationEci`) at `timesS`:
 * positions turned from the model ECI into EME2000
 * (`modelEciToEme2000Rotation`), the reference's cylindrical Earth shadow
 * (`inCylindricalShadow` of the Sun, `sunUnitVectorEqj`) and, with links,
 * each link's capacity at its length (`linkCapacityFromConstantsBps`).
 */
function czmlSamples(design: FormationDesign, epoch: FormationEpoch, timesS: readonly number[], links: CzmlOptions['links']): CzmlSamples {
  const n = design.satellites;
  const reference: number[] = [];
  const satellites: number[][] = Array.from({ length: n }, () => []);
  const toEme2000 = modelEciToEme2000Rotation(epoch.epochUnixS);
  const sun = new Float64Array(3);
  const shadowByStep: boolean[] = [];
  const distances = new Float64Array(links?.graph.linkCount ?? 0);
  const capacitiesBps: Float64Array[] = [];
  const capacityConstants = links ? linkCapacityConstants(links.link, links.plan) : undefined;
  sampleFormationEci(design, epoch, timesS, (t, referenceState, ric, eci) => {
    if (links) {
      linkDistancesM(links.graph, ric, distances);
      capacitiesBps.push(distances.map((d) => linkCapacityFromConstantsBps(capacityConstants!, d)));
    }
    for (let o = 0; o < eci.length; o += 3) rotateVector3(toEme2000, eci, o, eci, o);
    rotateVector3(toEme2000, referenceState, 0, referenceState, 0);
    reference.push(t, referenceState[0]!, referenceState[1]!, referenceState[2]!);
    shadowByStep.push(inCylindricalShadow(referenceState[0]!, referenceState[1]!, referenceState[2]!, sunUnitVectorEqj(epoch.epochUnixS + t, sun)));
    for (let k = 0; k < n; k++) satellites[k]!.push(t, eci[3 * k]!, eci[3 * k + 1]!, eci[3 * k + 2]!);
  });
  return { reference, satellites, shadowByStep, capacitiesBps };
}

/** A sampled CZML position: INERTIAL, Lagrange of degree 5, times from `start`. */
function czmlPosition(start: string, cartesian: number[]): CzmlPacket {
  return {
    epoch: start,
    referenceFrame: 'INERTIAL',
    interpolationAlgorithm: 'LAGRANGE',
    interpolationDegree: 5,
    cartesian,
  };
}

/** A run of samples in or out of the Earth's shadow, as an ISO interval. */
interface ShadowInterval {
  readonly interval: string;
  readonly inShadow: boolean;
}

/** Runs of equal shadow state: a change between two samples is placed at the later sample; the last run ends at `durationS`. */
function shadowIntervals(timesS: readonly number[], shadowByStep: readonly boolean[], durationS: number, epochUnixS: number): ShadowInterval[] {
  const intervals: ShadowInterval[] = [];
  let runStart = 0;
  for (let s = 1; s <= timesS.length; s++) {
    if (s === timesS.length || shadowByStep[s] !== shadowByStep[runStart]) {
      const end = s === timesS.length ? durationS : timesS[s]!;
      intervals.push({ interval: `${isoTime(epochUnixS + timesS[runStart]!)}/${isoTime(epochUnixS + end)}`, inShadow: shadowByStep[runStart]! });
      runStart = s;
    }
  }
  return intervals;
}

/** The reference packet: its path, a point yellow in sunlight and grey in shadow, and the `inEarthShadow` property. */
function referencePacket(cartesian: number[], shadow: readonly ShadowInterval[], interval: string, start: string, durationS: number): CzmlPacket {
  return {
    id: 'reference',
    name: 'Reference orbit',
    availability: interval,
    position: czmlPosition(start, cartesian),
    path: { show: true, width: 1, leadTime: 0, trailTime: durationS, material: { solidColor: { color: { rgba: [255, 200, 0, 255] } } } },
    point: {
      pixelSize: 6,
      color: shadow.map((run) => ({ interval: run.interval, rgba: run.inShadow ? [110, 110, 130, 255] : [255, 220, 60, 255] })),
    },
    properties: {
      inEarthShadow: shadow.map((run) => ({ interval: run.interval, boolean: run.inShadow })),
    },
  };
}

/**
 * One polyline packet per link between its two satellites' positions, its
 * colour sampled in time by capacity (`linkCapacityColourRgb` against the
 * strongest link of the span, as the app).
 */
function linkPackets(graph: LinkGraph, capacitiesBps: readonly Float64Array[], timesS: readonly number[], interval: string, start: string): CzmlPacket[] {
  let strongestBps = 0;
  for (const step of capacitiesBps) for (const c of step) strongestBps = Math.max(strongestBps, c);
  const rgb = new Float64Array(3);
  return Array.from({ length: graph.linkCount }, (_, k) => {
    const rgba: number[] = [];
    capacitiesBps.forEach((step, s) => {
      linkCapacityColourRgb(step[k]!, strongestBps, rgb);
      rgba.push(timesS[s]!, bytes(rgb[0]!), bytes(rgb[1]!), bytes(rgb[2]!), 255);
    });
    const from = graph.linkFrom[k]!;
    const to = graph.linkTo[k]!;
    return {
      id: `link-${from}-${to}`,
      name: `Link ${from}-${to}${graph.linkDiagonal[k] ? ' (diagonal)' : ''}`,
      availability: interval,
      polyline: {
        positions: { references: [`satellite-${from}#position`, `satellite-${to}#position`] },
        arcType: 'NONE',
        width: 1,
        material: { solidColor: { color: { epoch: start, rgba } } },
      },
    };
  });
}
