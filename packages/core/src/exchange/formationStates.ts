import type { FormationDesign } from '../formation/design.ts';
import { Dop853 } from '../formation/dop853.ts';
import type { FormationEpoch } from '../formation/ephemeris.ts';
import { eciBuffer, type EciBuffer } from '../formation/frames.ts';
import { formationEpochStatesEci } from '../formation/tle.ts';
import { twoBodyJ2Derivative } from '../formation/twoBodyJ2.ts';
import { FORMATION_INTEGRATION_TOLERANCE } from '../formation/integrationCheck.ts';
import { modelEciToEme2000Rotation, rotateVector3 } from '../orbit/earthFrames.ts';

/**
 * Integrates the two-body + J2 equations (`twoBodyJ2Derivative`, DOP853 at
 * the integration check's tolerance) for the reference (slot 0) and every satellite
 * (slot 1 + k) from their states at the epoch (`formationEpochStatesEci`,
 * with the node of the epoch) in the model ECI, where J2 acts about z, and
 * calls `onSample` at each requested time with the states turned into
 * EME2000 (`modelEciToEme2000Rotation`), m and m/s. Velocities are the integrator's own
 * state, not differences of positions. The same start and equations as the
 * integration check (`integrateFormation`), which starts at node 0: J2 is
 * axisymmetric, so the two differ by a rotation about z only.
 * @param sampleTimesS times since the epoch, s, increasing, from 0
 * @param onSample called with (t, states of 6 (N + 1) numbers); the buffer is reused
 */
export function integrateFormationEme2000(
  design: FormationDesign,
  epoch: FormationEpoch,
  sampleTimesS: ArrayLike<number>,
  onSample: (tS: number, statesEme2000: EciBuffer) => void,
): void {
  const state = formationEpochStatesEci(design, epoch);
  const toEme2000 = modelEciToEme2000Rotation(epoch.epochUnixS);
  const work = eciBuffer(state.length);
  const integrator = new Dop853(state.length, twoBodyJ2Derivative, FORMATION_INTEGRATION_TOLERANCE);
  let t = 0;
  for (let s = 0; s < sampleTimesS.length; s++) {
    const next = sampleTimesS[s]!;
    if (next < t) throw new RangeError(`sample times must increase: ${next} s after ${t} s`);
    if (next > t) integrator.integrate(t, state, next);
    t = next;
    for (let o = 0; o < state.length; o += 3) rotateVector3(toEme2000, state, o, work, o);
    onSample(t, work);
  }
}

/** Sample times 0, step, 2 step, ..., durationS (the last one exactly at durationS), s. */
export function uniformSampleTimesS(durationS: number, stepS: number): Float64Array {
  if (!(durationS > 0) || !(stepS > 0)) throw new RangeError(`duration and step must be positive, got ${durationS} s and ${stepS} s`);
  const count = Math.ceil(durationS / stepS - 1e-9);
  const times = new Float64Array(count + 1);
  for (let s = 0; s <= count; s++) times[s] = Math.min(s * stepS, durationS);
  return times;
}
