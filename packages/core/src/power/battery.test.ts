import { describe, expect, it } from 'vitest';
import { eclipseBatteryCapacityJ } from './battery.ts';

describe('eclipseBatteryCapacityJ', () => {
  it('carries 1 kW through a 1 h eclipse at 50 % depth of discharge with 7.2 MJ (2 kWh)', () => {
    expect(eclipseBatteryCapacityJ(1_000, 3_600, 0.5)).toBe(7.2e6);
  });

  it('needs no battery in J when there is no eclipse', () => {
    expect(eclipseBatteryCapacityJ(28_000, 0, 0.4)).toBe(0);
  });
});
