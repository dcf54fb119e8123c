import { yearStartUnixS } from '../orbit/epoch.ts';
import { sgp4, twoline2satrec } from 'satellite.js';
import { EARTH_MU_M3_PER_S2, M_PER_KM, SECONDS_PER_DAY, SECONDS_PER_MINUTE, SGP4_WGS72_MU_M3_PER_S2 } from '../constants.ts';
import { DEG_PER_RAD, clampedAcos } from '../math.ts';
import { formationRicPositionsM, type FormationDesign } from './design.ts';
import type { FormationEpoch } from './ephemeris.ts';
import { circularReferenceStateEci } from './referenceOrbit.ts';
import { eciBuffer, eciPositionsToRic, ricBuffer, type EciBuffer } from './frames.ts';
import { formationInitialStatesEci } from './initialState.ts';
import { modelEciToTemeRotation, rotateVector3 } from '../orbit/earthFrames.ts';

/** Classical orbital elements (osculating), SI units. */
export interface OrbitalElements {
  readonly semiMajorAxisM: number;
  readonly eccentricity: number;
  readonly inclinationRad: number;
  readonly raanRad: number;
  readonly argumentOfPerigeeRad: number;
  readonly meanAnomalyRad: number;
  /** Mean motion sqrt(mu / a^3), rad/s. */
  readonly meanMotionRadPerS: number;
}

const TWO_PI = 2 * Math.PI;

/**
 * Classical elements from an ECI state (Vallado, 4th ed., Algorithm 9,
 * RV2COE), for the gravitational parameter the elements are meant for.
 * Circular orbits (e < 1e-12) get argument of perigee 0 and the argument of
 * latitude as mean anomaly.
 * @param state ECI state at `offset` (6 numbers), m and m/s
 * @param muM3PerS2 gravitational parameter, m^3/s^2 (WGS-72 for TLEs)
 */
export function orbitalElementsFromState(state: EciBuffer, muM3PerS2: number, offset = 0): OrbitalElements {
  const rx = state[offset]!;
  const ry = state[offset + 1]!;
  const rz = state[offset + 2]!;
  const vx = state[offset + 3]!;
  const vy = state[offset + 4]!;
  const vz = state[offset + 5]!;
  const r = Math.hypot(rx, ry, rz);
  const v2 = vx * vx + vy * vy + vz * vz;
  const rv = rx * vx + ry * vy + rz * vz;
  const hx = ry * vz - rz * vy;
  const hy = rz * vx - rx * vz;
  const hz = rx * vy - ry * vx;
  const h = Math.hypot(hx, hy, hz);
  const nx = -hy;
  const ny = hx;
  const nNorm = Math.hypot(nx, ny);
  const ex = ((v2 - muM3PerS2 / r) * rx - rv * vx) / muM3PerS2;
  const ey = ((v2 - muM3PerS2 / r) * ry - rv * vy) / muM3PerS2;
  const ez = ((v2 - muM3PerS2 / r) * rz - rv * vz) / muM3PerS2;
  const e = Math.hypot(ex, ey, ez);
  const a = -muM3PerS2 / (2 * (v2 / 2 - muM3PerS2 / r));
  const inclination = clampedAcos(hz / h);
  let raan = nNorm > 0 ? clampedAcos(nx / nNorm) : 0;
  if (ny < 0) raan = TWO_PI - raan;
  // Argument of latitude u: angle from the node to r.
  let u = nNorm > 0 ? clampedAcos((nx * rx + ny * ry) / (nNorm * r)) : Math.atan2(ry, rx);
  if (rz < 0) u = TWO_PI - u;
  let argumentOfPerigee = 0;
  let meanAnomaly = u;
  if (e > 1e-12) {
    argumentOfPerigee = nNorm > 0 ? clampedAcos((nx * ex + ny * ey) / (nNorm * e)) : Math.atan2(ey, ex);
    if (ez < 0) argumentOfPerigee = TWO_PI - argumentOfPerigee;
    let trueAnomaly = clampedAcos((ex * rx + ey * ry + ez * rz) / (e * r));
    if (rv < 0) trueAnomaly = TWO_PI - trueAnomaly;
    const E = Math.atan2(Math.sqrt(1 - e * e) * Math.sin(trueAnomaly), e + Math.cos(trueAnomaly));
    meanAnomaly = (((E - e * Math.sin(E)) % TWO_PI) + TWO_PI) % TWO_PI;
  }
  return {
    semiMajorAxisM: a,
    eccentricity: e,
    inclinationRad: inclination,
    raanRad: raan,
    argumentOfPerigeeRad: argumentOfPerigee,
    meanAnomalyRad: meanAnomaly,
    meanMotionRadPerS: Math.sqrt(muM3PerS2 / a ** 3),
  };
}

