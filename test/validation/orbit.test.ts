import { Body, GeoVector } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import {
  annualSunlight,
  circularSemiMajorAxisM,
  cylindricalEclipseFraction,
  EARTH_EQUATORIAL_RADIUS_M,
  evaluateScenario,
  j2NodalPrecessionRadPerS,
  meanSunRightAscensionRad,
  radToDeg,
  referenceValue,
  sunSynchronousInclinationRad,
  TROPICAL_YEAR_S,
  validateScenario,
} from '@solstice/core';

describe('sun-synchronous inclination against independent references', () => {
  // Operational sun-synchronous missions (mean altitude above the equator, inclination):
  // Landsat 8, 705 km, 98.2 deg (USGS Landsat 8 Data Users Handbook v5, section 2);
  // Sentinel-2, 786 km, 98.62 deg (ESA Sentinel-2 User Handbook, 2015, section 1.6.1);
  // Sentinel-1, 693 km, 98.18 deg (ESA Sentinel-1 User Handbook, 2013, section 2.2).
  // Tolerance 0.08 deg: missions quote a rounded "altitude" over varying Earth radii (a 10 km
  // ambiguity moves the inclination by 0.045 deg) and fly frozen, slightly eccentric orbits.
  it.each([
    ['Landsat 8', 705, 98.2],
    ['Sentinel-2', 786, 98.62],
    ['Sentinel-1', 693, 98.18],
  ])('%s at %i km flies at %f deg', (_mission, altitudeKm, inclinationDeg) => {
    const a = circularSemiMajorAxisM(altitudeKm * 1_000);
    expect(Math.abs(radToDeg(sunSynchronousInclinationRad(a)) - inclinationDeg)).toBeLessThan(0.08);
  });

  it("agrees with SMAD's closed form cos i = -(a / 12,352 km)^(7/2) within 0.05 deg from 300 to 1,500 km", () => {
    // Wertz & Larson, Space Mission Analysis and Design, 3rd ed., Eq. 6-19.
    for (let altitudeKm = 300; altitudeKm <= 1_500; altitudeKm += 100) {
      const a = circularSemiMajorAxisM(altitudeKm * 1_000);
      const smadDeg = radToDeg(Math.acos(-((a / 12_352_000) ** 3.5)));
      expect(Math.abs(radToDeg(sunSynchronousInclinationRad(a)) - smadDeg)).toBeLessThan(0.05);
    }
  });

  it('turns the node once per tropical year at that inclination', () => {
    const a = circularSemiMajorAxisM(650_000);
    const rate = j2NodalPrecessionRadPerS(a, 0, sunSynchronousInclinationRad(a));
    expect(rate * TROPICAL_YEAR_S).toBeCloseTo(2 * Math.PI, 9);
  });
});

describe("the paper's 650 km orbit (derived figures, suncatcher.md)", () => {
  const { orbit } = evaluateScenario(validateScenario({}));
  it('a = 7028.1 km, n = 1.0716e-3 rad/s, T = 5863 s, i = 98.0 deg', () => {
    expect(orbit.semiMajorAxisM / 1_000).toBeCloseTo(referenceValue('orbit.semiMajorAxis'), 0);
    expect(orbit.meanMotionRadPerS / referenceValue('orbit.meanMotion')).toBeCloseTo(1, 3);
    expect(Math.abs(orbit.periodS - referenceValue('orbit.period'))).toBeLessThan(1);
    expect(Math.abs(orbit.inclinationDeg - referenceValue('orbit.inclination'))).toBeLessThan(0.05);
  });
});

