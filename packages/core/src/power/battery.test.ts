import { describe, expect, it } from 'vitest';
import { eclipseBatteryCapacityJ, orbitAverageLoadW } from './battery.ts';

describe('eclipseBatteryCapacityJ', () => {
  it('carries 1 kW through a 1 h eclipse at 50 % depth of discharge with 7.2 MJ (2 kWh)', () => {
    expect(eclipseBatteryCapacityJ(1_000, 3_600, 0.5)).toBe(7.2e6);
  });

  it('needs no battery in J when there is no eclipse', () => {
    expect(eclipseBatteryCapacityJ(28_000, 0, 0.4)).toBe(0);
  });
});

describe('orbitAverageLoadW', () => {
  it('carries the array W times the sunlit share of the orbit: 30 kW with 20 of 100 minutes dark is 24 kW', () => {
    expect(orbitAverageLoadW(30_000, 6_000, 1_200)).toBeCloseTo(24_000, 9);
  });

  it('carries the full array W without an eclipse', () => {
    expect(orbitAverageLoadW(30_000, 6_000, 0)).toBe(30_000);
  });
});
