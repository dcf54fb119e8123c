import { EARTH_EQUATORIAL_RADIUS_M, EARTH_J2, EARTH_MU_M3_PER_S2 } from '../constants.ts';
import type { FormationDesign } from './design.ts';
import { eciBuffer, ricAxesOf, type EciBuffer } from './frames.ts';
import { twoBodyJ2EnergyJPerKg } from './twoBodyJ2.ts';

/** Gravitational potential energy of two-body + J2 at an ECI position, J/kg (see `twoBodyJ2EnergyJPerKg`). */
function potentialJPerKg(x: number, y: number, z: number): number {
  const r = Math.hypot(x, y, z);
  const mu = EARTH_MU_M3_PER_S2;
  return -mu / r + ((mu * EARTH_J2 * EARTH_EQUATORIAL_RADIUS_M ** 2) / (2 * r ** 3)) * ((3 * z * z) / (r * r) - 1);
}

/**
 * Absolute ECI states of every satellite of a design at t = 0, for numerical
 * propagation. The design's RIC states are read as curvilinear coordinates
 * about the reference (x: radius difference, y: arc length along the
 * reference orbit, z: arc length across it), which removes the O(rho^2 / a)
 * error of placing along-track offsets on the straight tangent line (a
 * satellite 1 km ahead on the tangent sits 7 cm high and drifts about
 * 0.7 m per orbit). For the J2-corrected design each satellite's
 * along-track speed is then set so that its total energy, two-body plus J2
 * potential (a constant of the axisymmetric field), equals the
 * reference's: equal energy gives equal mean semi-major axis to first order
 * and so removes most of the J2 along-track drift that equal Keplerian
 * energy leaves. The uncorrected design keeps its HCW velocities.
 * @param design the cluster design (satellite 0 is the reference point)
 * @param referenceEci state of the reference at t = 0 (6 numbers), m and m/s
 * @param out 6 N numbers written (may be omitted)
 * @param satellites indices of the only satellites to write (default: all); the others' entries are left as they are
 */
export function formationInitialStatesEci(
  design: FormationDesign,
  referenceEci: EciBuffer,
  out: EciBuffer = eciBuffer(6 * design.satellites),
  satellites?: ArrayLike<number>,
): EciBuffer {
  const axes = ricAxesOf(referenceEci);
  const [ux, uy, uz] = axes.radial;
  const [tx, ty, tz] = axes.alongTrack;
  const [nx, ny, nz] = axes.crossTrack;
  const w = axes.rateRadPerS;
  const r0 = Math.hypot(referenceEci[0]!, referenceEci[1]!, referenceEci[2]!);
  const referenceEnergy = twoBodyJ2EnergyJPerKg(referenceEci);
  const states = design.initialStatesRic;
  const count = satellites ? satellites.length : design.satellites;
  for (let n = 0; n < count; n++) {
    const k = satellites ? satellites[n]! : n;
    const o = 6 * k;
    const radius = r0 + states[o]!;
    const theta = states[o + 1]! / r0;
    const phi = states[o + 2]! / r0;
    const ct = Math.cos(theta);
    const st = Math.sin(theta);
    const cp = Math.cos(phi);
    const sp = Math.sin(phi);
    // Local radial and along-track unit vectors at angle theta along the reference circle.
    const erx = ct * ux + st * tx;
    const ery = ct * uy + st * ty;
    const erz = ct * uz + st * tz;
    const etx = -st * ux + ct * tx;
    const ety = -st * uy + ct * ty;
    const etz = -st * uz + ct * tz;
    const px = radius * (cp * erx + sp * nx);
    const py = radius * (cp * ery + sp * ny);
    const pz = radius * (cp * erz + sp * nz);
    const radialSpeed = states[o + 3]!;
    let alongSpeed = radius * (w + states[o + 4]! / r0);
    const crossSpeed = states[o + 5]!;
    if (design.j2Corrected && k > 0) {
      const kinetic = referenceEnergy - potentialJPerKg(px, py, pz);
      const squared = 2 * kinetic - radialSpeed * radialSpeed - crossSpeed * crossSpeed;
      if (squared > 0) alongSpeed = Math.sqrt(squared);
    }
    out[o] = px;
    out[o + 1] = py;
    out[o + 2] = pz;
    out[o + 3] = radialSpeed * erx + alongSpeed * etx + crossSpeed * nx;
    out[o + 4] = radialSpeed * ery + alongSpeed * ety + crossSpeed * ny;
    out[o + 5] = radialSpeed * erz + alongSpeed * etz + crossSpeed * nz;
  }
  return out;
}
