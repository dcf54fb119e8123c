import { describe, expect, it } from 'vitest';
import {
  cumulativeMassDoublings,
  cumulativeMassForPriceKg,
  evaluateScenario,
  groundPowerUsdPerKwYear,
  launchedPowerUsdPerKwYear,
  referenceValue,
  TABLE1,
  validateScenario,
  wrightLawPriceUsdPerKg,
} from '@solstice/core';

const paperCurve = {
  referencePriceUsdPerKg: referenceValue('launch.referencePrice'),
  referenceCumulativeMassKg: referenceValue('launch.referenceCumulativeMass') * 1_000,
  learningRate: referenceValue('launch.learningRate'),
};

describe("the paper's Table 1: launched power price (source: arXiv:2511.19468, Table 1)", () => {
  // Tolerance 2 %: the paper rounds its entries (e.g. 575 x 3600 / (28 x 5) = 14,786 printed as 14,700).
  it.each(TABLE1.rows.map((row) => [row.satellite, row] as const))('%s at 3,600 and 200 USD/kg', (_name, row) => {
    const at3600 = launchedPowerUsdPerKwYear(row.massKg, 3_600, row.powerKw * 1_000, row.lifetimeYears);
    const at200 = launchedPowerUsdPerKwYear(row.massKg, 200, row.powerKw * 1_000, row.lifetimeYears);
    expect(Math.abs(at3600 / row.usdPerKwYearAt3600 - 1)).toBeLessThan(0.02);
    expect(Math.abs(at200 / row.usdPerKwYearAt200 - 1)).toBeLessThan(0.02);
  });

  it('solstice eval of the baseline at a fixed 200 USD/kg gives the Starlink v2 mini row', () => {
    const evaluation = evaluateScenario(validateScenario({ launch: { priceUsdPerKg: 200 } }));
    expect(evaluation.economics.launchPriceSource).toBe('fixed');
    expect(Math.abs(evaluation.economics.launchedPowerUsdPerKwYear / 810 - 1)).toBeLessThan(0.02);
  });

  it('a Starlink-v2-mini-like constellation at 300 USD/kg costs about 1,200 USD/kW/y (paper section 4.4)', () => {
    const evaluation = evaluateScenario(validateScenario({ launch: { priceUsdPerKg: 300 } }));
    expect(Math.abs(evaluation.economics.launchedPowerUsdPerKwYear / referenceValue('economics.constellationAt300') - 1)).toBeLessThan(0.05);
  });
});

describe("the paper's ground price band: 570-3,000 USD/kW/y for 0.06-0.25 USD/kWh and PUE 1.09-1.4", () => {
  // Tolerance 2.5 %: 0.25 x 8760 x 1.4 = 3,066, which the paper rounds to 3,000.
  it('low end', () => {
    const low = groundPowerUsdPerKwYear(referenceValue('ground.electricityLow'), referenceValue('ground.pueLow'));
    expect(Math.abs(low / referenceValue('ground.powerSpendLow') - 1)).toBeLessThan(0.025);
  });
  it('high end', () => {
    const high = groundPowerUsdPerKwYear(referenceValue('ground.electricityHigh'), referenceValue('ground.pueHigh'));
    expect(Math.abs(high / referenceValue('ground.powerSpendHigh') - 1)).toBeLessThan(0.025);
  });
});

describe("the paper's learning curve (section 2.4)", () => {
  it('1,800 to 200 USD/kg takes 9.85 doublings, about 369,000 t cumulative', () => {
    const massKg = cumulativeMassForPriceKg(paperCurve, 200);
    expect(cumulativeMassDoublings(paperCurve, massKg)).toBeCloseTo(9.85, 2);
    expect(Math.abs(massKg / 1_000 / 369_000 - 1)).toBeLessThan(0.01);
  });

  it('the slower case, 104,000 t more, reaches about 300 USD/kg', () => {
    const massKg = (referenceValue('launch.massFor300') + referenceValue('launch.referenceCumulativeMass')) * 1_000;
    expect(Math.abs(wrightLawPriceUsdPerKg(paperCurve, massKg) / referenceValue('launch.priceSlowCase') - 1)).toBeLessThan(0.01);
  });

  it('the baseline scenario reaches about 200 USD/kg in 2035 on the suncatcher-200 cadence', () => {
    const { economics } = evaluateScenario(validateScenario({}));
    expect(Math.abs(economics.launchPriceUsdPerKg / 200 - 1)).toBeLessThan(0.01);
  });
});
