import { describe, expect, it } from 'vitest';
import { ALUMINIUM_DENSITY_KG_PER_M3 } from '../constants.ts';
import { satelliteMassKg, shieldMassKg } from './satelliteMass.ts';

describe('satelliteMassKg', () => {
  it('adds the bus as a fraction of the total: 700 kg of subsystems with a 30 % bus is 1,000 kg', () => {
    const masses = { solarArrayKg: 300, batteryKg: 100, radiatorKg: 100, computeKg: 150, shieldingKg: 50 };
    expect(satelliteMassKg(masses, 0.3)).toBeCloseTo(1_000, 9);
  });
});

describe('shieldMassKg', () => {
  it('is rho t A: 10 mm of aluminium over 1 m^2 weighs 27 kg', () => {
    expect(shieldMassKg(0.01, 1, ALUMINIUM_DENSITY_KG_PER_M3)).toBeCloseTo(27, 12);
  });
});
