import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_EQUATORIAL_RADIUS_M } from '../constants.ts';
import { circularSemiMajorAxisM } from './circularOrbit.ts';
import { ascendingNodeRad, betaAngleRad, circularOrbitPositionEqjM, inCylindricalShadow } from './orbitPlane.ts';
import { sunSynchronousInclinationRad, j2NodalPrecessionRadPerS } from './sunSynchronous.ts';
import { annualSunlight } from './sunlight.ts';
import { sunSamplesForYear } from './sunDirection.ts';
import { meanSunRightAscensionRad } from './sunDirection.ts';
import { cylindricalEclipseFraction } from './sunlight.ts';

describe('orbit plane', () => {
  it('puts the 18 h node of a dawn-dusk orbit 90 deg east of the mean Sun at the epoch, in rad', () => {
    const epochUnixS = Date.UTC(2035, 0, 1) / 1_000;
    expect(ascendingNodeRad(18, epochUnixS, 1e-7, 0) - meanSunRightAscensionRad(epochUnixS)).toBeCloseTo(Math.PI / 2, 12);
    expect(ascendingNodeRad(18, epochUnixS, 1e-7, 1_000) - ascendingNodeRad(18, epochUnixS, 1e-7, 0)).toBeCloseTo(1e-4, 15);
  });

  it('keeps a circular position at the orbit radius in m, and at the node on the equator', () => {
    const out = new Float64Array(3);
    fc.assert(
      fc.property(fc.double({ min: 0, max: Math.PI, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (i, node, u) => {
        circularOrbitPositionEqjM(7e6, i, node, u, out);
        expect(Math.hypot(out[0]!, out[1]!, out[2]!)).toBeCloseTo(7e6, 3);
      }),
    );
    circularOrbitPositionEqjM(7e6, 1.7, 0.3, 0, out);
    expect(out[2]).toBe(0);
    expect(Math.atan2(out[1]!, out[0]!)).toBeCloseTo(0.3, 12);
  });

  it('spends the cylindrical eclipse fraction of an orbit in the shadow at beta = 0', () => {
    // Sun along +x, orbit in the x-y plane (beta = 0): the shadowed arc must match the closed form.
    const a = circularSemiMajorAxisM(650_000);
    const sun = [1, 0, 0];
    const out = new Float64Array(3);
    const steps = 100_000;
    let shadowed = 0;
    for (let k = 0; k < steps; k++) {
      circularOrbitPositionEqjM(a, 0, 0, (2 * Math.PI * k) / steps, out);
      if (inCylindricalShadow(out[0]!, out[1]!, out[2]!, sun)) shadowed++;
    }
    expect(shadowed / steps).toBeCloseTo(cylindricalEclipseFraction(0, a), 4);
  });

  it('never shadows a point on the day side or farther than R_E from the Sun line', () => {
    expect(inCylindricalShadow(1e7, 0, 0, [1, 0, 0])).toBe(false);
    expect(inCylindricalShadow(-1e7, EARTH_EQUATORIAL_RADIUS_M + 1, 0, [1, 0, 0])).toBe(false);
    expect(inCylindricalShadow(-1e7, EARTH_EQUATORIAL_RADIUS_M - 1, 0, [1, 0, 0])).toBe(true);
  });
});

describe('beta angle', () => {
  it('is pi/2 rad with the Sun along the orbit normal and 0 rad with the Sun in the plane', () => {
    expect(betaAngleRad(0, 0, [0, 0, 1])).toBeCloseTo(Math.PI / 2, 12);
    expect(betaAngleRad(0, 0, [1, 0, 0])).toBeCloseTo(0, 12);
  });

  it('gives the smallest |beta| of 2035 that annualSunlight reports for the 650 km dawn-dusk orbit, in rad', () => {
    const a = circularSemiMajorAxisM(650_000);
    const i = sunSynchronousInclinationRad(a);
    const samples = sunSamplesForYear(2035);
    const rate = j2NodalPrecessionRadPerS(a, 0, i);
    let minBeta = Number.POSITIVE_INFINITY;
    for (let k = 0; k < samples.count; k++) {
      const node = ascendingNodeRad(18, samples.epochUnixS, rate, k * samples.stepS);
      minBeta = Math.min(minBeta, Math.abs(betaAngleRad(i, node, samples.unitVectorsEqj, 3 * k)));
    }
    expect(minBeta).toBeCloseTo(annualSunlight({ semiMajorAxisM: a, inclinationRad: i, ltanHours: 18, year: 2035 }).minBetaRad, 12);
  });
});
