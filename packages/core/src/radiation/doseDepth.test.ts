import { describe, expect, it } from 'vitest';
import { doseMarginX, shieldedAnnualDoseRadPerYear } from './doseDepth.ts';

describe('shieldedAnnualDoseRadPerYear', () => {
  it('returns the reference rad/year at the reference thickness', () => {
    expect(shieldedAnnualDoseRadPerYear(150, 0.01, 0.01, 1)).toBe(150);
  });

  it('halves the rad/year when an inverse-thickness law doubles the aluminium', () => {
    expect(shieldedAnnualDoseRadPerYear(150, 0.01, 0.02, 1)).toBeCloseTo(75, 12);
  });

  it('falls faster in rad/year with a larger exponent', () => {
    expect(shieldedAnnualDoseRadPerYear(150, 0.01, 0.02, 2)).toBeCloseTo(37.5, 12);
  });
});

describe('doseMarginX', () => {
  it('is tolerance over mission dose: 2,000 rad over 750 rad is 2.67', () => {
    expect(doseMarginX(2_000, 750)).toBeCloseTo(2.667, 3);
  });
});
