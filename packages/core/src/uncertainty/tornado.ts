import type { Scenario } from '../scenario/schema.ts';
import type { NullableNumber } from './monteCarlo.ts';
import { scenarioWithValues, uncertainInputQuantile, uncertainInputsOf } from './uncertainInputs.ts';

/** Cumulative probabilities of the low and high ends of a tornado bar: each input's p10 and p90. */
export const TORNADO_LOW_P = 0.1;
export const TORNADO_HIGH_P = 0.9;

/** One bar of a tornado: one uncertain input moved to its low and high value, the others at the scenario's. */
export interface TornadoBar {
  /** The input's scenario path. */
  readonly path: string;
  /** The input's p10 and p90 (TORNADO_LOW_P, TORNADO_HIGH_P), in its key's unit. */
  readonly lowInput: number;
  readonly highInput: number;
  /** Each metric with the input at its low and at its high value (null: none, e.g. no break-even). */
  readonly low: Readonly<Record<string, NullableNumber>>;
  readonly high: Readonly<Record<string, NullableNumber>>;
  /** |high - low| per metric, in the metric's unit; +∞ when one end is null and the other not, 0 when both are. */
  readonly swing: Readonly<Record<string, number>>;
}

/** A one-at-a-time sensitivity study: the metrics at the scenario's values, and one bar per uncertain input. */
export interface Tornado {
  readonly metrics: readonly string[];
  readonly base: Readonly<Record<string, NullableNumber>>;
  /** Sorted by the swing of the first metric, largest first; ties by the next metric's, then by path. */
  readonly bars: readonly TornadoBar[];
}

function swingOf(low: NullableNumber, high: NullableNumber): number {
  if (low === null || high === null) return low === high ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(high - low);
}

/** Orders two swings (+∞ included) ascending. */
function compareSwings(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * A tornado (one-at-a-time sensitivity, e.g. Saltelli et al., Global
 * Sensitivity Analysis: The Primer, 2008, §1.2.1): each uncertain input of the
 * scenario is set to its p10 and then its p90, the others kept at the
 * scenario's values, and the metrics evaluated at both ends.
 * @param metrics evaluates the metrics of one scenario, by name (null for none)
 */
export function tornado(scenario: Scenario, metrics: (scenario: Scenario) => Readonly<Record<string, NullableNumber>>): Tornado {
  const base = metrics(scenario);
  const names = Object.keys(base);
  const bars = uncertainInputsOf(scenario).map((input): TornadoBar => {
    const lowInput = uncertainInputQuantile(input, TORNADO_LOW_P);
    const highInput = uncertainInputQuantile(input, TORNADO_HIGH_P);
    const low = metrics(scenarioWithValues(scenario, [input.path], [lowInput]));
    const high = metrics(scenarioWithValues(scenario, [input.path], [highInput]));
    const swing = Object.fromEntries(names.map((name) => [name, swingOf(low[name] ?? null, high[name] ?? null)]));
    return { path: input.path, lowInput, highInput, low, high, swing };
  });
  bars.sort((a, b) => {
    for (const name of names) {
      const order = compareSwings(b.swing[name]!, a.swing[name]!);
      if (order !== 0) return order;
    }
    return a.path.localeCompare(b.path);
  });
  return { metrics: names, base, bars };
}
