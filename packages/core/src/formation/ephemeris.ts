import { j2NodalPrecessionRadPerS } from '../orbit/sunSynchronous.ts';
import { ascendingNodeRad } from '../orbit/orbitPlane.ts';
import type { FormationDesign } from './design.ts';
import { eciBuffer, ricAxesOf, type EciBuffer, type RicBuffer } from './frames.ts';
import { circularReferenceStateEci } from './referenceOrbit.ts';

/** Where and when the reference orbit is: the epoch and its node. */
export interface FormationEpoch {
  /** Epoch of t = 0 as Unix time, s (`orbit.epoch`, else 1 January of the scenario year, 00:00 UTC). */
  readonly epochUnixS: number;
  /** Right ascension of the ascending node at the epoch, rad (from the scenario's LTAN). */
  readonly nodeRad: number;
  /** J2 nodal precession rate of the reference, rad/s (Vallado Eq. 9-41). */
  readonly nodeRateRadPerS: number;
}

/**
 * The epoch and node of a design's reference orbit: the node is placed from
 * the LTAN at the epoch (`ascendingNodeRad`), so the Sun geometry follows the
 * epoch; it precesses at the J2 nodal rate of the design's semi-major axis
 * and inclination (Vallado Eq. 9-41).
 * @param ltanHours local time of the ascending node, h
 * @param epochUnixS epoch of t = 0, Unix s
 */
export function formationEpochAt(design: FormationDesign, ltanHours: number, epochUnixS: number): FormationEpoch {
  const nodeRateRadPerS = j2NodalPrecessionRadPerS(design.semiMajorAxisM, 0, design.inclinationRad);
  return { epochUnixS, nodeRad: ascendingNodeRad(ltanHours, epochUnixS, 0, 0), nodeRateRadPerS };
}

/**
 * Right ascension of the ascending node of the reference orbit at time t:
 * Omega0 + Omega' t, with Omega' the J2 nodal rate (Vallado Eq. 9-41).
 * @param tSinceEpochS time since the epoch, s
 * @returns rad (not wrapped)
 */
export function formationNodeRad(epoch: FormationEpoch, tSinceEpochS: number): number {
  return epoch.nodeRad + epoch.nodeRateRadPerS * tSinceEpochS;
}

/**
 * ECI state of the reference point at time t on its circular orbit: argument
 * of latitude u = w t + phase (w: the design model's frame rate, the
 * Schweighart-Sedwick J2 rate n c of the J2-corrected design) and node
 * Omega0 + Omega' t (the J2 nodal rate).
 * @param tSinceEpochS time since the epoch, s
 * @param out 6 numbers written, m and m/s
 * @param alongOrbitPhaseRad argument of latitude at the epoch, rad (0: the cluster; 2 pi c / N: the c-th of N clusters spaced along the orbit)
 */
export function formationReferenceEci(
  design: FormationDesign,
  epoch: FormationEpoch,
  tSinceEpochS: number,
  out: EciBuffer = eciBuffer(6),
  alongOrbitPhaseRad = 0,
): EciBuffer {
  const w = design.model.couplingRateRadPerS;
  return circularReferenceStateEci(
    design.semiMajorAxisM,
    design.inclinationRad,
    formationNodeRad(epoch, tSinceEpochS),
    w * tSinceEpochS + alongOrbitPhaseRad,
    w * design.semiMajorAxisM,
    out,
  );
}

/**
 * ECI positions of satellites from their RIC positions about a reference
 * state: r = r_ref + C rho (the rotation of `ricStatesToEci`, positions only).
 * @param referenceEci reference state (6 numbers), m and m/s
 * @param ricPositions 3 per satellite, m
 * @param outEci 3 per satellite, m (written)
 */
export function ricPositionsToEci(referenceEci: EciBuffer, ricPositions: RicBuffer, outEci: EciBuffer): EciBuffer {
  const axes = ricAxesOf(referenceEci);
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const count = ricPositions.length / 3;
  for (let k = 0; k < count; k++) {
    const x = ricPositions[3 * k]!;
    const y = ricPositions[3 * k + 1]!;
    const z = ricPositions[3 * k + 2]!;
    outEci[3 * k] = referenceEci[0]! + ux * x + tx * y + nx * z;
    outEci[3 * k + 1] = referenceEci[1]! + uy * x + ty * y + ny * z;
    outEci[3 * k + 2] = referenceEci[2]! + uz * x + tz * y + nz * z;
  }
  return outEci;
}
