import { quantileOfSorted } from './percentiles.ts';
import { seededUniforms } from '../probability/random.ts';
import { SOBOL_SEQUENCE_MAX_DIMENSIONS, sobolSequence } from './sobolSequence.ts';

/**
 * Global (variance-based) sensitivity: Sobol' first-order and total indices
 * by the Saltelli (2010) design and estimators.
 *
 * For Y = f(X₁ … X_d) with independent inputs, the first-order index of Xᵢ is
 * Sᵢ = V[E(Y | Xᵢ)] / V(Y) (the share of the variance Xᵢ explains alone) and its
 * total index S_Ti = E[V(Y | X₋ᵢ)] / V(Y) (its share with every interaction it
 * takes part in); Sobol' (1993, Math. Model. Comput. Exp. 1(4)), Homma & Saltelli
 * (1996, Reliab. Eng. Syst. Saf. 52). Σ Sᵢ ≤ 1 ≤ Σ S_Ti, with equality for an
 * additive model; S_Ti - Sᵢ is the share of Xᵢ's interactions.
 *
 * Design (Saltelli et al. 2010, "Variance based sensitivity analysis of model
 * output", Comput. Phys. Commun. 181, 259-270, §3): two independent N x d
 * matrices A and B of points in the unit hypercube, and for each input i the
 * matrix A_B⁽ⁱ⁾ = A with its column i taken from B; N (d + 2) model runs.
 * A and B are, as in the paper, the first and last d columns of a 2d-dimensional
 * Sobol' sequence (`sobolSequence`, randomised by a seeded digital shift), or,
 * past its 64 dimensions or on request, seeded pseudo-random points
 * (xoroshiro128+, `seededUniforms`), whose error falls as N^-1/2 only. The
 * bootstrap confidence interval reports the error (conservatively for the
 * quasi-random design).
 */

/** How A and B are drawn: a randomised Sobol' sequence, or pseudo-random points. */
export type SaltelliSequence = 'sobol' | 'random';

/** The sequence `saltelliDesign` uses by default: Sobol' when 2d fits its dimensions. */
export function defaultSaltelliSequence(dimensions: number): SaltelliSequence {
  return 2 * dimensions <= SOBOL_SEQUENCE_MAX_DIMENSIONS ? 'sobol' : 'random';
}

/** Rows of the Saltelli design: A, B, then A_B⁽¹⁾ … A_B⁽ᵈ⁾, N rows each. */
export interface SaltelliDesign {
  /** N, the base sample count. */
  readonly samples: number;
  /** d, the number of inputs. */
  readonly dimensions: number;
  readonly sequence: SaltelliSequence;
  /** N (d + 2) points, row-major (`points[row * d + j]`), dimensionless, in (0, 1). */
  readonly points: Float64Array;
}

/**
 * The Saltelli (2010, §3) sample: A (rows 0 … N-1), B (rows N … 2N-1), then
 * for each input i, A_B⁽ⁱ⁾ (rows (2 + i) N … (3 + i) N - 1), equal to A except
 * column i, which is B's. Sobol': A and B are the first and last d columns
 * of N points of a 2d-dimensional sequence (best with N a power of 2); random:
 * one seeded stream, A first.
 * @param samples N, a whole number of at least 2
 * @param dimensions d, a whole number of at least 1
 * @param seed any integer; the same seed gives the same design
 */
export function saltelliDesign(samples: number, dimensions: number, seed: number, sequence: SaltelliSequence = defaultSaltelliSequence(dimensions)): SaltelliDesign {
  if (!Number.isInteger(samples) || samples < 2) throw new RangeError(`saltelliDesign: samples ${samples} must be a whole number of at least 2`);
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`saltelliDesign: dimensions ${dimensions} must be a whole number of at least 1`);
  const block = samples * dimensions;
  if (sequence === 'sobol' && 2 * dimensions > SOBOL_SEQUENCE_MAX_DIMENSIONS) {
    throw new RangeError(`saltelliDesign: a Sobol' design of ${dimensions} inputs needs ${2 * dimensions} dimensions, at most ${SOBOL_SEQUENCE_MAX_DIMENSIONS}`);
  }
  const ab = sequence === 'random' ? seededUniforms(seed, 2 * block) : splitColumns(sobolSequence(samples, 2 * dimensions, 0, seed), samples, dimensions);
  const points = new Float64Array((dimensions + 2) * block);
  points.set(ab, 0);
  for (let i = 0; i < dimensions; i++) {
    const offset = (2 + i) * block;
    points.set(ab.subarray(0, block), offset);
    for (let row = 0; row < samples; row++) points[offset + row * dimensions + i] = ab[block + row * dimensions + i]!;
  }
  return { samples, dimensions, sequence, points };
}

