/**
 * Capital recovery factor: the level annual payment per unit of capital over
 * `years` at discount rate r, r (1 + r)^n / ((1 + r)^n - 1) (e.g. Short, Packey
 * and Holt, "A Manual for the Economic Evaluation of Energy Efficiency and
 * Renewable Energy Technologies", NREL/TP-462-5173, 1995, Eq. 4-5). At r = 0 it is
 * 1 / n, the straight-line amortisation of the Suncatcher paper's Table 1.
 * @param discountRate annual discount rate, 0 or more (0.07 = 7 %)
 * @param years amortisation period, years (> 0)
 * @returns 1/year
 */
export function capitalRecoveryFactor(discountRate: number, years: number): number {
  // Below r n = 1e-12 the exact form loses every digit to round-off; CRF = 1/n + r/2 + O(r^2 n) there.
  if (discountRate * years < 1e-12) return 1 / years + discountRate / 2;
  const growthMinusOne = Math.expm1(years * Math.log1p(discountRate));
  return (discountRate * (growthMinusOne + 1)) / growthMinusOne;
}
