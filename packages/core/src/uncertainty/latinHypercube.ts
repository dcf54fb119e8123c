import { seededUniforms } from '../probability/random.ts';

/** How points in the unit hypercube are drawn. */
export type SamplingMethod = 'random' | 'lhs';

/**
 * Plain Monte Carlo points in the unit hypercube: `samples` rows of `dimensions`
 * independent uniforms in (0, 1), row-major (`out[i * dimensions + j]`).
 * @returns a Float64Array of length samples x dimensions, dimensionless
 */
export function randomUnitSamples(samples: number, dimensions: number, seed: number): Float64Array {
  return seededUniforms(seed, samples * dimensions);
}

/**
 * Latin hypercube points in the unit hypercube (McKay, Beckman & Conover 1979,
 * Technometrics 21(2)): each dimension is cut into `samples` equal strata and
 * every stratum holds exactly one point, u = (π_j(i) + v) / samples with π_j a
 * random permutation (Fisher–Yates) per dimension and v uniform in (0, 1).
 * Row-major like `randomUnitSamples`; reproducible for a seed.
 * @returns a Float64Array of length samples x dimensions, dimensionless, in (0, 1)
 */
export function latinHypercubeUnitSamples(samples: number, dimensions: number, seed: number): Float64Array {
  const uniforms = seededUniforms(seed, 2 * samples * dimensions);
  const out = new Float64Array(samples * dimensions);
  const strata = new Int32Array(samples);
  for (let j = 0; j < dimensions; j++) {
    // Dimension j reads its own block of 2 x samples uniforms: shuffle, then jitter.
    const base = 2 * samples * j;
    for (let i = 0; i < samples; i++) strata[i] = i;
    for (let i = samples - 1; i > 0; i--) {
      const k = Math.floor(uniforms[base + i]! * (i + 1));
      const swap = strata[i]!;
      strata[i] = strata[k]!;
      strata[k] = swap;
    }
    for (let i = 0; i < samples; i++) out[i * dimensions + j] = (strata[i]! + uniforms[base + samples + i]!) / samples;
  }
  return out;
}

/**
 * Points in the unit hypercube by either method.
 * @returns a Float64Array of length samples x dimensions, row-major, in (0, 1)
 */
export function unitSamples(method: SamplingMethod, samples: number, dimensions: number, seed: number): Float64Array {
  return method === 'lhs' ? latinHypercubeUnitSamples(samples, dimensions, seed) : randomUnitSamples(samples, dimensions, seed);
}
