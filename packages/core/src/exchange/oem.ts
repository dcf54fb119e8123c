import { M_PER_KM } from '../constants.ts';
import type { FormationDesign } from '../formation/design.ts';
import type { FormationEpoch } from '../formation/ephemeris.ts';
import { isoUtc } from '../orbit/epoch.ts';
import { integrateFormationEme2000, uniformSampleTimesS } from './formationStates.ts';

/** Options of `formationOem`. */
export interface OemOptions {
  /** Span of the ephemeris from the epoch, s. */
  readonly durationS: number;
  /** Spacing of the states, s. */
  readonly stepS: number;
  /** CREATION_DATE, Unix s (the caller's clock: core reads none). */
  readonly creationDateUnixS: number;
  /** CCSDS_OEM_VERS: "3.0" (502.0-B-3, default) or "2.0" (502.0-B-2; the message uses no keyword new in 3.0). */
  readonly version?: '2.0' | '3.0';
  /** OBJECT_NAME prefix (default SOLSTICE): "PREFIX REF", "PREFIX 0000", ... as in the TLEs. */
  readonly namePrefix?: string;
  /** First catalogue number (the reference), as the TLEs: OBJECT_ID is the catalogue number. */
  readonly catalogNumberBase: number;
  /** INTERPOLATION_DEGREE of the Lagrange interpolation the reader should use (default 7). */
  readonly interpolationDegree?: number;
  /** Scenario name for the header COMMENT. */
  readonly scenarioName?: string;
}

/** The keyword = value lines of an OEM metadata block (502.0-B-3 Table 5-3), in the standard's order. */
function metadataLines(name: string, objectId: string, start: string, stop: string, degree: number): string[] {
  return [
    'META_START',
    `OBJECT_NAME = ${name}`,
    `OBJECT_ID = ${objectId}`,
    'CENTER_NAME = EARTH',
    'REF_FRAME = EME2000',
    'TIME_SYSTEM = UTC',
    `START_TIME = ${start}`,
    `STOP_TIME = ${stop}`,
    'INTERPOLATION = LAGRANGE',
    `INTERPOLATION_DEGREE = ${degree}`,
    'META_STOP',
  ];
}

/**
 * A CCSDS Orbit Ephemeris Message (CCSDS 502.0-B-3, Orbit Data Messages,
 * section 5, KVN form) of the reference and every satellite: one segment
 * (metadata + data lines) per object, states every `stepS` from the epoch,
 * integrated with two-body + J2 (`integrateFormationEme2000`: the numerical
 * trajectories, not the closed form), position km and velocity km/s in
 * EME2000 (the formation model's ECI), TIME_SYSTEM UTC, epochs
 * YYYY-MM-DDThh:mm:ss.sss. Positions are written to 1 mm, velocities to
 * 1 micrometre/s; with the default 60 s step, Lagrange interpolation of degree 7
 * reproduces the integration to well under a metre between the states.
 * @returns the message text, lines ending in "\n"
 */
export function formationOem(design: FormationDesign, epoch: FormationEpoch, options: OemOptions): string {
  const prefix = options.namePrefix ?? 'SOLSTICE';
  const degree = options.interpolationDegree ?? 7;
  const times = uniformSampleTimesS(options.durationS, options.stepS);
  if (times.length < degree + 1) throw new RangeError(`OEM: ${times.length} states are fewer than INTERPOLATION_DEGREE + 1 = ${degree + 1}; lengthen --days or shorten --step-s`);
  const objects = design.satellites + 1;
  const rows: string[][] = Array.from({ length: objects }, () => []);
  integrateFormationEme2000(design, epoch, times, (t, states) => {
    const stamp = isoUtc(epoch.epochUnixS + t, 3);
    for (let k = 0; k < objects; k++) {
      const o = 6 * k;
      const km = (i: number) => (states[o + i]! / M_PER_KM).toFixed(6);
      const kms = (i: number) => (states[o + i]! / M_PER_KM).toFixed(9);
      rows[k]!.push(`${stamp} ${km(0)} ${km(1)} ${km(2)} ${kms(3)} ${kms(4)} ${kms(5)}`);
    }
  });
  const start = isoUtc(epoch.epochUnixS, 3);
  const stop = isoUtc(epoch.epochUnixS + times[times.length - 1]!, 3);
  const lines = [
    `CCSDS_OEM_VERS = ${options.version ?? '3.0'}`,
    `COMMENT Solstice cluster ephemeris${options.scenarioName ? `: ${options.scenarioName}` : ''}`,
    'COMMENT Two-body + J2 (EGM-96 J2, WGS-84 mu) integrated with DOP853 at relative tolerance 1e-12; no drag, no control',
    `CREATION_DATE = ${isoUtc(options.creationDateUnixS, 3)}`,
    'ORIGINATOR = SOLSTICE',
  ];
  for (let k = 0; k < objects; k++) {
    const name = k === 0 ? `${prefix} REF` : `${prefix} ${String(k - 1).padStart(4, '0')}`;
    lines.push('', ...metadataLines(name, String(options.catalogNumberBase + k), start, stop, degree), '');
    if (k > 0) {
      const i = design.lattice.radialIndex[k - 1]!;
      const j = design.lattice.alongTrackIndex[k - 1]!;
      lines.push(`COMMENT Satellite ${k - 1} on lattice point (i ${i}, j ${j})`);
    } else {
      lines.push('COMMENT Reference point of the cluster (its centre at the epoch)');
    }
    lines.push(...rows[k]!);
  }
  return `${lines.join('\n')}\n`;
}
