/**
 * Latin hypercube points that can be evaluated at any index without drawing
 * the whole design: the stratum of point i in dimension j is π_j(i), a seeded
 * bijection of [0, n) computed on demand (a Feistel network with cycle
 * walking, Black & Rogaway 2002, "Ciphers with arbitrary finite domains",
 * CT-RSA, LNCS 2271), and its position inside the stratum is a hash of
 * (seed, j, i). So u_j(i) = (π_j(i) + v_j(i)) / n, as in McKay, Beckman &
 * Conover (1979, Technometrics 21(2)), with O(1) memory and time per point:
 * a shard of a 10^9-point plan draws only its own points, and the same seed
 * gives the same points whatever the sharding.
 */

/** The largest design `streamingLhsPlan` accepts: permutation domains stay within 2^30, so all arithmetic is on 32-bit integers. */
export const STREAMING_LHS_MAX_POINTS = 1_000_000_000;

/** Feistel rounds: 4 rounds of a good round function give a pseudorandom permutation (Luby & Rackoff 1988). */
const FEISTEL_ROUNDS = 4;

/** Keys per dimension: one per Feistel round, then two for the jitter hash. */
const KEYS_PER_DIMENSION = FEISTEL_ROUNDS + 2;

/**
 * A 32-bit integer mixer (Wellons' "lowbias32", bias 0.17 on the avalanche
 * test): every input bit flips each output bit with probability near 1/2.
 * @returns an unsigned 32-bit integer
 */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A seeded bijection of [0, size), evaluated at one index at a time. */
export interface IndexPermutation {
  readonly size: number;
  /** π(index) for 0 <= index < size; every value in [0, size) is hit exactly once. */
  readonly at: (index: number) => number;
}

/**
 * A pseudorandom permutation of [0, size) (size up to 2^30): a balanced
 * Feistel network on 2h bits (4^h >= size), keyed by `keys`, and cycle
 * walking (apply it again while the result is >= size), which keeps it a
 * bijection of [0, size); fewer than 4 steps are expected since 4^h < 4 size.
 * @param keys FEISTEL_ROUNDS round keys (unsigned 32-bit)
 */
export function feistelPermutation(size: number, keys: ArrayLike<number>): IndexPermutation {
  if (!(Number.isInteger(size) && size >= 1 && size <= 2 ** 30)) throw new RangeError(`permutation size ${size} is outside 1 to 2^30`);
  const halfBits = Math.max(1, Math.ceil(Math.log2(size) / 2));
  const mask = (1 << halfBits) - 1;
  const roundKeys = Array.from({ length: FEISTEL_ROUNDS }, (_, r) => keys[r]! >>> 0);
  const step = (value: number): number => {
    let left = value >>> halfBits;
    let right = value & mask;
    for (const key of roundKeys) {
      const next = (left ^ (mix32(right ^ key) & mask)) & mask;
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  };
  return {
    size,
    at(index) {
      let value = step(index);
      while (value >= size) value = step(value);
      return value;
    },
  };
}

/** The 32-bit words of a whole-number seed (any size up to 2^53), folded into one. */
function seedWord(seed: number): number {
  return mix32(seed % 2 ** 32) ^ mix32(Math.floor(seed / 2 ** 32) + 0x9e3779b9);
}

/** A design of `size` Latin hypercube points in `dimensions`, evaluated point by point. */
export interface StreamingLhs {
  readonly size: number;
  readonly dimensions: number;
  /** Writes point `index`'s coordinates in the unit hypercube, each in (0, 1), into `out[0..dimensions)`. */
  readonly unitAt: (index: number, out: Float64Array) => Float64Array;
}

/**
 * A Latin hypercube of `size` points in `dimensions`, seeded, evaluated on
 * demand: each dimension's strata are a Feistel permutation (one per
 * dimension, independently keyed), each jitter 53 bits from mixing
 * (index, dimension, seed). Every stratum of every dimension holds exactly one
 * point, as in `latinHypercubeUnitSamples`, but nothing is drawn up front.
 * @returns a plan whose `unitAt` costs O(dimensions) time and no allocation
 */
export function streamingLhs(size: number, dimensions: number, seed: number): StreamingLhs {
  if (!(Number.isInteger(size) && size >= 1 && size <= STREAMING_LHS_MAX_POINTS)) {
    throw new RangeError(`Latin hypercube size ${size} is outside 1 to ${STREAMING_LHS_MAX_POINTS.toLocaleString('en-US')}`);
  }
  const keys = new Uint32Array(dimensions * KEYS_PER_DIMENSION);
  let state = seedWord(seed);
  for (let k = 0; k < keys.length; k++) {
    state = mix32(state + 0x9e3779b9 + k);
    keys[k] = state;
  }
  const permutations = Array.from({ length: dimensions }, (_, j) => feistelPermutation(size, keys.subarray(j * KEYS_PER_DIMENSION)));
  return {
    size,
    dimensions,
    unitAt(index, out) {
      for (let j = 0; j < dimensions; j++) {
        const base = j * KEYS_PER_DIMENSION + FEISTEL_ROUNDS;
        const high = mix32(mix32(index ^ keys[base]!) + keys[base + 1]!); // 32 bits
        const low = mix32(high ^ keys[base]! ^ 0x85ebca6b) >>> 12; // 20 more bits
        const jitter = (high + (low + 0.5) / 2 ** 20) / 2 ** 32; // 53 bits, exact, in (0, 1)
        out[j] = (permutations[j]!.at(index) + jitter) / size;
      }
      return out;
    },
  };
}
