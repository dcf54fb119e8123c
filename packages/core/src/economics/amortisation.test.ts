import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRecoveryFactor } from './amortisation.ts';

describe('capital recovery factor', () => {
  it('is 1/n per year at a zero discount rate (straight line)', () => {
    expect(capitalRecoveryFactor(0, 5)).toBe(0.2);
  });

  it('is 0.142378 per year at 7 % over 10 years (standard annuity table)', () => {
    expect(capitalRecoveryFactor(0.07, 10)).toBeCloseTo(0.142378, 6);
  });

  it('repays the capital: the present value of n payments of CRF is 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 0.3, noNaN: true }), fc.integer({ min: 1, max: 40 }), (rate, years) => {
        const payment = capitalRecoveryFactor(rate, years);
        let presentValue = 0;
        for (let k = 1; k <= years; k++) presentValue += payment / (1 + rate) ** k;
        expect(presentValue).toBeCloseTo(1, 9);
      }),
    );
  });
});
