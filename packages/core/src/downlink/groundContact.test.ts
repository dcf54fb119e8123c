import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import { degToRad } from '../math.ts';
import { yearStartUnixS } from '../orbit/epoch.ts';
import { DEFAULT_GROUND_STATIONS, GROUND_STATIONS } from '../referenceData.ts';
import { contactSeriesFromMasks } from './contactSeries.ts';
import { stationContactSeries } from './groundContact.ts';
import { aboveElevationMask, groundSiteOf, groundSitesEcef, visibilityCapBoundRad, visibilityInnerCapRad } from './visibility.ts';

/** The default stations (Table Mountain, Izana, Paranal) from the reference data. */
const DEFAULT_SITES = DEFAULT_GROUND_STATIONS.map((key) => groundSiteOf(GROUND_STATIONS[key]!));

/** The elevation test of a satellite at radius a, central angle psi from the site's geocentric direction, towards azimuth-like angle beta. */
function inViewAtCentralAngle(site: { latitudeRad: number; longitudeRad: number }, a: number, psi: number, beta: number, maskRad: number): boolean {
  const ecef = groundSitesEcef([site]);
  const r = Math.hypot(ecef[0]!, ecef[1]!, ecef[2]!);
  const s = [ecef[0]! / r, ecef[1]! / r, ecef[2]! / r];
  // Two unit vectors normal to s: east-like e1 and e2 = s x e1.
  const e1 = Math.hypot(s[0]!, s[1]!) > 1e-9 ? [-s[1]! / Math.hypot(s[0]!, s[1]!), s[0]! / Math.hypot(s[0]!, s[1]!), 0] : [1, 0, 0];
  const e2 = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
  const direction = [0, 1, 2].map((i) => Math.cos(psi) * s[i]! + Math.sin(psi) * (Math.cos(beta) * e1[i]! + Math.sin(beta) * e2[i]!));
  return aboveElevationMask(a * direction[0]!, a * direction[1]!, a * direction[2]!, ecef, 0, Math.sin(maskRad));
}

