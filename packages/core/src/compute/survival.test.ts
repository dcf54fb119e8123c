import { describe, expect, it } from 'vitest';
import { lifetimeAverageSurvivingFraction, survivingFraction } from './survival.ts';

describe('survivingFraction', () => {
  it('is exp(-1) after one mean life (lambda t = 1)', () => {
    expect(survivingFraction(0.2, 5)).toBeCloseTo(Math.exp(-1), 12);
  });
});

describe('lifetimeAverageSurvivingFraction', () => {
  it('is 1 with no failures', () => {
    expect(lifetimeAverageSurvivingFraction(0, 5)).toBe(1);
  });

  it('matches a 10,000-step midpoint integral of exp(-lambda t) over the life in years', () => {
    const steps = 10_000;
    let sum = 0;
    for (let k = 0; k < steps; k++) sum += survivingFraction(0.091, ((k + 0.5) * 5) / steps);
    expect(lifetimeAverageSurvivingFraction(0.091, 5)).toBeCloseTo(sum / steps, 9);
  });
});
