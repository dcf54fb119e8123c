import { describe, expect, it } from 'vitest';
import { chipsPerSatellite, computePowerAvailableW } from './chipBudget.ts';

const budget = {
  satellitePowerW: 10_000,
  chipPowerW: 500,
  hostOverheadFraction: 0.2,
  opticalTerminalsPowerW: 800,
  avionicsPowerW: 200,
  thermalControlFraction: 0.05,
};

describe('chipsPerSatellite', () => {
  it('takes thermal control, terminals and avionics off the satellite W before the chips: 10,000 x 0.95 - 1,000 = 8,500 W', () => {
    expect(computePowerAvailableW(budget)).toBeCloseTo(8_500, 9);
  });

  it('counts whole chips with their host share: floor(8,500 W / 600 W) = 14', () => {
    expect(chipsPerSatellite(budget)).toBe(14);
  });

  it('gives 0 chips and 0 W, never a negative count, when the overheads exceed the power', () => {
    const starved = { ...budget, satellitePowerW: 500 };
    expect(computePowerAvailableW(starved)).toBe(0);
    expect(chipsPerSatellite(starved)).toBe(0);
  });

  it('reads a satellite power other than the budget\'s as the budget with that power: 6,000 x 0.95 - 1,000 = 4,700 W', () => {
    expect(computePowerAvailableW(budget, 6_000)).toBe(computePowerAvailableW({ ...budget, satellitePowerW: 6_000 }));
    expect(computePowerAvailableW(budget, 6_000)).toBeCloseTo(4_700, 9);
  });
});
