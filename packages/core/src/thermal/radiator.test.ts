import { describe, expect, it } from 'vitest';
import { STEFAN_BOLTZMANN_W_PER_M2_K4 } from '../constants.ts';
import { radiatorAbsorbedFluxWPerM2, radiatorAreaM2, radiatorNetFluxWPerM2 } from './radiator.ts';

const deepSpace = { earthInfraredWPerM2: 237, albedo: 0.3, solarIrradianceWPerM2: 1361, earthViewFactor: 0 };
const surface = { emissivity: 0.9, solarAbsorptivity: 0.2, temperatureK: 300 };

describe('radiatorAreaM2', () => {
  it('rejects Q = eps sigma T^4 A from one face facing deep space (1 m^2 at 300 K emits 413.4 W)', () => {
    const emittedW = 0.9 * STEFAN_BOLTZMANN_W_PER_M2_K4 * 300 ** 4;
    expect(emittedW).toBeCloseTo(413.4, 1);
    expect(radiatorAreaM2(emittedW, surface, deepSpace, 1)).toBeCloseTo(1, 12);
  });

  it('halves the m^2 when both faces radiate', () => {
    expect(radiatorAreaM2(5_000, surface, deepSpace, 2)).toBeCloseTo(radiatorAreaM2(5_000, surface, deepSpace, 1) / 2, 12);
  });

  it('throws a RangeError naming the temperature when the Earth heats the face more than it cools', () => {
    const cold = { emissivity: 0.9, solarAbsorptivity: 0.2, temperatureK: 150 };
    const earthFacing = { ...deepSpace, earthViewFactor: 1 };
    expect(() => radiatorAreaM2(1_000, cold, earthFacing, 1)).toThrow(/150 K/);
  });
});

describe('radiatorAbsorbedFluxWPerM2', () => {
  it('adds eps q_IR F and alpha a S F in W/m^2: 0.9 x 237 x 0.5 + 0.2 x 0.3 x 1361 x 0.5 = 147.48', () => {
    const environment = { ...deepSpace, earthViewFactor: 0.5 };
    expect(radiatorAbsorbedFluxWPerM2(surface, environment)).toBeCloseTo(147.48, 9);
    expect(radiatorNetFluxWPerM2(surface, environment)).toBeCloseTo(0.9 * STEFAN_BOLTZMANN_W_PER_M2_K4 * 300 ** 4 - 147.48, 9);
  });
});
