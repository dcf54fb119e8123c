import { describe, expect, it } from 'vitest';
import { circularSemiMajorAxisM } from './circularOrbit.ts';
import { eclipseDurationByDayS } from './eclipseSeries.ts';
import { ascendingNodeRad, circularOrbitPositionEqjM, inCylindricalShadow } from './orbitPlane.ts';
import { sunUnitVectorEqj } from './sunDirection.ts';
import { annualSunlight, sunlightSeriesOverYear } from './sunlight.ts';
import { j2NodalPrecessionRadPerS, sunSynchronousInclinationRad } from './sunSynchronous.ts';

describe('eclipse duration by day', () => {
  // The baseline orbit: 650 km dawn-dusk sun-synchronous, 2035.
  const semiMajorAxisM = circularSemiMajorAxisM(650_000);
  const input = { semiMajorAxisM, inclinationRad: sunSynchronousInclinationRad(semiMajorAxisM), ltanHours: 18, year: 2035 };
  const series = sunlightSeriesOverYear(input);
  const byDayS = eclipseDurationByDayS(series);
  const annual = annualSunlight(input);

  it('covers the 365 days of 2035 with one value a day', () => {
    expect(byDayS.length).toBe(365);
  });

  it('peaks at no more than the annual longest eclipse in s and shadows about as many days as the annual eclipse season', () => {
    const longestS = Math.max(...byDayS);
    expect(longestS).toBeLessThanOrEqual(annual.longestEclipseS + 1e-9);
    expect(longestS).toBeGreaterThan(0.9 * annual.longestEclipseS);
    // One sample a day against the annual model's four: the counts agree to a day at each end of the season.
    expect(Math.abs(byDayS.filter((s) => s > 0).length - annual.eclipseSeasonDays)).toBeLessThanOrEqual(2);
  });

  it('has its season around the June solstice (day 172) and none on 1 January for the dawn-dusk orbit', () => {
    expect(byDayS[172]).toBeGreaterThan(0);
    expect(byDayS[0]).toBe(0);
  });

  it('matches a brute-force walk of 3,600 points around the orbit through the cylindrical shadow at noon of the solstice day to 3 s', () => {
    // Independent of the beta-angle formula: place the satellite along the orbit and test each point against the shadow cylinder.
    const day = 172;
    const tS = day * 86_400 + 43_200;
    const sun = sunUnitVectorEqj(series.epochUnixS + tS, new Float64Array(3));
    const nodeRad = ascendingNodeRad(18, series.epochUnixS, j2NodalPrecessionRadPerS(semiMajorAxisM, 0, input.inclinationRad), tS);
    const points = 3_600;
    const r = new Float64Array(3);
    let shadowed = 0;
    for (let k = 0; k < points; k++) {
      circularOrbitPositionEqjM(semiMajorAxisM, input.inclinationRad, nodeRad, (2 * Math.PI * k) / points, r);
      if (inCylindricalShadow(r[0]!, r[1]!, r[2]!, sun)) shadowed++;
    }
    expect(byDayS[day]).toBeGreaterThan(0);
    expect(Math.abs(byDayS[day]! - (shadowed / points) * series.periodS)).toBeLessThan(3);
  });

  it('leaves the annual figures to the same series: the mean sunlit fraction is 1 minus the mean eclipse fraction', () => {
    const mean = series.eclipseFraction.reduce((sum, f) => sum + f, 0) / series.count;
    expect(annual.sunlitFraction).toBe(1 - mean);
  });
});
