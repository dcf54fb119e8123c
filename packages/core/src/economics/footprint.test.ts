import { describe, expect, it } from 'vitest';
import { flopsPerKwYear, groundFootprint, orbitalFootprint, perFlop } from './footprint.ts';

const chip = { chipPowerW: 500, chipPeakFlops: 1e15, utilization: 0.5 };
const YEAR_S = 8_760 * 3_600;

describe('footprints per kW-year and per FLOP', () => {
  it('a kW of 500 W chips at 1e15 FLOP/s and 50 % delivers 2 x 5e14 x 3.1536e7 = 3.1536e22 FLOP a year', () => {
    expect(flopsPerKwYear(chip)).toBeCloseTo(2 * 5e14 * YEAR_S, -10);
  });

  it('ground: 1 kW x PUE 1.5 for a year, chips over 4 years plus failures (whole fleet), facility over 20 years', () => {
    const footprint = groundFootprint({
      powerUsageEffectiveness: 1.5,
      hostOverheadFraction: 0,
      chipPolicy: 'whole-fleet',
      gridKgCo2ePerJ: 0.4 / 3.6e6,
      chipPowerW: 500,
      chipFailuresPerYear: 0.1,
      hardwareLifetimeYears: 4,
      facilityLifetimeYears: 20,
      chip: { energyJ: 1e9, carbonKg: 100 },
      facilityPerKw: { energyJ: 2e10, carbonKg: 2_000 },
    });
    expect(footprint.operationalEnergyJPerKwYear).toBeCloseTo(1_500 * YEAR_S, -3);
    expect(footprint.operationalCarbonKgPerKwYear).toBeCloseTo(8_760 * 1.5 * 0.4, 6);
    // 2 chips x 100 kg x (1/4 + 0.1) + 2,000 kg / 20 = 70 + 100.
    expect(footprint.embodiedCarbonKgPerKwYear).toBeCloseTo(170, 9);
    // Operational energy per FLOP: 500 W x 1.5 / (1e15 x 0.5) = 1.5e-12 J.
    expect(perFlop(footprint.operationalEnergyJPerKwYear, chip)).toBeCloseTo(1.5e-12, 24);
  });

  it('ground: hosts at 25 % draw 1.25 kW per kW of accelerators, and the facility is built for them', () => {
    const inputs = {
      powerUsageEffectiveness: 1.5,
      hostOverheadFraction: 0.25,
      chipPolicy: 'rolling-fleet',
      gridKgCo2ePerJ: 0.4 / 3.6e6,
      chipPowerW: 500,
      chipFailuresPerYear: 0,
      hardwareLifetimeYears: 4,
      facilityLifetimeYears: 20,
      chip: { energyJ: 1e9, carbonKg: 100 },
      facilityPerKw: { energyJ: 2e10, carbonKg: 2_000 },
    } as const;
    const footprint = groundFootprint(inputs);
    expect(footprint.operationalEnergyJPerKwYear).toBeCloseTo(1_500 * 1.25 * YEAR_S, -3);
    // 2 chips x 100 kg / 4 + 2,000 kg x 1.25 / 20 = 50 + 125.
    expect(footprint.embodiedCarbonKgPerKwYear).toBeCloseTo(175, 9);
  });

  it('orbit: per satellite embodied over its life plus failures, per kW of surviving IT power, no operational emissions', () => {
    const footprint = orbitalFootprint({
      massKg: 1_000,
      powerW: 20_000,
      computePowerW: 10_000,
      deliveredItFraction: 0.8,
      lifetimeYears: 5,
      satelliteFailuresPerYear: 0.05,
      chipPowerW: 500,
      chip: { energyJ: 1e9, carbonKg: 100 },
      arrayPerW: { energyJ: 4e6, carbonKg: 0.5 },
      busPerKg: { energyJ: 1e9, carbonKg: 50 },
      launchPerKg: { energyJ: 3e8, carbonKg: 20 },
    });
    // Satellite: 20 chips x 100 + 20,000 W x 0.5 + 1,000 kg x (50 + 20) = 82,000 kg; x (1/5 + 0.05) / (10 kW x 0.8).
    expect(footprint.embodiedCarbonKgPerKwYear).toBeCloseTo((82_000 * 0.25) / 8, 9);
    expect(footprint.operationalCarbonKgPerKwYear).toBe(0);
    // 20 kW of sunlight for a year per 8 kW of delivered IT power.
    expect(footprint.operationalEnergyJPerKwYear).toBeCloseTo((20_000 * YEAR_S) / 8, -3);
  });
});
