import { describe, expect, it } from 'vitest';
import { meanMotionRadPerS, orbitalPeriodS } from '../orbit/circularOrbit.ts';
import { formationDesign, formationRicPositionsM } from './design.ts';
import { ricBuffer } from './frames.ts';
import { neighbourDistanceRange } from './geometry.ts';
import { latticeNeighbourPairs } from './lattice.ts';

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

describe('neighbour distance range from one state difference per lattice direction', () => {
  it.each([
    [81, 1_000, 0, true],
    [81, 1_000, 0, false],
    [37, 600, 150, true],
    [200, 2_500, 400, true],
  ])('%i satellites, R = %i m, cross-track %i m, J2 design %s: the range of every neighbour pair measured', (satellites, radiusM, crossTrackAmplitudeM, j2Corrected) => {
    const design = formationDesign({ satellites, radiusM, semiMajorAxisM: a, inclinationRad, crossTrackAmplitudeM, j2Corrected });
    const pairs = latticeNeighbourPairs(design.lattice);
    const positions = ricBuffer(3 * satellites);
    const periodS = orbitalPeriodS(a);
    let minM = Infinity;
    let maxM = 0;
    for (let s = 0; s < 48; s++) {
      formationRicPositionsM(design, (s * periodS) / 48, positions);
      for (let p = 0; p < pairs.length; p += 2) {
        const u = 3 * pairs[p]!;
        const v = 3 * pairs[p + 1]!;
        const d = Math.hypot(positions[v]! - positions[u]!, positions[v + 1]! - positions[u + 1]!, positions[v + 2]! - positions[u + 2]!);
        minM = Math.min(minM, d);
        maxM = Math.max(maxM, d);
      }
    }
    const range = neighbourDistanceRange(design, 48);
    expect(range.minM).toBeCloseTo(minM, 9);
    expect(range.maxM).toBeCloseTo(maxM, 9);
  });
});
