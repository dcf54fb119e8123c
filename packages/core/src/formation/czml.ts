import { orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { formationRicPositionsM, type FormationDesign } from './design.ts';
import { formationReferenceEci, ricPositionsToEci, type FormationEpoch } from './ephemeris.ts';
import { eciBuffer, ricBuffer } from './frames.ts';
import { modelEciToEme2000Rotation, rotateVector3 } from '../exchange/earthFrames.ts';

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
}

function isoTime(unixS: number): string {
  return new Date(unixS * 1_000).toISOString();
}

/**
 * A CZML document of the reference orbit and every satellite, sampled from
 * the closed-form model about the circular reference (node precessing at
 * the J2 rate), turned from the model ECI (mean of the epoch) into EME2000
 * (`modelEciToEme2000Rotation`), which Cesium's INERTIAL (ICRF) matches to
 * 23 mas, with Lagrange interpolation of
 * degree 5, so the cluster opens in Cesium and plays for `orbits` orbits.
 * Positions in metres, times as seconds after the document epoch.
 */
export function formationCzml(design: FormationDesign, epoch: FormationEpoch, options: CzmlOptions = {}): CzmlPacket[] {
  const orbits = options.orbits ?? 1;
  const stepS = options.stepS ?? 60;
  const durationS = orbits * orbitalPeriodS(design.semiMajorAxisM);
  const start = isoTime(epoch.epochUnixS);
  const stop = isoTime(epoch.epochUnixS + durationS);
  const interval = `${start}/${stop}`;
  const n = design.satellites;
  const reference: number[] = [];
  const satellites: number[][] = Array.from({ length: n }, () => []);
  const referenceState = eciBuffer(6);
  const ric = ricBuffer(3 * n);
  const eci = eciBuffer(3 * n);
  const samples = Math.ceil(durationS / stepS);
  const toEme2000 = modelEciToEme2000Rotation(epoch.epochUnixS);
  for (let s = 0; s <= samples; s++) {
    const t = Math.min(s * stepS, durationS);
    formationReferenceEci(design, epoch, t, referenceState);
    formationRicPositionsM(design, t, ric);
    ricPositionsToEci(referenceState, ric, eci);
    for (let o = 0; o < eci.length; o += 3) rotateVector3(toEme2000, eci, o, eci, o);
    rotateVector3(toEme2000, referenceState, 0, referenceState, 0);
    reference.push(t, referenceState[0]!, referenceState[1]!, referenceState[2]!);
    for (let k = 0; k < n; k++) satellites[k]!.push(t, eci[3 * k]!, eci[3 * k + 1]!, eci[3 * k + 2]!);
  }
  const position = (cartesian: number[]) => ({
    epoch: start,
    referenceFrame: 'INERTIAL',
    interpolationAlgorithm: 'LAGRANGE',
    interpolationDegree: 5,
    cartesian,
  });
  return [
    {
      id: 'document',
      name: options.name ?? 'Solstice cluster',
      version: '1.0',
      clock: { interval, currentTime: start, multiplier: 60, range: 'LOOP_STOP', step: 'SYSTEM_CLOCK_MULTIPLIER' },
    },
    {
      id: 'reference',
      name: 'Reference orbit',
      availability: interval,
      position: position(reference),
      path: { show: true, width: 1, leadTime: 0, trailTime: durationS, material: { solidColor: { color: { rgba: [255, 200, 0, 255] } } } },
    },
    ...satellites.map((cartesian, k) => ({
      id: `satellite-${k}`,
      name: `Satellite ${k} (i ${design.lattice.radialIndex[k]}, j ${design.lattice.alongTrackIndex[k]})`,
      availability: interval,
      position: position(cartesian),
      point: { pixelSize: 4, color: { rgba: [120, 200, 255, 255] } },
    })),
  ];
}
