import { describe, expect, it } from 'vitest';
import { arrayDegradationFactor, lifetimeAverageDegradationFactor } from './degradation.ts';

describe('arrayDegradationFactor', () => {
  it('compounds the annual loss: 10 %/year leaves 0.81 after 2 years', () => {
    expect(arrayDegradationFactor(0.1, 2)).toBeCloseTo(0.81, 12);
  });
});

describe('lifetimeAverageDegradationFactor', () => {
  it('is exactly 1 without degradation', () => {
    expect(lifetimeAverageDegradationFactor(0, 5)).toBe(1);
  });

  it('matches a 10,000-step midpoint integral of (1 - d)^t over the life', () => {
    const d = 0.0275;
    const lifeYears = 7;
    const steps = 10_000;
    let sum = 0;
    for (let k = 0; k < steps; k++) sum += arrayDegradationFactor(d, ((k + 0.5) * lifeYears) / steps);
    expect(lifetimeAverageDegradationFactor(d, lifeYears)).toBeCloseTo(sum / steps, 9);
  });

  it('tends to 1 - d L / 2 for a small annual loss', () => {
    expect(lifetimeAverageDegradationFactor(1e-6, 4)).toBeCloseTo(1 - 2e-6, 11);
  });
});
