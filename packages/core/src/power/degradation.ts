/**
 * Fraction of its initial power an array keeps after `years` of compound
 * annual degradation: L(t) = (1 - d)^t (Larson & Wertz, *SMAD* 3rd ed.,
 * §11.4, lifetime degradation).
 * @param degradationPerYear fractional power loss per year, 0 to < 1
 * @param years time since beginning of life, years
 * @returns remaining power fraction, 0 to 1
 */
export function arrayDegradationFactor(degradationPerYear: number, years: number): number {
  return (1 - degradationPerYear) ** years;
}

/**
 * Average of `arrayDegradationFactor` over a life of L years:
 * (1/L) integral_0^L (1 - d)^t dt = ((1 - d)^L - 1) / (L ln(1 - d)), which
 * tends to 1 - d L / 2 for small d and is exactly 1 for d = 0.
 * @param degradationPerYear fractional power loss per year, 0 to < 1
 * @param lifetimeYears life L, years (above 0)
 * @returns lifetime-average power fraction, 0 to 1
 */
export function lifetimeAverageDegradationFactor(degradationPerYear: number, lifetimeYears: number): number {
  const logKeep = Math.log1p(-degradationPerYear);
  const exponent = logKeep * lifetimeYears;
  // For |x| tiny, expm1(x) / x -> 1; guard the 0/0 of d = 0.
  if (Math.abs(exponent) < 1e-12) return 1;
  return Math.expm1(exponent) / exponent;
}
