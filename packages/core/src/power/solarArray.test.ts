import { describe, expect, it } from 'vitest';
import { SOLAR_CONSTANT_W_PER_M2 } from '../constants.ts';
import { solarArrayAreaForPowerM2, solarArrayPowerW } from './solarArray.ts';

describe('solarArrayPowerW', () => {
  it('gives the solar constant in W for 1 m^2 of perfect, fully packed cells', () => {
    expect(solarArrayPowerW(1, 1, 1)).toBe(SOLAR_CONSTANT_W_PER_M2);
  });

  it('scales in W linearly with area, efficiency, packing and irradiance', () => {
    expect(solarArrayPowerW(10, 0.3, 0.8, 1_000)).toBeCloseTo(2_400, 9);
  });

  it('is inverted by solarArrayAreaForPowerM2 (m^2 back from W)', () => {
    const powerW = solarArrayPowerW(73.2, 0.22, 0.9);
    expect(solarArrayAreaForPowerM2(powerW, 0.22, 0.9)).toBeCloseTo(73.2, 10);
  });
});
