import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Half of the 2⁻⁵³ spacing of `uniformFloat64`, which moves its [0, 1) grid into (0, 1). */
const HALF_ULP_53 = 2 ** -54;

/**
 * `count` uniform numbers in the open interval (0, 1), reproducible for a seed:
 * xoroshiro128+ (Blackman & Vigna 2018, via pure-rand) through pure-rand's
 * 53-bit `uniformFloat64`, shifted by half a step so that no value is 0 or 1
 * and every quantile function stays finite.
 * @param seed any integer (pure-rand keeps its low 32 bits)
 * @returns a new Float64Array of length `count`, dimensionless
 */
export function seededUniforms(seed: number, count: number): Float64Array {
  const rng = xoroshiro128plus(seed | 0);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = uniformFloat64(rng) + HALF_ULP_53;
  return out;
}
