import { z } from 'zod';
import { distributionMassInside, distributionSupport, type Distribution } from '../../probability/distributions.ts';
import { quantity, quantitySpecOf, type QuantitySpec } from '../quantity.ts';
import { schemaAt } from '../schemaWalk.ts';

const finite = (description: string) => z.number().describe(description);

const pathField = z
  .string()
  .min(1)
  .max(200)
  .describe('Dotted path of a numeric scenario field, e.g. "launch.learningRate"; parameters are in that key\'s unit.');

const bounds = {
  min: finite('Lower truncation bound, in the key\'s unit (the field\'s own minimum applies anyway).').optional(),
  max: finite('Upper truncation bound, in the key\'s unit (the field\'s own maximum applies anyway).').optional(),
};

/** One uncertain input: a path and the distribution of its value. */
const uncertainInput = z.discriminatedUnion('distribution', [
  z.strictObject({
    path: pathField,
    distribution: z.literal('uniform'),
    params: z.strictObject({ min: finite('Smallest value.'), max: finite('Largest value.') }),
  }),
  z.strictObject({
    path: pathField,
    distribution: z.literal('normal'),
    params: z.strictObject({ mean: finite('Mean.'), sd: finite('Standard deviation (> 0).'), ...bounds }),
  }),
  z.strictObject({
    path: pathField,
    distribution: z.literal('triangular'),
    params: z.strictObject({ min: finite('Smallest value.'), mode: finite('Most likely value.'), max: finite('Largest value.') }),
  }),
  z.strictObject({
    path: pathField,
    distribution: z.literal('lognormal'),
    params: z.strictObject({
      median: finite('Median (> 0); ln X ~ N(ln median, sigma^2).'),
      sigma: finite('Standard deviation of ln X (> 0), dimensionless.'),
      ...bounds,
    }),
  }),
]);

/**
 * `uncertainty`: distributions on numeric inputs, for `solstice project
 * --samples`, `solstice sensitivity` and Monte Carlo scripts. Every path must
 * name a numeric field; samples outside a field's range never occur (normal and
 * lognormal are truncated to it, uniform and triangular must lie within it).
 */
export const uncertaintySection = z
  .strictObject({
    samples: quantity({
      unit: '1',
      min: 1,
      max: 100_000,
      integer: true,
      description: 'Default number of Monte Carlo samples (`--samples` overrides); every sample of every table cell is kept for its percentiles.',
    }).default(1_000),
    seed: quantity({
      unit: '1',
      min: 0,
      max: 4_294_967_295,
      integer: true,
      description: 'Default random seed: the same seed gives the same samples (`--seed` overrides).',
    }).default(1),
    method: z
      .enum(['random', 'lhs'])
      .default('random')
      .describe('random: plain Monte Carlo; lhs: Latin hypercube (one sample per stratum of each input).'),
    inputs: z.array(uncertainInput).max(100).default([]).describe('The uncertain inputs, each a path with a distribution and its params.'),
  })
  .prefault({});

/** The validated `uncertainty` block. */
export type UncertaintyBlock = z.output<typeof uncertaintySection>;

/** A problem found in an `uncertainty` block: where (keys and indices) and what. */
export interface UncertaintyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The spec of the numeric field at a dotted path of `schema`, or undefined when
 * the path does not exist or is not a number.
 */
export function numericFieldSpec(schema: z.ZodType, path: string): QuantitySpec | undefined {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '')) return undefined;
  const node = schemaAt(schema, segments);
  return node ? quantitySpecOf(node) : undefined;
}

function paramProblems(distribution: Distribution): Array<[string, string]> {
  const p = distribution.params;
  switch (distribution.distribution) {
    case 'uniform':
      return distribution.params.min > distribution.params.max ? [['max', `${distribution.params.max} is below min ${distribution.params.min}`]] : [];
    case 'triangular': {
      const { min, mode, max } = distribution.params;
      return mode < min || mode > max ? [['mode', `${mode} is outside [min, max] = [${min}, ${max}]`]] : [];
    }
    case 'normal':
    case 'lognormal': {
      const problems: Array<[string, string]> = [];
      if (distribution.distribution === 'normal' && !(distribution.params.sd > 0)) problems.push(['sd', `${distribution.params.sd} is not above 0`]);
      if (distribution.distribution === 'lognormal') {
        if (!(distribution.params.median > 0)) problems.push(['median', `${distribution.params.median} is not above 0`]);
        if (!(distribution.params.sigma > 0)) problems.push(['sigma', `${distribution.params.sigma} is not above 0`]);
      }
      if (p.min !== undefined && p.max !== undefined && p.min >= p.max) problems.push(['max', `${p.max} is not above min ${p.min}`]);
      return problems;
    }
  }
}

function rangeText(spec: QuantitySpec): string {
  return `${spec.min} to ${spec.max}${spec.unit === '1' ? '' : ` ${spec.unit}`}`;
}

/**
 * Checks an `uncertainty` block against the scenario schema: each path exists
 * and is numeric, appears once, its parameters are consistent, and a bounded
 * distribution lies within the field's range. Messages name the field.
 * @param schema the scenario schema (passed in, so this module does not import it)
 */
export function uncertaintyProblems(schema: z.ZodType, block: UncertaintyBlock): UncertaintyProblem[] {
  const problems: UncertaintyProblem[] = [];
  const seen = new Set<string>();
  block.inputs.forEach((input, index) => {
    const at = ['uncertainty', 'inputs', index];
    if (input.path === 'uncertainty' || input.path.startsWith('uncertainty.')) {
      problems.push({ path: [...at, 'path'], message: `"${input.path}": the uncertainty block cannot be made uncertain` });
      return;
    }
    const spec = numericFieldSpec(schema, input.path);
    if (!spec) {
      const exists = schemaAt(schema, input.path.split('.')) !== undefined;
      problems.push({ path: [...at, 'path'], message: `"${input.path}" ${exists ? 'is not a numeric scenario field' : 'is not a scenario field'}` });
      return;
    }
    if (seen.has(input.path)) problems.push({ path: [...at, 'path'], message: `"${input.path}" is listed twice` });
    seen.add(input.path);
    const own = paramProblems(input);
    for (const [key, message] of own) problems.push({ path: [...at, 'params', key], message });
    if (own.length > 0) return;
    if (input.distribution === 'uniform' || input.distribution === 'triangular') {
      const support = distributionSupport(input);
      if (support.min < spec.min || support.max > spec.max) {
        problems.push({ path: [...at, 'params'], message: `[${support.min}, ${support.max}] goes outside ${input.path}'s range (${rangeText(spec)})` });
      }
    } else {
      const low = Math.max(spec.min, input.params.min ?? Number.NEGATIVE_INFINITY);
      const high = Math.min(spec.max, input.params.max ?? Number.POSITIVE_INFINITY);
      const mass = low < high ? distributionMassInside({ ...input, params: { ...input.params, min: low, max: high } } as Distribution) : 0;
      if (!(mass >= 1e-6)) {
        problems.push({
          path: [...at, 'params'],
          message: `almost none of this ${input.distribution} distribution (${mass.toExponential(1)}) lies within ${input.path}'s range (${rangeText(spec)}) and its bounds`,
        });
      }
    }
  });
  return problems;
}
