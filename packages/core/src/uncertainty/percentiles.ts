/**
 * The p-quantile of ascending-sorted values with linear interpolation between
 * order statistics (Hyndman & Fan 1996, definition 7; numpy's and R's default):
 * h = (n - 1) p, q = x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋]).
 * @param sorted values in ascending order (any unit; the result has the same)
 * @param p probability, dimensionless, in [0, 1]
 * @returns the quantile, or NaN for no values
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, n - 1);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  // Equal neighbours (two +∞ for "never") interpolate to themselves, not NaN.
  if (low === high) return low;
  const fraction = h - lower;
  const span = high - low;
  // Neighbours near ±Number.MAX_VALUE overflow the span: weigh them instead. The clamp keeps
  // round-off from stepping outside [low, high], so percentiles stay ordered.
  const value = Number.isFinite(span) ? low + fraction * span : low * (1 - fraction) + high * fraction;
  return Math.min(Math.max(value, low), high);
}

/** The 10th, 50th and 90th percentiles of a sample, in the sample's unit. */
export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/**
 * p10, p50 and p90 of a sample (Hyndman & Fan definition 7). NaN values are
 * refused; +∞ (e.g. "no break-even year") sorts last and may be a percentile.
 * @param values the sample, any unit
 * @returns the percentiles, in the sample's unit
 */
export function percentilesOf(values: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length > 0 && Number.isNaN(sorted[sorted.length - 1])) throw new RangeError('percentilesOf: the sample contains NaN');
  return { p10: quantileOfSorted(sorted, 0.1), p50: quantileOfSorted(sorted, 0.5), p90: quantileOfSorted(sorted, 0.9) };
}
