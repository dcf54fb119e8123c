import type { Scenario } from '../scenario/schema.ts';
import type { NullableNumber } from './monteCarlo.ts';
import { saltelliDesign, sobolIndicesFromOutputs, SOBOL_DEFAULT_BOOTSTRAP, type SaltelliSequence, type SobolBootstrapOptions } from './sobol.ts';
import { scenarioWithValues, uncertainInputsOf, uncertainValuesFromUnit } from './uncertainInputs.ts';

/** One input's Sobol' indices for one metric, with their bootstrap interval; null where the metric does not vary or is ever "none". */
export interface SobolInputIndices {
  readonly path: string;
  readonly firstOrder: NullableNumber;
  readonly firstOrderLow: NullableNumber;
  readonly firstOrderHigh: NullableNumber;
  readonly total: NullableNumber;
  readonly totalLow: NullableNumber;
  readonly totalHigh: NullableNumber;
}

/** The Sobol' indices of one metric over the scenario's uncertain inputs. */
export interface SobolMetric {
  readonly metric: string;
  /** Mean and variance of the metric over the design's A and B points (metric's unit, and its square); null if ever "none". */
  readonly mean: NullableNumber;
  readonly variance: NullableNumber;
  /** Why the indices are null, if they are. */
  readonly note: string | null;
  /** One entry per uncertain input, sorted by total index, largest first (then by path). */
  readonly inputs: readonly SobolInputIndices[];
}

/** A global sensitivity study of a scenario: design size, and the indices of each metric. */
export interface SobolSensitivity {
  /** N, base samples; the study ran N (d + 2) evaluations. */
  readonly samples: number;
  readonly seed: number;
  /** How the design's A and B were drawn. */
  readonly sequence: SaltelliSequence;
  readonly evaluations: number;
  readonly bootstrap: SobolBootstrapOptions;
  readonly metrics: readonly SobolMetric[];
}

function orNull(value: number): NullableNumber {
  return Number.isFinite(value) ? value : null;
}

/**
 * Sobol' first-order and total indices of named metrics over the scenario's
 * uncertain inputs (`uncertainty.inputs`, truncated and rounded as for Monte
 * Carlo): the Saltelli (2010) design (`saltelliDesign`) is mapped through each
 * input's quantile function, every point evaluated once for all metrics, and
 * the indices estimated per metric (`sobolIndicesFromOutputs`).
 * Whole-number inputs are rounded, so their indices are those of the rounded input.
 * @param metrics evaluates the metrics of one scenario, by name (null for none)
 * @param options N base samples (N (d + 2) evaluations), seed, bootstrap
 * @throws RangeError when the scenario has no uncertain inputs
 */
export function sobolSensitivity(
  scenario: Scenario,
  metrics: (scenario: Scenario) => Readonly<Record<string, NullableNumber>>,
  options: { readonly samples: number; readonly seed: number; readonly sequence?: SaltelliSequence; readonly bootstrap?: SobolBootstrapOptions },
): SobolSensitivity {
  const inputs = uncertainInputsOf(scenario);
  const dimensions = inputs.length;
  if (dimensions === 0) throw new RangeError('sobolSensitivity: the scenario has no uncertain inputs');
  const bootstrap = options.bootstrap ?? SOBOL_DEFAULT_BOOTSTRAP;
  const paths = inputs.map((input) => input.path);
  const design = saltelliDesign(options.samples, dimensions, options.seed, options.sequence);
  const values = uncertainValuesFromUnit(inputs, design.points);
  const evaluations = options.samples * (dimensions + 2);
  const names = Object.keys(metrics(scenario));
  const outputs = names.map(() => new Float64Array(evaluations));
  for (let row = 0; row < evaluations; row++) {
    const result = metrics(scenarioWithValues(scenario, paths, values.subarray(row * dimensions, (row + 1) * dimensions)));
    names.forEach((name, m) => {
      outputs[m]![row] = result[name] ?? Number.NaN;
    });
  }
  const metricsOut = names.map((metric, m): SobolMetric => {
    const out = outputs[m]!;
    if (out.some((value) => !Number.isFinite(value))) {
      const inputsOut = paths.map((path) => ({ path, firstOrder: null, firstOrderLow: null, firstOrderHigh: null, total: null, totalLow: null, totalHigh: null }));
      return { metric, mean: null, variance: null, note: 'the metric is "none" (or not finite) at some design points', inputs: inputsOut };
    }
    const indices = sobolIndicesFromOutputs(out, options.samples, dimensions, bootstrap);
    const inputsOut = paths
      .map(
        (path, i): SobolInputIndices => ({
          path,
          firstOrder: orNull(indices.firstOrder[i]!),
          firstOrderLow: orNull(indices.firstOrderLow[i]!),
          firstOrderHigh: orNull(indices.firstOrderHigh[i]!),
          total: orNull(indices.total[i]!),
          totalLow: orNull(indices.totalLow[i]!),
          totalHigh: orNull(indices.totalHigh[i]!),
        }),
      )
      .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.path.localeCompare(b.path));
    const note = indices.variance > 0 ? null : 'the metric does not vary over the uncertain inputs';
    return { metric, mean: orNull(indices.mean), variance: orNull(indices.variance), note, inputs: inputsOut };
  });
  return { samples: options.samples, seed: options.seed, sequence: design.sequence, evaluations, bootstrap, metrics: metricsOut };
}