describe('visibility caps', () => {
  const geometry = fc.record({
    latitudeRad: fc.double({ min: -Math.PI / 2, max: Math.PI / 2, noNaN: true }),
    longitudeRad: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    altitudeKm: fc.double({ min: 160, max: 2_000, noNaN: true }),
    maskDeg: fc.double({ min: 0, max: 80, noNaN: true }),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    beta: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  });

  it('puts every satellite within the inner cap above the mask of any WGS-84 site, by the elevation test', () => {
    fc.assert(
      fc.property(geometry, ({ latitudeRad, longitudeRad, altitudeKm, maskDeg, fraction, beta }) => {
        const a = circularSemiMajorAxisM(altitudeKm * 1_000);
        const inner = visibilityInnerCapRad(a, degToRad(maskDeg));
        fc.pre(inner > 0);
        // Mostly near the edge, where a loose bound would fail.
        expect(inViewAtCentralAngle({ latitudeRad, longitudeRad }, a, (1 - fraction ** 4) * inner, beta, degToRad(maskDeg))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('puts every satellite beyond the cap bound below the mask of any WGS-84 site, and the inner cap inside the bound', () => {
    fc.assert(
      fc.property(geometry, ({ latitudeRad, longitudeRad, altitudeKm, maskDeg, fraction, beta }) => {
        const a = circularSemiMajorAxisM(altitudeKm * 1_000);
        const cap = visibilityCapBoundRad(a, degToRad(maskDeg));
        expect(visibilityInnerCapRad(a, degToRad(maskDeg))).toBeLessThan(cap);
        expect(inViewAtCentralAngle({ latitudeRad, longitudeRad }, a, cap + fraction ** 4 * (Math.PI - cap), beta, degToRad(maskDeg))).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves under 0.6 deg between the inner cap and the bound at 500 km and 20 deg (the samples that need the elevation test)', () => {
    // The two 0.25 deg changes of the mask and the polar and equatorial radii.
    const a = circularSemiMajorAxisM(500_000);
    expect(visibilityCapBoundRad(a, degToRad(20)) - visibilityInnerCapRad(a, degToRad(20))).toBeLessThan(degToRad(0.6));
    expect(visibilityInnerCapRad(a, degToRad(20))).toBeGreaterThan(degToRad(9));
  });
});

describe('stationContactSeries', () => {
  it('gives the same visibility with and without skipping the samples far from every site', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ latitudeRad: fc.double({ min: -1.5, max: 1.5, noNaN: true }), longitudeRad: fc.double({ min: -3.1, max: 3.1, noNaN: true }) }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 160, max: 2_000 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.integer({ min: 5, max: 300 }),
        (sites, altitudeKm, maskDeg, stepS) => {
          const a = circularSemiMajorAxisM(altitudeKm * 1_000);
          const input = {
            semiMajorAxisM: a,
            inclinationRad: sunSynchronousInclinationRad(a),
            ltanHours: 18,
            epochUnixS: Date.UTC(2035, 5, 1) / 1_000,
            durationS: 86_400,
            stepS,
            sites,
            elevationMaskRad: degToRad(maskDeg),
          };
          const skipped = stationContactSeries(input);
          const exhaustive = stationContactSeries({ ...input, exhaustive: true });
          expect(skipped.visibleMasks).toEqual(exhaustive.visibleMasks);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same visibility with and without skipping for any inclination and several spacecraft on the orbit (a relay)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ latitudeRad: fc.double({ min: -1.5, max: 1.5, noNaN: true }), longitudeRad: fc.double({ min: -3.1, max: 3.1, noNaN: true }) }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 160, max: 2_000 }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (sites, altitudeKm, inclinationRad, maskDeg, phaseCount, ltanHours) => {
          const input = {
            semiMajorAxisM: circularSemiMajorAxisM(altitudeKm * 1_000),
            inclinationRad,
            ltanHours,
            epochUnixS: Date.UTC(2035, 2, 1) / 1_000,
            durationS: 2 * 86_400,
            stepS: 60,
            sites,
            elevationMaskRad: degToRad(maskDeg),
            phaseCount,
          };
          const skipped = stationContactSeries(input);
          const exhaustive = stationContactSeries({ ...input, exhaustive: true });
          expect(skipped.visibleMasks).toEqual(exhaustive.visibleMasks);
          expect(skipped.runStarts).toEqual(exhaustive.runStarts);
          expect(skipped.runMasks).toEqual(exhaustive.runMasks);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same year of visibility with and without skipping, one spacecraft (the site-by-site walk)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ latitudeRad: fc.double({ min: -1.5, max: 1.5, noNaN: true }), longitudeRad: fc.double({ min: -3.1, max: 3.1, noNaN: true }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 300, max: 1_500 }),
        fc.double({ min: 0, max: 45, noNaN: true }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (sites, altitudeKm, maskDeg, ltanHours) => {
          const a = circularSemiMajorAxisM(altitudeKm * 1_000);
          const input = {
            semiMajorAxisM: a,
            inclinationRad: sunSynchronousInclinationRad(a),
            ltanHours,
            epochUnixS: yearStartUnixS(2035),
            durationS: 365 * 86_400,
            stepS: 60,
            sites,
            elevationMaskRad: degToRad(maskDeg),
          };
          const skipped = stationContactSeries(input);
          const exhaustive = stationContactSeries({ ...input, exhaustive: true });
          expect(skipped.runStarts).toEqual(exhaustive.runStarts);
          expect(skipped.runMasks).toEqual(exhaustive.runMasks);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('gives the same visibility with and without skipping for a ring of 45 and 72 spacecraft', () => {
    for (const phaseCount of [45, 72]) {
      const a = circularSemiMajorAxisM(650_000);
      const input = {
        semiMajorAxisM: a,
        inclinationRad: sunSynchronousInclinationRad(a),
        ltanHours: 18,
        epochUnixS: yearStartUnixS(2035),
        durationS: 3 * 86_400,
        stepS: 60,
        sites: DEFAULT_SITES,
        elevationMaskRad: degToRad(20),
        phaseCount,
      };
      expect(stationContactSeries(input).visibleMasks).toEqual(stationContactSeries({ ...input, exhaustive: true }).visibleMasks);
    }
  });

  it('keeps the year of contact of the default stations sample for sample (figures pinned before the runs and the plane skip)', () => {
    // 500 km dawn-dusk orbit, 2035, Table Mountain, Izana, Paranal, 20 deg mask, 60 s: counted
    // with the per-sample implementation this one replaced.
    const a = circularSemiMajorAxisM(500_000);
    const series = stationContactSeries({
      semiMajorAxisM: a,
      inclinationRad: sunSynchronousInclinationRad(a),
      ltanHours: 18,
      epochUnixS: yearStartUnixS(2035),
      durationS: 365 * 86_400,
      stepS: 60,
      sites: DEFAULT_SITES,
      elevationMaskRad: degToRad(20),
    });
    const samplesBySite = [0, 0, 0];
    let inView = 0;
    for (const mask of series.visibleMasks) {
      if (mask !== 0) inView++;
      for (let k = 0; k < 3; k++) samplesBySite[k]! += (mask >>> k) & 1;
    }
    expect(series.count).toBe(525_600);
    expect(series.runMasks.length).toBe(4_091); // 4,090 changes of mask after the first run
    expect(inView).toBe(7_967);
    expect(samplesBySite).toEqual([2_823, 2_623, 2_521]);
  });

  it('stores runs of different masks that expand to the per-sample masks', () => {
    const masks = Uint32Array.from([0, 0, 5, 5, 1, 0, 1, 1]);
    const series = contactSeriesFromMasks(60, masks);
    expect([...series.runStarts]).toEqual([0, 2, 4, 5, 6]);
    expect([...series.runMasks]).toEqual([0, 5, 1, 0, 1]);
    expect(series.visibleMasks).toEqual(masks);
    expect(contactSeriesFromMasks(60, Uint32Array.from([2, 2])).runStarts).toEqual(Uint32Array.from([0]));
  });

  it('refuses more sites than the mask has bits, naming the limit', () => {
    const site = { latitudeRad: 0, longitudeRad: 0 };
    expect(() =>
      stationContactSeries({ semiMajorAxisM: 7e6, inclinationRad: 1.7, ltanHours: 18, epochUnixS: 0, durationS: 600, stepS: 60, sites: Array(32).fill(site), elevationMaskRad: 0.3 }),
    ).toThrow(/at most 31/);
  });
});
