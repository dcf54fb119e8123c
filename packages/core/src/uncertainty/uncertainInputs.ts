import { applyOverrides } from '../scenario/overrides.ts';
import { scenarioSchema, type Scenario } from '../scenario/schema.ts';
import { numericFieldSpec } from '../scenario/sections/uncertainty.ts';
import { validateScenario } from '../scenario/validate.ts';
import { distributionQuantile, type Distribution } from '../probability/distributions.ts';

/**
 * An uncertain scenario input, ready to sample: its path, its distribution in
 * the key's unit (normal and lognormal truncated to the field's allowed range),
 * and whether the field takes whole numbers only (samples are then rounded).
 */
export interface UncertainInput {
  readonly path: string;
  readonly distribution: Distribution;
  readonly integer: boolean;
}

/**
 * The uncertain inputs of a validated scenario (its `uncertainty.inputs`), each
 * truncated to its field's range so that no sample can fail validation.
 */
export function uncertainInputsOf(scenario: Scenario): UncertainInput[] {
  return scenario.uncertainty.inputs.map((input): UncertainInput => {
    const spec = numericFieldSpec(scenarioSchema, input.path);
    if (!spec) throw new RangeError(`uncertainty path "${input.path}" is not a numeric scenario field`);
    const integer = spec.integer === true;
    if (input.distribution === 'uniform' || input.distribution === 'triangular') return { path: input.path, distribution: input, integer };
    const min = Math.max(spec.min, input.params.min ?? Number.NEGATIVE_INFINITY);
    const max = Math.min(spec.max, input.params.max ?? Number.POSITIVE_INFINITY);
    return { path: input.path, distribution: { ...input, params: { ...input.params, min, max } } as Distribution, integer };
  });
}

/**
 * The value of an uncertain input at cumulative probability p: the
 * distribution's quantile, rounded for whole-number fields.
 * @param p dimensionless, in [0, 1]
 * @returns the value in the input key's unit
 */
export function uncertainInputQuantile(input: UncertainInput, p: number): number {
  const value = distributionQuantile(input.distribution, p);
  return input.integer ? Math.round(value) : value;
}

/**
 * Maps points of the unit hypercube (row-major, one column per input) to input
 * values through each input's quantile function.
 * @returns a new Float64Array of the same shape, values in each key's unit
 */
export function uncertainValuesFromUnit(inputs: readonly UncertainInput[], unit: Float64Array): Float64Array {
  const dimensions = inputs.length;
  const out = new Float64Array(unit.length);
  for (let i = 0; i < unit.length; i++) out[i] = uncertainInputQuantile(inputs[i % dimensions]!, unit[i]!);
  return out;
}

/**
 * A scenario with some numeric fields set: the values go through the same
 * override and validation path as `--set path=value`, so a sampled scenario is
 * checked exactly like a file.
 * @param paths dotted scenario paths
 * @param values one value per path, in each key's unit
 * @throws ScenarioError naming the field when a value is out of its range
 */
export function scenarioWithValues(scenario: Scenario, paths: readonly string[], values: ArrayLike<number>): Scenario {
  return validateScenario(applyOverrides(scenario, paths.map((path, index) => ({ path, value: values[index] }))));
}
