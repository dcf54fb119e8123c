import { describe, expect, it } from 'vitest';
import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';
import { circularSemiMajorAxisM } from './circularOrbit.ts';
import { cylindricalEclipseFraction } from './sunlight.ts';

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