describe('annual sunlight against a brute-force shadow test', () => {
  // Independent check of beta and the cylindrical eclipse formula: once a day, place 3,600
  // points around the orbit and count those inside Earth's shadow cylinder.
  function bruteForceSunlitFraction(altitudeM: number, ltanHours: number, year: number): number {
    const a = circularSemiMajorAxisM(altitudeM);
    const inclination = sunSynchronousInclinationRad(a);
    const rate = j2NodalPrecessionRadPerS(a, 0, inclination);
    const epochUnixS = Date.UTC(year, 0, 1) / 1_000;
    const node0 = meanSunRightAscensionRad(epochUnixS) + ((ltanHours - 12) * Math.PI) / 12;
    let dark = 0;
    let total = 0;
    for (let day = 0; day < 365; day++) {
      const t = day * 86_400 + 43_200;
      const sunVector = GeoVector(Body.Sun, new Date((epochUnixS + t) * 1_000), true);
      const norm = Math.hypot(sunVector.x, sunVector.y, sunVector.z);
      const s = [sunVector.x / norm, sunVector.y / norm, sunVector.z / norm] as const;
      const node = node0 + rate * t;
      // Orbit basis: P toward the ascending node, Q 90 deg ahead in the plane.
      const P = [Math.cos(node), Math.sin(node), 0];
      const Q = [-Math.sin(node) * Math.cos(inclination), Math.cos(node) * Math.cos(inclination), Math.sin(inclination)];
      for (let k = 0; k < 3_600; k++) {
        const u = (2 * Math.PI * k) / 3_600;
        const r = [0, 1, 2].map((axis) => a * (Math.cos(u) * P[axis]! + Math.sin(u) * Q[axis]!));
        const along = r[0]! * s[0] + r[1]! * s[1] + r[2]! * s[2];
        const perpendicularSq = a * a - along * along;
        if (along < 0 && perpendicularSq < EARTH_EQUATORIAL_RADIUS_M ** 2) dark++;
        total++;
      }
    }
    return 1 - dark / total;
  }

  it.each([
    [650_000, 18],
    [650_000, 6],
    [400_000, 18],
  ])('at %i m and LTAN %i h the analytic fraction matches to 5e-4', (altitudeM, ltanHours) => {
    const a = circularSemiMajorAxisM(altitudeM);
    const analytic = annualSunlight({ semiMajorAxisM: a, inclinationRad: sunSynchronousInclinationRad(a), ltanHours, year: 2035 });
    expect(Math.abs(analytic.sunlitFraction - bruteForceSunlitFraction(altitudeM, ltanHours, 2035))).toBeLessThan(5e-4);
  });

  it('shows the eclipse season of a dawn-dusk orbit: some eclipses, over a minority of the year', () => {
    const a = circularSemiMajorAxisM(650_000);
    const sunlight = annualSunlight({ semiMajorAxisM: a, inclinationRad: sunSynchronousInclinationRad(a), ltanHours: 18, year: 2035 });
    expect(sunlight.eclipseSeasonDays).toBeGreaterThan(30);
    expect(sunlight.eclipseSeasonDays).toBeLessThan(150);
    expect(sunlight.sunlitFraction).toBeGreaterThan(0.9);
    // The longest eclipse is bounded by the beta = 0 eclipse: 35.6 min at 650 km.
    expect(sunlight.longestEclipseS).toBeLessThan(cylindricalEclipseFraction(0, a) * 5_864);
    expect(radToDeg(sunlight.minBetaRad)).toBeLessThan(radToDeg(Math.asin(EARTH_EQUATORIAL_RADIUS_M / a)));
  });

  it('a noon-midnight orbit (LTAN 12 h) is eclipsed on every orbit, about a third of the time', () => {
    const a = circularSemiMajorAxisM(650_000);
    const sunlight = annualSunlight({ semiMajorAxisM: a, inclinationRad: sunSynchronousInclinationRad(a), ltanHours: 12, year: 2035 });
    expect(sunlight.eclipseSeasonDays).toBeGreaterThan(364);
    expect(sunlight.sunlitFraction).toBeGreaterThan(0.6);
    expect(sunlight.sunlitFraction).toBeLessThan(0.7);
  });
});
