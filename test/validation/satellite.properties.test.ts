import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSatellite, validateScenario, type ScenarioInput } from '@solstice/core';

/** Random satellite and compute sections over the ranges the schema allows. */
const satelliteInput = fc.record(
  {
    massKg: fc.double({ min: 1, max: 100_000, noNaN: true }),
    powerKw: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
    lifetimeYears: fc.double({ min: 0.5, max: 30, noNaN: true }),
    solarArrayM2: fc.double({ min: 0.1, max: 1_000_000, noNaN: true }),
    cellEfficiency: fc.double({ min: 0.01, max: 0.7, noNaN: true }),
    packingFactor: fc.double({ min: 0.1, max: 1, noNaN: true }),
    degradationPerYear: fc.double({ min: 0, max: 0.2, noNaN: true }),
    batteryDepthOfDischarge: fc.double({ min: 0.05, max: 1, noNaN: true }),
    eclipseLoadFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    radiatorTemperatureK: fc.double({ min: 270, max: 500, noNaN: true }),
    radiatorEmissivity: fc.double({ min: 0.5, max: 1, noNaN: true }),
    radiatorSolarAbsorptivity: fc.double({ min: 0, max: 0.5, noNaN: true }),
    radiatorSides: fc.constantFrom(1, 2),
    shieldingMmAl: fc.double({ min: 1, max: 100, noNaN: true }),
    doseDepthExponent: fc.double({ min: 0.1, max: 3, noNaN: true }),
    busMassFraction: fc.double({ min: 0, max: 0.8, noNaN: true }),
  },
  { requiredKeys: [] },
);
const computeInput = fc.record(
  {
    chip: fc.constantFrom('trillium', 'ironwood', 'h100'),
    chipPowerW: fc.double({ min: 1, max: 10_000, noNaN: true }),
    chipPeakFlops: fc.double({ min: 1e9, max: 1e18, noNaN: true }),
    utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
    failureRatePerYear: fc.double({ min: 0, max: 2, noNaN: true }),
    opticalTerminals: fc.integer({ min: 0, max: 32 }),
    avionicsPowerW: fc.double({ min: 0, max: 100_000, noNaN: true }),
  },
  { requiredKeys: [] },
);
const altitudeKm = fc.double({ min: 160, max: 2000, noNaN: true });

/** Every number in a result, with its path. */
function numbersIn(value: unknown, path = ''): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
  }
  return [];
}

const evaluate = (input: ScenarioInput) => evaluateSatellite(validateScenario(input));

describe('satellite system invariants over the ranges the schema allows', () => {
  it('evaluates every valid satellite and compute section to finite numbers (no NaN, no Infinity)', () => {
    fc.assert(
      fc.property(satelliteInput, computeInput, altitudeKm, (satellite, compute, altitude) => {
        const result = evaluate({ orbit: { altitudeKm: altitude }, satellite, compute } as ScenarioInput);
        for (const [path, value] of numbersIn(result)) expect(Number.isFinite(value), path).toBe(true);
        expect(result.compute.chipsPerSatellite).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it('more shielding gives less dose, and no more single events', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 99, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (thinMm, extraMm, exponent) => {
          const thickMm = Math.min(thinMm + extraMm, 100);
          if (thickMm <= thinMm) return;
          const thin = evaluate({ satellite: { shieldingMmAl: thinMm, doseDepthExponent: exponent } }).radiation;
          const thick = evaluate({ satellite: { shieldingMmAl: thickMm, doseDepthExponent: exponent } }).radiation;
          expect(thick.annualDoseRad).toBeLessThan(thin.annualDoseRad);
          expect(thick.hbmMarginX).toBeGreaterThan(thin.hbmMarginX);
          expect(thick.sdcPerChipPerYear).toBeLessThan(thin.sdcPerChipPerYear);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a hotter radiator is smaller, and a double-sided one is half the single-sided area', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 270, max: 499, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        altitudeKm,
        (coolK, deltaK, altitude) => {
          const hotK = Math.min(coolK + deltaK, 500);
          if (hotK <= coolK) return;
          const at = (radiatorTemperatureK: number, radiatorSides: number) =>
            evaluate({ orbit: { altitudeKm: altitude }, satellite: { radiatorTemperatureK, radiatorSides } }).thermal.radiatorAreaM2;
          expect(at(hotK, 2)).toBeLessThan(at(coolK, 2));
          expect(at(coolK, 2)).toBeCloseTo(at(coolK, 1) / 2, 9);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a larger array gives more power, more chips (or as many) and more derived mass', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 10_000, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), (areaM2, factor) => {
        const small = evaluate({ satellite: { solarArrayM2: areaM2 } });
        const large = evaluate({ satellite: { solarArrayM2: areaM2 * factor } });
        expect(large.power.arrayPowerW).toBeGreaterThan(small.power.arrayPowerW);
        expect(large.compute.chipsPerSatellite).toBeGreaterThanOrEqual(small.compute.chipsPerSatellite);
        expect(large.mass.satelliteKg).toBeGreaterThan(small.mass.satelliteKg);
      }),
      { numRuns: 50 },
    );
  });
});
