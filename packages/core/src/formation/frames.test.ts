import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eciBuffer, eciDirectionToRic, eciPositionsToRic, eciStatesToRic, ricAxesOf, ricBuffer, ricStatesToEci } from './frames.ts';

const component = fc.double({ min: -1e7, max: 1e7, noNaN: true });

describe('eciDirectionToRic', () => {
  it('gives the same components as eciPositionsToRic of the point reached from the reference along the direction (a second method), to 1e-9 relative', () => {
    fc.assert(
      fc.property(fc.array(component, { minLength: 9, maxLength: 9 }), (numbers) => {
        const [rx, ry, rz, vx, vy, vz, dx, dy, dz] = numbers as [number, number, number, number, number, number, number, number, number];
        fc.pre(Math.hypot(rx, ry, rz) > 1e5 && Math.hypot(ry * vz - rz * vy, rz * vx - rx * vz, rx * vy - ry * vx) > 1e3);
        const reference = eciBuffer(6);
        reference.set([rx, ry, rz, vx, vy, vz]);
        const point = eciBuffer(3);
        point.set([rx + dx, ry + dy, rz + dz]);
        const expected = eciPositionsToRic(reference, point, ricBuffer(3));
        const components = eciDirectionToRic(ricAxesOf(reference), [dx, dy, dz], new Float64Array(3));
        const scale = Math.max(1, Math.hypot(dx, dy, dz), Math.hypot(rx, ry, rz));
        for (let i = 0; i < 3; i++) expect(Math.abs(components[i]! - expected[i]!)).toBeLessThan(1e-9 * scale);
      }),
    );
  });

  it('maps the radial axis to (1, 0, 0) and keeps a unit vector unit, m/m', () => {
    const reference = eciBuffer(6);
    reference.set([7.0e6, 1.0e5, -2.0e5, 10, 7_500, 100]);
    const axes = ricAxesOf(reference);
    expect(Array.from(eciDirectionToRic(axes, axes.radial, new Float64Array(3))).map((x) => Number(x.toFixed(12)))).toEqual([1, 0, 0]);
    const sun = eciDirectionToRic(axes, [0.6, 0.8, 0], new Float64Array(3));
    expect(Math.hypot(sun[0]!, sun[1]!, sun[2]!)).toBeCloseTo(1, 12);
  });
});

describe('eciStatesToRic', () => {
  it('inverts ricStatesToEci: relative RIC states in m and m/s come back to 1e-6 m and 1e-9 m/s about a 7000 km reference', () => {
    const offset = fc.double({ min: -5e3, max: 5e3, noNaN: true });
    const rate = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(offset, offset, offset, rate, rate, rate), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (relative, phaseRad) => {
        const reference = eciBuffer(6);
        reference.set([7.0e6 * Math.cos(phaseRad), 7.0e6 * Math.sin(phaseRad), 1.0e5, -7_500 * Math.sin(phaseRad), 7_500 * Math.cos(phaseRad), 900]);
        const ric = ricBuffer(6);
        ric.set(relative);
        const states = eciBuffer(12);
        states.set(reference);
        ricStatesToEci(reference, ric, states.subarray(6) as typeof states);
        const back = eciStatesToRic(states, ricAxesOf(states), 1, ricBuffer(6));
        for (let i = 0; i < 3; i++) expect(Math.abs(back[i]! - relative[i]!)).toBeLessThan(1e-6);
        for (let i = 3; i < 6; i++) expect(Math.abs(back[i]! - relative[i]!)).toBeLessThan(1e-9);
      }),
    );
  });
});