/**
 * TLE checksum: the sum of the digits of the first 68 columns, each minus
 * sign counting 1, modulo 10 (Space-Track / NORAD two-line element format).
 */
export function tleChecksum(line: string): number {
  let sum = 0;
  for (const ch of line.slice(0, 68)) {
    if (ch >= '0' && ch <= '9') sum += ch.charCodeAt(0) - 48;
    else if (ch === '-') sum += 1;
  }
  return sum % 10;
}

function fixed(value: number, width: number, decimals: number): string {
  return value.toFixed(decimals).padStart(width, ' ');
}

/** Angle in degrees normalised to [0, 360) and written as ddd.dddd (8 columns). */
function angleField(angleRad: number): string {
  let deg = (angleRad * DEG_PER_RAD) % 360;
  if (deg < 0) deg += 360;
  if (Number(deg.toFixed(4)) >= 360) deg = 0;
  return fixed(deg, 8, 4);
}

/** A named two-line element set. */
export interface Tle {
  readonly name: string;
  readonly catalogNumber: number;
  readonly line1: string;
  readonly line2: string;
}

/**
 * Writes elements as a two-line element set (columns of the NORAD format;
 * drag terms zero, element set 999, revolution number 0). The elements are
 * written as SGP4 mean elements: osculating elements make SGP4 shift the
 * whole cluster by its short-period terms (kilometres, common to all
 * satellites), while the relative geometry survives to within the
 * quantisation bound (`tleQuantisationBoundM`).
 * @param epochUnixS epoch, Unix s (UTC)
 * @throws RangeError for a catalogue number outside 1 to 99999
 */
export function formatTle(name: string, catalogNumber: number, epochUnixS: number, elements: OrbitalElements): Tle {
  if (!Number.isInteger(catalogNumber) || catalogNumber < 1 || catalogNumber > 99_999) {
    throw new RangeError(`TLE catalogue number must be 1 to 99999, got ${catalogNumber}`);
  }
  const date = new Date(epochUnixS * 1_000);
  const year = date.getUTCFullYear();
  const dayOfYear = (epochUnixS - yearStartUnixS(year)) / SECONDS_PER_DAY + 1;
  const epoch = `${String(year % 100).padStart(2, '0')}${dayOfYear.toFixed(8).padStart(12, '0')}`;
  const cat = String(catalogNumber).padStart(5, '0');
  const body1 = `1 ${cat}U          ${epoch}  .00000000  00000-0  00000-0 0  999`;
  const revPerDay = (elements.meanMotionRadPerS * SECONDS_PER_DAY) / TWO_PI;
  const ecc = Math.round(elements.eccentricity * 1e7);
  const body2 =
    `2 ${cat} ${angleField(elements.inclinationRad)} ${angleField(elements.raanRad)} ` +
    `${String(Math.min(ecc, 9_999_999)).padStart(7, '0')} ${angleField(elements.argumentOfPerigeeRad)} ` +
    `${angleField(elements.meanAnomalyRad)} ${fixed(revPerDay, 11, 8)}    0`;
  return { name, catalogNumber, line1: `${body1}${tleChecksum(body1)}`, line2: `${body2}${tleChecksum(body2)}` };
}

/** SGP4 mean elements of one object of the cluster, with its name and catalogue number. */
export interface NamedElements {
  readonly name: string;
  readonly catalogNumber: number;
  /** Elements in TEME of the epoch, for the WGS-72 mu of SGP4. */
  readonly elements: OrbitalElements;
}

/**
 * The osculating states of the reference (slot 0, the circular state at the
 * node that the validation starts from) and of every satellite (slot 1 + k,
 * `formationInitialStatesEci`) at the epoch, in the model ECI (mean equator
 * and equinox of the epoch, see `orbit/earthFrames.ts`), m and m/s.
 */
export function formationEpochStatesEci(design: FormationDesign, epoch: FormationEpoch): EciBuffer {
  const a = design.semiMajorAxisM;
  const reference = circularReferenceStateEci(a, design.inclinationRad, epoch.nodeRad, 0, Math.sqrt(EARTH_MU_M3_PER_S2 / a));
  const states = eciBuffer(6 * (design.satellites + 1));
  states.set(reference, 0);
  states.set(formationInitialStatesEci(design, reference), 6);
  return states;
}

/**
 * The SGP4 elements of the reference (catalogue number `base`, name
 * "PREFIX REF") and of every satellite (base + 1 + k, "PREFIX kkkk") at the
 * epoch: the model-ECI states of `formationEpochStatesEci` turned into TEME
 * of the epoch (`modelEciToTemeRotation`), then read as elements for WGS-72 mu.
 * Shared by the TLE and OMM exports, so both carry the same numbers.
 */
