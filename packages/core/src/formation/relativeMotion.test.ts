import { describe, expect, it } from 'vitest';
import { ricBuffer } from './frames.ts';
import { hcwModel, relativeMotionPositions, relativeMotionPropagate } from './relativeMotion.ts';
import { schweighartSedwickModel } from './schweighartSedwick.ts';

const n = 1.0716e-3;

/** Right-hand side of the model's ODE, for a finite-difference check of the closed form. */
function residual(model: ReturnType<typeof hcwModel>, state: Float64Array, accel: Float64Array): number[] {
  const w = model.couplingRateRadPerS;
  const om = model.inPlaneRadPerS;
  const q = model.crossTrackRadPerS;
  return [
    accel[0]! - (2 * w * state[4]! + (4 * w * w - om * om) * state[0]!),
    accel[1]! - -2 * w * state[3]!,
    accel[2]! - -q * q * state[2]!,
  ];
}

describe('relativeMotionPropagate', () => {
  it('reproduces the Clohessy-Wiltshire radial solution x = (4 - 3 cos nt) x0 + 2 (1 - cos nt) y0\'/n in m', () => {
    const model = hcwModel(n);
    const states = ricBuffer(6);
    states.set([10, 20, 5, 0.01, -0.02, 0.003]);
    const out = ricBuffer(6);
    const t = 1_234;
    relativeMotionPropagate(model, t, states, out);
    const c = Math.cos(n * t);
    const s = Math.sin(n * t);
    expect(out[0]).toBeCloseTo((4 - 3 * c) * 10 + (s / n) * 0.01 + (2 / n) * (1 - c) * -0.02, 9);
    expect(out[1]).toBeCloseTo(6 * (s - n * t) * 10 + 20 - (2 / n) * (1 - c) * 0.01 + ((4 * s - 3 * n * t) / n) * -0.02, 9);
    expect(out[2]).toBeCloseTo(5 * c + (0.003 / n) * s, 9);
  });

  it('satisfies the Schweighart-Sedwick equations of motion to 1e-9 m/s^2 (central differences)', () => {
    const model = schweighartSedwickModel(7_028_137, (98 * Math.PI) / 180);
    const states = ricBuffer(6);
    states.set([300, -150, 40, 0.2, -0.5, 0.01]);
    const before = ricBuffer(6);
    const mid = ricBuffer(6);
    const after = ricBuffer(6);
    const h = 0.5;
    const t = 2_000;
    relativeMotionPropagate(model, t - h, states, before);
    relativeMotionPropagate(model, t, states, mid);
    relativeMotionPropagate(model, t + h, states, after);
    const accel = new Float64Array(3);
    for (let a = 0; a < 3; a++) accel[a] = (after[3 + a]! - before[3 + a]!) / (2 * h);
    for (const r of residual(model, mid, accel)) expect(Math.abs(r)).toBeLessThan(1e-9);
    // Velocities are the derivatives of the positions.
    for (let a = 0; a < 3; a++) expect((after[a]! - before[a]!) / (2 * h)).toBeCloseTo(mid[3 + a]!, 6);
  });

  it('gives the same positions as the positions-only kernel in m', () => {
    const model = schweighartSedwickModel(7_000_000, 1.7);
    const states = ricBuffer(12);
    states.set([1, 2, 3, 0.001, 0.002, 0.003, -50, 70, 0, 0.04, 0.1, -0.02]);
    const full = ricBuffer(12);
    const positions = ricBuffer(6);
    relativeMotionPropagate(model, 777, states, full);
    relativeMotionPositions(model, 777, states, positions);
    for (let k = 0; k < 2; k++) for (let a = 0; a < 3; a++) expect(positions[3 * k + a]).toBeCloseTo(full[6 * k + a]!, 10);
  });

  it('writes only the chosen satellites, each to the same metre as the whole set', () => {
    const model = schweighartSedwickModel(7_000_000, 1.7);
    const states = ricBuffer(18);
    states.set([1, 2, 3, 0.001, 0.002, 0.003, -50, 70, 0, 0.04, 0.1, -0.02, 20, -30, 5, 0, 0.01, 0]);
    const all = ricBuffer(9);
    const chosen = ricBuffer(9).fill(Number.NaN);
    relativeMotionPositions(model, 777, states, all);
    relativeMotionPositions(model, 777, states, chosen, Int32Array.of(2, 0));
    expect(Array.from(chosen.subarray(0, 3))).toEqual(Array.from(all.subarray(0, 3)));
    expect(Array.from(chosen.subarray(3, 6)).every(Number.isNaN)).toBe(true);
    expect(Array.from(chosen.subarray(6, 9))).toEqual(Array.from(all.subarray(6, 9)));
  });
});
