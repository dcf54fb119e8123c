import { seededUniforms } from '../probability/random.ts';
import { SOBOL_DIRECTIONS } from './sobolDirections.ts';

/** Bits of each coordinate: points are multiples of 2⁻³² (a sequence of up to 2³² points). */
const BITS = 32;
const SCALE = 2 ** -BITS;

/** The most dimensions `sobolSequence` can draw (the direction numbers shipped). */
export const SOBOL_SEQUENCE_MAX_DIMENSIONS = SOBOL_DIRECTIONS.length;

/**
 * The 32 direction numbers v_k = m_k / 2^k of one dimension (as integers
 * scaled by 2³²), by Bratley & Fox's recurrence (ACM TOMS 14 (1988), Alg. 659,
 * eq. 2; Joe & Kuo 2008, eq. 1.2): for k > s,
 * m_k = 2a₁m_{k-1} ⊕ 2²a₂m_{k-2} ⊕ … ⊕ 2^{s-1}a_{s-1}m_{k-s+1} ⊕ 2^s m_{k-s} ⊕ m_{k-s}.
 */
function directionNumbers(polynomial: number, initial: readonly number[]): Uint32Array {
  const v = new Uint32Array(BITS);
  const degree = Math.floor(Math.log2(polynomial));
  if (degree === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  for (let k = 0; k < degree; k++) v[k] = initial[k]! * 2 ** (BITS - 1 - k);
  for (let k = degree; k < BITS; k++) {
    let value = v[k - degree]! ^ (v[k - degree]! >>> degree);
    for (let l = 1; l < degree; l++) {
      // a_l: coefficient of x^(s - l), bit (s - l) of the polynomial.
      if ((polynomial >>> (degree - l)) & 1) value ^= v[k - l]!;
    }
    v[k] = value >>> 0;
  }
  return v;
}

/**
 * Points of the Sobol' sequence (Sobol' 1967, Zh. Vychisl. Mat. Mat. Fiz. 7(4)),
 * in Antonov & Saleev's Gray-code order (1979): x_n = x_{n-1} ⊕ v_c, c the index
 * of the lowest zero bit of n - 1, with Joe & Kuo's direction numbers; the
 * unscrambled sequence matches SciPy's `qmc.Sobol(d, scramble=False)`.
 * With a seed, each dimension gets a random digital shift (x ⊕ e, e uniform on
 * 32 bits; L'Ecuyer & Lemieux 2002, "Recent advances in randomized quasi-Monte
 * Carlo methods", §6), which keeps the net structure and makes every point
 * uniform; points are then offset by half a step, into the open (0, 1).
 * @param count points to return
 * @param dimensions at most SOBOL_SEQUENCE_MAX_DIMENSIONS
 * @param skip points of the sequence to skip first (e.g. 1, the unscrambled origin)
 * @param seed digital-shift seed, or null for the unscrambled sequence (no offset)
 * @returns row-major Float64Array of count x dimensions, dimensionless
 */
export function sobolSequence(count: number, dimensions: number, skip: number, seed: number | null): Float64Array {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_SEQUENCE_MAX_DIMENSIONS) {
    throw new RangeError(`sobolSequence: dimensions ${dimensions} must be a whole number from 1 to ${SOBOL_SEQUENCE_MAX_DIMENSIONS}`);
  }
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(skip) || skip < 0 || count + skip > 2 ** BITS) {
    throw new RangeError(`sobolSequence: count ${count} and skip ${skip} must be whole numbers with count + skip <= 2^32`);
  }
  const directions = SOBOL_DIRECTIONS.slice(0, dimensions).map(([polynomial, initial]) => directionNumbers(polynomial, initial));
  const shift = new Uint32Array(dimensions);
  if (seed !== null) {
    const uniforms = seededUniforms(seed, dimensions);
    for (let j = 0; j < dimensions; j++) shift[j] = Math.floor(uniforms[j]! * 2 ** BITS) >>> 0;
  }
  const offset = seed === null ? 0 : 0.5;
  const x = new Uint32Array(dimensions);
  const out = new Float64Array(count * dimensions);
  for (let i = 0; i < skip + count; i++) {
    if (i > 0) {
      // x_i from x_{i-1}: c is the lowest zero bit of i - 1.
      let c = 0;
      for (let m = i - 1; m & 1; m >>>= 1) c++;
      for (let j = 0; j < dimensions; j++) x[j] = x[j]! ^ directions[j]![c]!;
    }
    if (i < skip) continue;
    const row = (i - skip) * dimensions;
    for (let j = 0; j < dimensions; j++) out[row + j] = (((x[j]! ^ shift[j]!) >>> 0) + offset) * SCALE;
  }
  return out;
}
