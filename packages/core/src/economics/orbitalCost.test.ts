import { describe, expect, it } from 'vitest';
import { orbitalCostBreakdown } from './orbitalCost.ts';

const bare = {
  massKg: 575,
  computePowerW: 28_000,
  deliveredItFraction: 1,
  lifetimeYears: 5,
  launchPriceUsdPerKg: 200,
  hardwareUsd: 0,
  operationsFractionPerYear: 0,
  satelliteFailuresPerYear: 0,
  chipUsdPerW: 30,
  nreUsdPerKwYear: 0,
  discountRate: 0,
  carbonUsdPerKwYear: 0,
};

describe('orbital cost per kW-year', () => {
  it("is the paper's Table 1 launched-power price with launch alone: 575 kg x 200 USD/kg / (28 kW x 5 y) = 821 USD/kW/y", () => {
    expect(orbitalCostBreakdown({ ...bare, chipUsdPerW: 0 }).totalUsdPerKwYear).toBeCloseTo((575 * 200) / (28 * 5), 9);
    expect(orbitalCostBreakdown(bare).infrastructureUsdPerKwYear).toBeCloseTo((575 * 200) / (28 * 5), 9);
  });

  it('pays the chips over the life: 30 USD/W x 1,000 W / 5 y = 6,000 USD/kW/y, in the total and not the infrastructure', () => {
    const cost = orbitalCostBreakdown(bare);
    expect(cost.chipsUsdPerKwYear).toBeCloseTo(6_000, 9);
    expect(cost.totalUsdPerKwYear - cost.infrastructureUsdPerKwYear).toBeCloseTo(6_000, 9);
  });

  it('adds hardware over the life, operations as a fraction of hardware, and failed satellites at launch + hardware', () => {
    const cost = orbitalCostBreakdown({ ...bare, hardwareUsd: 560_000, operationsFractionPerYear: 0.05, satelliteFailuresPerYear: 0.02 });
    expect(cost.hardwareUsdPerKwYear).toBeCloseTo(560_000 / 5 / 28, 9);
    expect(cost.operationsUsdPerKwYear).toBeCloseTo((560_000 * 0.05) / 28, 9);
    expect(cost.replacementUsdPerKwYear).toBeCloseTo((0.02 * (575 * 200 + 560_000)) / 28, 9);
  });

  it('divides everything by the delivered IT power, chips included: 80 % delivered', () => {
    const cost = orbitalCostBreakdown({ ...bare, deliveredItFraction: 0.8, satelliteFailuresPerYear: 0.02 });
    expect(cost.launchUsdPerKwYear).toBeCloseTo((575 * 200) / 5 / (28 * 0.8), 9);
    // 30 USD/W x 28,000 W x (1/5 y + 0.02 failed satellites a year) / 22.4 kW.
    expect(cost.chipsUsdPerKwYear).toBeCloseTo((30 * 28_000 * 0.22) / 22.4, 9);
  });
});
