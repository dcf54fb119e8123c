/**
 * Fraction of chips still working after `years` with a constant failure rate and
 * no repair (exponential reliability): R(t) = exp(-lambda t).
 * @param failureRatePerYear hard failures per chip per year, lambda >= 0
 * @param years time in orbit, years
 * @returns surviving fraction, 0 to 1
 */
export function survivingFraction(failureRatePerYear: number, years: number): number {
  return Math.exp(-failureRatePerYear * years);
}

/**
 * Average surviving fraction over a life L: (1/L) integral_0^L exp(-lambda t) dt =
 * (1 - exp(-lambda L)) / (lambda L), and 1 for lambda = 0.
 * @param failureRatePerYear hard failures per chip per year, lambda >= 0
 * @param lifetimeYears life L, years (above 0)
 * @returns lifetime-average surviving fraction, 0 to 1
 */
export function lifetimeAverageSurvivingFraction(failureRatePerYear: number, lifetimeYears: number): number {
  const exposure = failureRatePerYear * lifetimeYears;
  if (exposure < 1e-12) return 1;
  return -Math.expm1(-exposure) / exposure;
}
