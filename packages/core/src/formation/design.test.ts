import { describe, expect, it } from 'vitest';
import { meanMotionRadPerS, orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { formationDesign, formationRicPositionsM } from './design.ts';
import { ricBuffer } from './frames.ts';

const a = 7_028_137;
const inclinationRad = (98 * Math.PI) / 180;

describe('formationDesign', () => {
  it('starts the HCW design on the square lattice of 100 m x 200 m for 81 satellites and R = 1 km', () => {
    const design = formationDesign({ satellites: 81, radiusM: 1_000, semiMajorAxisM: a, inclinationRad, j2Corrected: false });
    const out = ricBuffer(3 * 81);
    formationRicPositionsM(design, 0, out);
    for (let k = 0; k < 81; k++) {
      expect(out[3 * k]).toBeCloseTo(100 * design.lattice.radialIndex[k]!, 9);
      expect(out[3 * k + 1]).toBeCloseTo(200 * design.lattice.alongTrackIndex[k]!, 9);
      expect(Math.abs(out[3 * k + 2]!)).toBe(0);
    }
  });

  it('returns every satellite to its start after one period T = 2 pi / n in the HCW design (closed ellipses), to 1e-6 m', () => {
    const design = formationDesign({ satellites: 81, radiusM: 1_000, semiMajorAxisM: a, inclinationRad, j2Corrected: false });
    const start = formationRicPositionsM(design, 0, ricBuffer(243));
    const end = formationRicPositionsM(design, orbitalPeriodS(a), ricBuffer(243));
    for (let k = 0; k < 243; k++) expect(Math.abs(end[k]! - start[k]!)).toBeLessThan(1e-6);
  });

  it('keeps every satellite inside the ellipse of +-R along-track and +-R/rho radial in m', () => {
    const design = formationDesign({ satellites: 81, radiusM: 1_000, semiMajorAxisM: a, inclinationRad });
    const out = ricBuffer(243);
    for (let t = 0; t < 6_000; t += 97) {
      formationRicPositionsM(design, t, out);
      for (let k = 0; k < 81; k++) {
        const u = out[3 * k]! / design.radialRadiusM;
        const v = out[3 * k + 1]! / design.radiusM;
        expect(u * u + v * v).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it("puts the peripheral satellite S1 at apoapsis a + R/2 at 3T/12 and periapsis at 9T/12 (the paper's phase), in m", () => {
    const design = formationDesign({ satellites: 81, radiusM: 1_000, semiMajorAxisM: a, inclinationRad, j2Corrected: false });
    const s1 = [...design.lattice.alongTrackIndex].findIndex((j, k) => j === 5 && design.lattice.radialIndex[k] === 0);
    const periodS = (2 * Math.PI) / meanMotionRadPerS(a);
    const out = ricBuffer(243);
    formationRicPositionsM(design, (3 * periodS) / 12, out);
    expect(out[3 * s1]).toBeCloseTo(500, 9);
    expect(out[3 * s1 + 1]).toBeCloseTo(0, 9);
    formationRicPositionsM(design, (9 * periodS) / 12, out);
    expect(out[3 * s1]).toBeCloseTo(-500, 9);
  });

  it('swings the outermost satellites +-A_z cross-track once per orbit in m', () => {
    const design = formationDesign({ satellites: 81, radiusM: 1_000, semiMajorAxisM: a, inclinationRad, crossTrackAmplitudeM: 50 });
    const out = ricBuffer(243);
    let largest = 0;
    for (let t = 0; t < 6_000; t += 10) {
      formationRicPositionsM(design, t, out);
      for (let k = 0; k < 81; k++) largest = Math.max(largest, Math.abs(out[3 * k + 2]!));
    }
    expect(largest).toBeGreaterThan(49.9);
    expect(largest).toBeLessThanOrEqual(50 + 1e-9);
  });
});
