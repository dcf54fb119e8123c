import { clamp } from '../math.ts';
import { standardNormalCdf, standardNormalQuantile } from './normal.ts';

/**
 * A probability distribution of one numeric scenario input, in the unit of the
 * input's key (a distribution on `ground.electricityUsdPerKwh` is in USD/kWh).
 * The shape is the scenario file's: `{ distribution, params }`.
 * - `uniform`: every value in [min, max] equally likely.
 * - `normal`: mean and standard deviation `sd`, optionally truncated to [min, max].
 * - `triangular`: min, most likely `mode`, max.
 * - `lognormal`: ln X ~ N(ln median, sigma²) (`sigma` is the standard deviation
 *   of ln X, dimensionless), optionally truncated to [min, max].
 */
export type Distribution =
  | { readonly distribution: 'uniform'; readonly params: { readonly min: number; readonly max: number } }
  | {
      readonly distribution: 'normal';
      readonly params: { readonly mean: number; readonly sd: number; readonly min?: number | undefined; readonly max?: number | undefined };
    }
  | { readonly distribution: 'triangular'; readonly params: { readonly min: number; readonly mode: number; readonly max: number } }
  | {
      readonly distribution: 'lognormal';
      readonly params: { readonly median: number; readonly sigma: number; readonly min?: number | undefined; readonly max?: number | undefined };
    };

/** The distribution kinds, as the scenario file names them. */
export const DISTRIBUTION_KINDS = ['uniform', 'normal', 'triangular', 'lognormal'] as const;

/**
 * The interval a distribution can produce values in: [min, max] for uniform and
 * triangular, the truncation bounds (or ±∞, and 0 below a lognormal) otherwise.
 * @returns bounds in the input's unit
 */
export function distributionSupport(distribution: Distribution): { readonly min: number; readonly max: number } {
  const { params } = distribution;
  switch (distribution.distribution) {
    case 'uniform':
    case 'triangular':
      return { min: distribution.params.min, max: distribution.params.max };
    case 'normal':
      return { min: params.min ?? Number.NEGATIVE_INFINITY, max: params.max ?? Number.POSITIVE_INFINITY };
    case 'lognormal':
      return { min: Math.max(0, params.min ?? 0), max: params.max ?? Number.POSITIVE_INFINITY };
  }
}

/** Maps p in [0, 1] onto the normal quantile truncated to [lowerZ, upperZ] (standard units). */
function truncatedStandardNormalQuantile(p: number, lowerZ: number, upperZ: number): number {
  const lowerP = standardNormalCdf(lowerZ);
  const upperP = standardNormalCdf(upperZ);
  return clamp(standardNormalQuantile(lowerP + p * (upperP - lowerP)), lowerZ, upperZ);
}

/**
 * The quantile (inverse CDF) of a distribution: the value x with P(X <= x) = p.
 * Sampling draws p uniformly (Monte Carlo) or one per stratum (Latin
 * hypercube) and maps it through here, so every method shares one formula.
 * - uniform: min + p (max - min).
 * - triangular: min + √(p (max - min)(mode - min)) for p <= (mode - min)/(max - min),
 *   else max - √((1 - p)(max - min)(max - mode)) (Evans, Hastings & Peacock,
 *   Statistical Distributions, 3rd ed., ch. 40).
 * - normal: mean + sd Φ⁻¹(p'), with p' rescaled into [Φ(zmin), Φ(zmax)] when truncated.
 * - lognormal: median exp(sigma Φ⁻¹(p')), likewise.
 * @param p cumulative probability, dimensionless, in [0, 1]
 * @returns the value, in the input's unit, within `distributionSupport`
 */
export function distributionQuantile(distribution: Distribution, p: number): number {
  switch (distribution.distribution) {
    case 'uniform': {
      const { min, max } = distribution.params;
      return min + p * (max - min);
    }
    case 'triangular': {
      const { min, mode, max } = distribution.params;
      const width = max - min;
      if (width === 0) return min;
      if (p * width <= mode - min) return min + Math.sqrt(p * width * (mode - min));
      return max - Math.sqrt((1 - p) * width * (max - mode));
    }
    case 'normal': {
      const { mean, sd, min, max } = distribution.params;
      const lowerZ = min === undefined ? Number.NEGATIVE_INFINITY : (min - mean) / sd;
      const upperZ = max === undefined ? Number.POSITIVE_INFINITY : (max - mean) / sd;
      return mean + sd * truncatedStandardNormalQuantile(p, lowerZ, upperZ);
    }
    case 'lognormal': {
      const { median, sigma, min, max } = distribution.params;
      const lowerZ = min === undefined || min <= 0 ? Number.NEGATIVE_INFINITY : Math.log(min / median) / sigma;
      const upperZ = max === undefined ? Number.POSITIVE_INFINITY : Math.log(max / median) / sigma;
      return median * Math.exp(sigma * truncatedStandardNormalQuantile(p, lowerZ, upperZ));
    }
  }
}

/**
 * The probability mass a distribution's untruncated law places inside its
 * truncation bounds, dimensionless: 1 for uniform and triangular. A tiny
 * value means the bounds sit far in a tail and the samples would pile up at one.
 */
export function distributionMassInside(distribution: Distribution): number {
  switch (distribution.distribution) {
    case 'uniform':
    case 'triangular':
      return 1;
    case 'normal': {
      const { mean, sd, min, max } = distribution.params;
      const upper = max === undefined ? 1 : standardNormalCdf((max - mean) / sd);
      const lower = min === undefined ? 0 : standardNormalCdf((min - mean) / sd);
      return upper - lower;
    }
    case 'lognormal': {
      const { median, sigma, min, max } = distribution.params;
      const upper = max === undefined ? 1 : standardNormalCdf(Math.log(max / median) / sigma);
      const lower = min === undefined || min <= 0 ? 0 : standardNormalCdf(Math.log(min / median) / sigma);
      return upper - lower;
    }
  }
}
