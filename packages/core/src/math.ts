/**
 * Numerical guards and angle conversions, in one place (as d3-geo keeps its
 * `math.js`): floating-point round-off can push a cosine to 1 + 1e-16, and an
 * unguarded `Math.acos` then returns NaN.
 */

/** Radians per degree. */
export const RAD_PER_DEG = Math.PI / 180;

/** Degrees per radian. */
export const DEG_PER_RAD = 180 / Math.PI;

/** Converts an angle in degrees to radians. */
export function degToRad(angleDeg: number): number {
  return angleDeg * RAD_PER_DEG;
}

/** Converts an angle in radians to degrees. */
export function radToDeg(angleRad: number): number {
  return angleRad * DEG_PER_RAD;
}

/** Clamps `value` to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** `Math.acos` with its argument clamped to [-1, 1]; result in rad. */
export function clampedAcos(cosine: number): number {
  return Math.acos(clamp(cosine, -1, 1));
}

/** `Math.asin` with its argument clamped to [-1, 1]; result in rad. */
export function clampedAsin(sine: number): number {
  return Math.asin(clamp(sine, -1, 1));
}

/** Logarithm base 2. */
export function log2(value: number): number {
  return Math.log(value) / Math.LN2;
}

/**
 * `Math.floor` that forgives round-off just below a whole number: a ratio that
 * is exactly 24 on paper (2.4 THz / 100 GHz) can come out as 23.999999999999996.
 * Relative tolerance 1e-9.
 */
export function floorTolerant(value: number): number {
  return Math.floor(value + Math.abs(value) * 1e-9);
}

/** The k-th smallest (0-based) of values, by Hoare's quickselect; reorders values. */
function selectInPlace(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/**
 * Median of the values (mean of the two middle ones for an even count; 0 when
 * empty), in expected O(n) by quickselect (Hoare 1961, Algorithm 65); reorders values.
 */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  const upper = selectInPlace(values, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting the upper middle, everything before it is <= it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let q = 0; q < n >> 1; q++) if (values[q]! > lower) lower = values[q]!;
  return (lower + upper) / 2;
}

/**
 * The value of rank k (0-based) in the multiset holding values[q] counts[q]
 * times, q < length, by quickselect with a three-way partition (Dijkstra's
 * Dutch national flag) that sums the counts on each side; reorders both arrays.
 */
function selectWithCountsInPlace(values: Float64Array, counts: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length;
  let rank = k;
  for (;;) {
    const pivot = values[(lo + hi) >> 1]!;
    // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    let below = 0;
    let equal = 0;
    while (i < gt) {
      const value = values[i]!;
      const count = counts[i]!;
      if (value < pivot) {
        values[i] = values[lt]!;
        counts[i] = counts[lt]!;
        values[lt] = value;
        counts[lt] = count;
        below += count;
        lt++;
        i++;
      } else if (value > pivot) {
        gt--;
        values[i] = values[gt]!;
        counts[i] = counts[gt]!;
        values[gt] = value;
        counts[gt] = count;
      } else {
        equal += count;
        i++;
      }
    }
    if (rank < below) hi = lt;
    else if (rank < below + equal) return pivot;
    else {
      rank -= below + equal;
      lo = gt;
    }
  }
}

/**
 * Median of values each taken `counts[q]` times: the number `medianInPlace`
 * gives for the values repeated (mean of the two middle ones for an even
 * total; 0 when empty), by quickselect over the m entries with their counts
 * (`selectWithCountsInPlace`), expected O(m) whatever the counts.
 * @param values the distinct entries (any order; not reordered)
 * @param counts how many times each entry is taken, whole numbers >= 0
 */
export function medianOfCounts(values: Float64Array, counts: Float64Array): number {
  const entries = new Float64Array(values.length);
  const entryCounts = new Float64Array(values.length);
  let m = 0;
  let total = 0;
  for (let q = 0; q < values.length; q++) {
    if (!(counts[q]! > 0)) continue;
    entries[m] = values[q]!;
    entryCounts[m++] = counts[q]!;
    total += counts[q]!;
  }
  if (total === 0) return 0;
  const upperRank = Math.floor(total / 2);
  const upper = selectWithCountsInPlace(entries, entryCounts, m, upperRank);
  if (total % 2 === 1) return upper;
  return (selectWithCountsInPlace(entries, entryCounts, m, upperRank - 1) + upper) / 2;
}

/**
 * Complementary error function, erfc(x) = 1 - erf(x) = (2 / sqrt(pi)) int_x^inf
 * exp(-t^2) dt, with a fractional error below 1.2e-7 for every x (Press et al.,
 * Numerical Recipes in C, 2nd ed., section 6.2, `erfcc`: a Chebyshev fit to
 * erfc(z) exp(z^2) in t = 1 / (1 + z / 2)). Accurate in relative terms far into
 * the tail (erfc(5) = 1.54e-12), where 1 - erf(x) would cancel to nothing; for
 * x < 0 it uses erfc(-x) = 2 - erfc(x).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}