export function formationSgp4Elements(design: FormationDesign, epoch: FormationEpoch, catalogNumberBase: number, namePrefix = 'SOLSTICE'): NamedElements[] {
  const states = formationEpochStatesEci(design, epoch);
  const toTeme = modelEciToTemeRotation(epoch.epochUnixS);
  const teme = eciBuffer(states.length);
  for (let o = 0; o < states.length; o += 3) rotateVector3(toTeme, states, o, teme, o);
  const out: NamedElements[] = [];
  for (let k = 0; k <= design.satellites; k++) {
    out.push({
      name: k === 0 ? `${namePrefix} REF` : `${namePrefix} ${String(k - 1).padStart(4, '0')}`,
      catalogNumber: catalogNumberBase + k,
      elements: orbitalElementsFromState(teme, SGP4_WGS72_MU_M3_PER_S2, 6 * k),
    });
  }
  return out;
}

/**
 * TLEs of the reference orbit (catalogue number `base`) and of every
 * satellite (base + 1 + k) at the epoch, in TEME (`formationSgp4Elements`).
 * @example
 * ```ts
 * const design = clusterFormationDesign(scenario);
 * const tles = formationTles(design, formationEpoch(scenario, design), scenario.cluster.tleCatalogNumberBase);
 * ```
 */
export function formationTles(design: FormationDesign, epoch: FormationEpoch, catalogNumberBase: number, namePrefix = 'SOLSTICE'): Tle[] {
  return formationSgp4Elements(design, epoch, catalogNumberBase, namePrefix).map((item) =>
    formatTle(item.name, item.catalogNumber, epoch.epochUnixS, item.elements),
  );
}

/**
 * Largest position error that TLE rounding can put between two satellites
 * of a cluster after `tS`: each angle field (i, Omega, omega, M) is rounded
 * to 1e-4 deg, so each moves a satellite by at most a x 0.5e-4 deg
 * (6.1 m at a = 7028 km; i and Omega cross-track, omega and M along-track);
 * eccentricity (1e-7) moves it by at most 2 a x 0.5e-7 (0.7 m); mean motion
 * (1e-8 rev/day) drifts it by a x 2 pi x 0.5e-8 rev/day x t. Two satellites
 * rounded independently: twice the sum.
 * @param semiMajorAxisM orbit radius, m
 * @param tS time since the epoch, s
 * @returns bound on the pair position error, m
 */
export function tleQuantisationBoundM(semiMajorAxisM: number, tS: number): number {
  const halfAngleRad = 0.5e-4 / DEG_PER_RAD;
  const angles = 4 * semiMajorAxisM * halfAngleRad;
  const eccentricity = 2 * semiMajorAxisM * 0.5e-7;
  const meanMotion = semiMajorAxisM * TWO_PI * 0.5e-8 * (tS / SECONDS_PER_DAY);
  return 2 * (angles + eccentricity + meanMotion);
}

/** Result of propagating the cluster's TLEs with SGP4 (satellite.js). */
export interface TleCrossCheck {
  /** Largest |rho_SGP4 - rho_model| of any satellite over the span, m (rho about the reference TLE). */
  readonly maxDeviationM: number;
  /** The TLE quantisation bound at the end of the span, m. */
  readonly quantisationBoundM: number;
  readonly durationS: number;
}

/**
 * Propagates every satellite's TLE and the reference's with satellite.js
 * `sgp4` over `durationS` and compares each satellite's RIC position about
 * the reference with the closed-form model.
 */
export function tleCrossCheck(design: FormationDesign, tles: readonly Tle[], durationS: number, samples = 48): TleCrossCheck {
  const recs = tles.map((tle) => twoline2satrec(tle.line1, tle.line2));
  const n = design.satellites;
  const states = eciBuffer(6 * (n + 1));
  const ric = ricBuffer(3 * (n + 1));
  const model = ricBuffer(3 * n);
  let worst = 0;
  for (let s = 0; s <= samples; s++) {
    const t = (s * durationS) / samples;
    for (let k = 0; k <= n; k++) {
      // satellite.js takes minutes since the TLE epoch.
      const pv = sgp4(recs[k]!, t / SECONDS_PER_MINUTE);
      if (!pv) throw new RangeError(`SGP4 failed for ${tles[k]!.name} at t = ${t} s`);
      states.set(
        [pv.position.x, pv.position.y, pv.position.z, pv.velocity.x, pv.velocity.y, pv.velocity.z].map((v) => v * M_PER_KM),
        6 * k,
      );
    }
    eciPositionsToRic(states, states, ric, 6);
    formationRicPositionsM(design, t, model);
    for (let k = 0; k < n; k++) {
      const o = 3 * (k + 1);
      worst = Math.max(worst, Math.hypot(ric[o]! - model[3 * k]!, ric[o + 1]! - model[3 * k + 1]!, ric[o + 2]! - model[3 * k + 2]!));
    }
  }
  return { maxDeviationM: worst, quantisationBoundM: tleQuantisationBoundM(design.semiMajorAxisM, durationS), durationS };
}