/** N rows of 2d columns to A (the first d columns, N rows) followed by B (the last d). */
function splitColumns(rows: Float64Array, samples: number, dimensions: number): Float64Array {
  const out = new Float64Array(rows.length);
  const block = samples * dimensions;
  for (let row = 0; row < samples; row++) {
    for (let j = 0; j < dimensions; j++) {
      out[row * dimensions + j] = rows[row * 2 * dimensions + j]!;
      out[block + row * dimensions + j] = rows[row * 2 * dimensions + dimensions + j]!;
    }
  }
  return out;
}

/** Sobol' indices of one output, each with a bootstrap confidence interval. */
export interface SobolIndices {
  /** Sᵢ per input, dimensionless (NaN when the output does not vary). */
  readonly firstOrder: Float64Array;
  /** S_Ti per input, dimensionless (NaN when the output does not vary). */
  readonly total: Float64Array;
  /** Bootstrap percentile interval of each Sᵢ and S_Ti (`confidence` level), NaN without bootstrap. */
  readonly firstOrderLow: Float64Array;
  readonly firstOrderHigh: Float64Array;
  readonly totalLow: Float64Array;
  readonly totalHigh: Float64Array;
  /** Mean and variance of the output over A and B (2N points), in the output's unit and its square. */
  readonly mean: number;
  readonly variance: number;
}

/** Options of the estimators' bootstrap. */
export interface SobolBootstrapOptions {
  /** Bootstrap resamples of the N rows (Efron 1979; Archer, Saltelli & Sobol 1997); 0 for none. */
  readonly resamples: number;
  /** Two-sided level of the percentile interval, e.g. 0.95. */
  readonly confidence: number;
  /** Seed of the resampling. */
  readonly seed: number;
}

export const SOBOL_DEFAULT_BOOTSTRAP: SobolBootstrapOptions = { resamples: 200, confidence: 0.95, seed: 1 };

/**
 * The estimators over a chosen multiset of rows (`rows[k]` in 0 … N-1):
 * V(Y) over the f(A) and f(B) of those rows;
 * Vᵢ = (1/N) Σ f(B)ⱼ (f(A_B⁽ⁱ⁾)ⱼ - f(A)ⱼ)  (Saltelli 2010, Table 2 (b), eq. for Sᵢ);
 * V_Ti = (1/2N) Σ (f(A)ⱼ - f(A_B⁽ⁱ⁾)ⱼ)²    (Jansen 1999; Saltelli 2010, Table 2 (f)).
 * Sᵢ = Vᵢ / V(Y), S_Ti = V_Ti / V(Y). f(B)ⱼ enters Vᵢ less the mean of Y, which
 * leaves its expectation unchanged (E[f(A_B⁽ⁱ⁾) - f(A)] = 0) and keeps the sum
 * accurate for outputs far from 0.
 */
function estimate(outputs: Float64Array, samples: number, dimensions: number, rows: Int32Array | null, first: Float64Array, total: Float64Array): { mean: number; variance: number } {
  const n = samples;
  const row = (k: number): number => (rows === null ? k : rows[k]!);
  // Mean-centred (shifted) sums keep the variance accurate for outputs far from 0.
  let sum = 0;
  for (let k = 0; k < n; k++) sum += outputs[row(k)]! + outputs[n + row(k)]!;
  const mean = sum / (2 * n);
  let squares = 0;
  for (let k = 0; k < n; k++) {
    const a = outputs[row(k)]! - mean;
    const b = outputs[n + row(k)]! - mean;
    squares += a * a + b * b;
  }
  const variance = squares / (2 * n - 1);
  for (let i = 0; i < dimensions; i++) {
    const offset = (2 + i) * n;
    let vi = 0;
    let vti = 0;
    for (let k = 0; k < n; k++) {
      const j = row(k);
      const fA = outputs[j]!;
      const fB = outputs[n + j]!;
      const fAB = outputs[offset + j]!;
      vi += (fB - mean) * (fAB - fA);
      vti += (fA - fAB) * (fA - fAB);
    }
    first[i] = vi / n / variance;
    total[i] = vti / (2 * n) / variance;
  }
  return { mean, variance };
}

