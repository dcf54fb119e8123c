import { describe, expect, it } from 'vitest';
import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';
import { circularSemiMajorAxisM } from './circularOrbit.ts';
import { cylindricalEclipseFraction, sunlightSeriesOverYear } from './sunlight.ts';
import { sunSynchronousInclinationRad } from './sunSynchronous.ts';

describe('cylindrical eclipse fraction', () => {
  const a = circularSemiMajorAxisM(650_000);

  it('is zero when the Sun is farther from the orbit plane than asin(R_E / a)', () => {
    const critical = Math.asin(EARTH_EQUATORIAL_RADIUS_M / a);
    expect(cylindricalEclipseFraction(critical + 1e-6, a)).toBe(0);
    expect(cylindricalEclipseFraction(Math.PI / 2, a)).toBe(0);
  });

  it('at beta = 0 equals the geometric half-angle of the shadow chord: asin(R_E / a) / pi', () => {
    expect(cylindricalEclipseFraction(0, a)).toBeCloseTo(Math.asin(EARTH_EQUATORIAL_RADIUS_M / a) / Math.PI, 12);
  });

  it('shrinks as beta grows towards the critical angle', () => {
    expect(cylindricalEclipseFraction(0.5, a)).toBeLessThan(cylindricalEclipseFraction(0.2, a));
  });
});

describe('sunlight series over a year', () => {
  it('gives at every sample the eclipse fraction cylindricalEclipseFraction gives for its |beta|, with and without eclipse seasons', () => {
    for (const [altitudeM, inclinationRad, ltanHours] of [
      [650_000, sunSynchronousInclinationRad(circularSemiMajorAxisM(650_000)), 18],
      [500_000, sunSynchronousInclinationRad(circularSemiMajorAxisM(500_000)), 10.5],
      [1_200_000, 0.9, 6],
    ] as const) {
      const semiMajorAxisM = circularSemiMajorAxisM(altitudeM);
      const series = sunlightSeriesOverYear({ semiMajorAxisM, inclinationRad, ltanHours, year: 2035 });
      for (let k = 0; k < series.count; k++) {
        expect(series.eclipseFraction[k]).toBe(cylindricalEclipseFraction(series.absBetaRad[k]!, semiMajorAxisM));
      }
    }
  });
});
