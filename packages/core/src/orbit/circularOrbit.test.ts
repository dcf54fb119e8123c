import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_MU_M3_PER_S2 } from '../constants.ts';
import { circularSemiMajorAxisM, meanMotionRadPerS, orbitalPeriodS } from './circularOrbit.ts';

describe('circular orbit', () => {
  it('gives the period of a geostationary radius as one sidereal day in seconds', () => {
    // 42,164.17 km is the geostationary radius (Vallado, 4th ed., section 2.2); sidereal day 86,164.09 s.
    expect(orbitalPeriodS(42_164_170)).toBeCloseTo(86_164.09, -1);
  });

  it('satisfies Kepler\'s third law n^2 a^3 = mu', () => {
    const a = circularSemiMajorAxisM(650_000);
    expect(meanMotionRadPerS(a) ** 2 * a ** 3).toBeCloseTo(EARTH_MU_M3_PER_S2, -3);
  });

  it('has a period that rises with altitude', () => {
    fc.assert(
      fc.property(fc.double({ min: 160_000, max: 2_000_000, noNaN: true }), fc.double({ min: 1, max: 100_000, noNaN: true }), (altitudeM, stepM) => {
        expect(orbitalPeriodS(circularSemiMajorAxisM(altitudeM + stepM))).toBeGreaterThan(orbitalPeriodS(circularSemiMajorAxisM(altitudeM)));
      }),
    );
  });
});