/**
 * Sobol' first-order and total indices from the outputs of a Saltelli design
 * (`saltelliDesign`), with bootstrap percentile intervals: the N rows are
 * resampled with replacement (the same rows for A, B and every A_B⁽ⁱ⁾) and the
 * estimators recomputed; no new model runs.
 * @param outputs f at each design point, in design order (length N (d + 2)), any unit
 * @returns the indices; NaN everywhere when V(Y) = 0 (the output does not vary)
 */
export function sobolIndicesFromOutputs(outputs: Float64Array, samples: number, dimensions: number, bootstrap: SobolBootstrapOptions = SOBOL_DEFAULT_BOOTSTRAP): SobolIndices {
  if (outputs.length !== samples * (dimensions + 2)) {
    throw new RangeError(`sobolIndicesFromOutputs: ${outputs.length} outputs, the design has ${samples * (dimensions + 2)}`);
  }
  const firstOrder = new Float64Array(dimensions);
  const total = new Float64Array(dimensions);
  const { mean, variance } = estimate(outputs, samples, dimensions, null, firstOrder, total);
  const nan = () => new Float64Array(dimensions).fill(Number.NaN);
  const firstOrderLow = nan();
  const firstOrderHigh = nan();
  const totalLow = nan();
  const totalHigh = nan();
  if (!(variance > 0)) {
    firstOrder.fill(Number.NaN);
    total.fill(Number.NaN);
    return { firstOrder, total, firstOrderLow, firstOrderHigh, totalLow, totalHigh, mean, variance };
  }
  const resamples = bootstrap.resamples;
  if (resamples > 0) {
    const draws = seededUniforms(bootstrap.seed, resamples * samples);
    const rows = new Int32Array(samples);
    const firstDraws = Array.from({ length: dimensions }, () => new Float64Array(resamples));
    const totalDraws = Array.from({ length: dimensions }, () => new Float64Array(resamples));
    const first = new Float64Array(dimensions);
    const tot = new Float64Array(dimensions);
    for (let r = 0; r < resamples; r++) {
      for (let k = 0; k < samples; k++) rows[k] = Math.floor(draws[r * samples + k]! * samples);
      estimate(outputs, samples, dimensions, rows, first, tot);
      for (let i = 0; i < dimensions; i++) {
        firstDraws[i]![r] = first[i]!;
        totalDraws[i]![r] = tot[i]!;
      }
    }
    const tail = (1 - bootstrap.confidence) / 2;
    for (let i = 0; i < dimensions; i++) {
      const f = firstDraws[i]!.sort();
      const t = totalDraws[i]!.sort();
      firstOrderLow[i] = quantileOfSorted(f, tail);
      firstOrderHigh[i] = quantileOfSorted(f, 1 - tail);
      totalLow[i] = quantileOfSorted(t, tail);
      totalHigh[i] = quantileOfSorted(t, 1 - tail);
    }
  }
  return { firstOrder, total, firstOrderLow, firstOrderHigh, totalLow, totalHigh, mean, variance };
}

/**
 * Default base samples N of a scenario study: N (d + 2) evaluations, 1,536 for
 * four inputs; the bootstrap interval then spans about ±0.1 on an index.
 */
export const SOBOL_DEFAULT_SAMPLES = 256;

/** Base samples N and seed of a Sobol' study, and its bootstrap. */
export interface SobolOptions {
  readonly samples: number;
  readonly seed: number;
  /** Default: `defaultSaltelliSequence(d)`. */
  readonly sequence?: SaltelliSequence;
  readonly bootstrap?: SobolBootstrapOptions;
}

/**
 * Sobol' first-order and total indices of a model of the unit hypercube
 * (evaluator-agnostic: map the point to your inputs inside `model`), by the
 * Saltelli (2010) design and estimators: N (d + 2) runs of `model`.
 * @param model f(u), u a point of (0, 1)ᵈ (the array is reused between calls: copy it to keep it)
 * @param dimensions d
 */
export function sobolIndices(model: (point: Float64Array) => number, dimensions: number, options: SobolOptions): SobolIndices {
  const design = saltelliDesign(options.samples, dimensions, options.seed, options.sequence);
  const rows = options.samples * (dimensions + 2);
  const outputs = new Float64Array(rows);
  const point = new Float64Array(dimensions);
  for (let row = 0; row < rows; row++) {
    point.set(design.points.subarray(row * dimensions, (row + 1) * dimensions));
    outputs[row] = model(point);
  }
  return sobolIndicesFromOutputs(outputs, options.samples, dimensions, options.bootstrap);
}
