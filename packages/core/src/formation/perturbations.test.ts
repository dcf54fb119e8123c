import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATMOSPHERE_DENSITY_TABLE } from '../referenceData.ts';
import { Dop853 } from './dop853.ts';
import { eciBuffer } from './frames.ts';
import {
  atmosphereFromTable,
  clusterBallisticCoefficients,
  dragAccelerationMPerS2,
  fixedAtmosphere,
  hcwConstantAlongTrackResponseM,
  twoBodyJ2DragDerivative,
} from './perturbations.ts';
import { twoBodyJ2Derivative } from './twoBodyJ2.ts';

describe('atmosphereFromTable', () => {
  it('returns the seeded MSISE-90 rows exactly at their altitudes and decreases with altitude between them', () => {
    for (const activity of ['low', 'mean', 'high'] as const) {
      const model = atmosphereFromTable(activity);
      ATMOSPHERE_DENSITY_TABLE.altitudeKm.forEach((h, i) => {
        expect(model.densityKgPerM3(h * 1_000) / ATMOSPHERE_DENSITY_TABLE.densityKgPerM3[activity][i]! - 1).toBeCloseTo(0, 12);
      });
      for (let h = 400_000; h < 900_000; h += 7_000) expect(model.densityKgPerM3(h + 7_000)).toBeLessThan(model.densityKgPerM3(h));
    }
  });

  it('orders the activities at every seeded altitude (low < mean < high) and keeps the table evenly spaced', () => {
    const { altitudeKm, densityKgPerM3 } = ATMOSPHERE_DENSITY_TABLE;
    altitudeKm.forEach((h, i) => {
      expect(densityKgPerM3.low[i]!).toBeLessThan(densityKgPerM3.mean[i]!);
      expect(densityKgPerM3.mean[i]!).toBeLessThan(densityKgPerM3.high[i]!);
      if (i > 0) expect(h - altitudeKm[i - 1]!).toBe(altitudeKm[1]! - altitudeKm[0]!);
    });
  });
});

describe('clusterBallisticCoefficients', () => {
  it('spans B - s to B + s evenly by index, with mean B', () => {
    const b = clusterBallisticCoefficients(81, 0.05, 0.005);
    expect(b[0]).toBeCloseTo(0.045, 15);
    expect(b[80]).toBeCloseTo(0.055, 15);
    expect(b[40]).toBeCloseTo(0.05, 15);
    expect(b.reduce((a, x) => a + x, 0) / 81).toBeCloseTo(0.05, 14);
  });
});

describe('twoBodyJ2DragDerivative', () => {
  const state = eciBuffer(12);
  state.set([7_028_137, 0, 0, 0, 7_000, 3_000, -1_000_000, 6_900_000, 500_000, -7_500, -50, 900]);

  it('is two-body + J2 exactly when every ballistic coefficient is zero', () => {
    const a = new Float64Array(12);
    const b = new Float64Array(12);
    twoBodyJ2DragDerivative(fixedAtmosphere(1e-10), new Float64Array(2))(0, state, a);
    twoBodyJ2Derivative(0, state, b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('adds a deceleration -rho B |v_rel| v_rel / 2 against the air, m/s^2', () => {
    const rho = 1e-12;
    const a = new Float64Array(12);
    const b = new Float64Array(12);
    twoBodyJ2DragDerivative(fixedAtmosphere(rho), Float64Array.of(0.02, 0))(0, state, a);
    twoBodyJ2Derivative(0, state, b);
    const we = 7.292115e-5;
    const u = [state[3]! + we * state[1]!, state[4]! - we * state[0]!, state[5]!];
    const speed = Math.hypot(...u);
    for (let c = 0; c < 3; c++) expect(a[3 + c]! - b[3 + c]!).toBeCloseTo(-0.5 * rho * 0.02 * speed * u[c]!, 20);
    expect(Math.hypot(a[3]! - b[3]!, a[4]! - b[4]!, a[5]! - b[5]!)).toBeCloseTo(dragAccelerationMPerS2(rho, speed, 0.02), 20);
  });
});

describe('hcwConstantAlongTrackResponseM', () => {
  it('matches a DOP853 integration of the HCW equations with a constant along-track push (second method)', () => {
    const n = 0.00107;
    const f = 1e-8;
    const rhs = (_t: number, y: Float64Array, d: Float64Array) => {
      d[0] = y[2]!;
      d[1] = y[3]!;
      d[2] = 2 * n * y[3]! + 3 * n * n * y[0]!;
      d[3] = -2 * n * y[2]! + f;
    };
    const integrator = new Dop853(4, rhs, { relativeTolerance: 1e-12, absoluteTolerance: 1e-15 });
    const y = new Float64Array(4);
    let t = 0;
    for (const next of [1_000, 5_870, 20_000, 86_400]) {
      integrator.integrate(t, y, next);
      t = next;
      const closed = hcwConstantAlongTrackResponseM(f, n, t);
      expect(y[0]! / closed.radialM - 1).toBeCloseTo(0, 8);
      expect(y[1]! / closed.alongTrackM - 1).toBeCloseTo(0, 8);
    }
  });

  it('drifts backward as -(3/2) f t^2 at whole orbits and scales linearly with f (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-10, max: 1e-5, noNaN: true }), fc.integer({ min: 1, max: 50 }), (f, orbits) => {
        const n = 0.00107;
        const t = (orbits * 2 * Math.PI) / n;
        const y = hcwConstantAlongTrackResponseM(f, n, t).alongTrackM;
        expect(y / (-1.5 * f * t * t) - 1).toBeCloseTo(0, 9);
        expect(hcwConstantAlongTrackResponseM(2 * f, n, t).alongTrackM / y).toBeCloseTo(2, 12);
      }),
    );
  });
});
