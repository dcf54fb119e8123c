import { describe, expect, it } from 'vitest';
import { j2MeanRateModel, j2MeanSemiMajorAxisM } from './j2MeanMotion.ts';
import { schweighartSedwickModel } from './schweighartSedwick.ts';

const a = 7_028_137;
const inclinationRad = (97.986 * Math.PI) / 180;

describe('j2MeanSemiMajorAxisM', () => {
  it('puts the mean orbit 9.2 km below a circular state at the node and 9.2 km above at the pole (650 km, i = 98 deg), +-10 m', () => {
    expect(a - j2MeanSemiMajorAxisM(a, inclinationRad, 0)).toBeCloseTo(9_218, -1);
    expect(a - j2MeanSemiMajorAxisM(a, inclinationRad, Math.PI / 2)).toBeCloseTo(-9_218, -1);
  });
});

describe('j2MeanRateModel', () => {
  it('turns the radial oscillation faster than the frame for a sun-synchronous orbit, by the ratio of Schweighart-Sedwick to 3e-5', () => {
    const mean = j2MeanRateModel(a, inclinationRad);
    const ss = schweighartSedwickModel(a, inclinationRad);
    const meanRatio = mean.inPlaneRadPerS / mean.couplingRateRadPerS;
    const ssRatio = ss.inPlaneRadPerS / ss.couplingRateRadPerS;
    expect(meanRatio).toBeGreaterThan(1);
    expect(Math.abs(meanRatio - ssRatio)).toBeLessThan(3e-5);
  });
});
