import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circularSemiMajorAxisM } from '../orbit/circularOrbit.ts';
import { sunSynchronousInclinationRad } from '../orbit/sunSynchronous.ts';
import { degToRad } from '../math.ts';
import { stationContactSeries } from './groundContact.ts';

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

  it('refuses more sites than the mask has bits, naming the limit', () => {
    const site = { latitudeRad: 0, longitudeRad: 0 };
    expect(() =>
      stationContactSeries({ semiMajorAxisM: 7e6, inclinationRad: 1.7, ltanHours: 18, epochUnixS: 0, durationS: 600, stepS: 60, sites: Array(32).fill(site), elevationMaskRad: 0.3 }),
    ).toThrow(/at most 31/);
  });
});
