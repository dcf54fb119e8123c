import { ScenarioError } from '../scenario/errors.ts';
import { parseOverrides } from '../scenario/overrides.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { numericFieldSpec } from '../scenario/sections/uncertainty.ts';
import { streamingLhs, STREAMING_LHS_MAX_POINTS } from './streamingLhs.ts';

/** One varied input of a sweep: a numeric scenario path from `start` to `stop` (in its key's unit). */
export interface SweepRange {
  readonly path: string;
  readonly start: number;
  readonly stop: number;
  /** Grid points along this axis, start and stop included (grid sweeps only). */
  readonly count?: number | undefined;
}

/**
 * A sweep: plain data, so it can cross to a worker thread or another machine.
 * - `grid`: the Cartesian product of each range's `count` evenly spaced values
 *   (the last range varies fastest).
 * - `lhs`: `samples` Latin hypercube points over the ranges (uniform in each), from `seed`.
 */
export type SweepDefinition =
  | { readonly kind: 'grid'; readonly ranges: readonly SweepRange[] }
  | { readonly kind: 'lhs'; readonly ranges: readonly SweepRange[]; readonly samples: number; readonly seed: number };

/**
 * The largest number of points one sweep may have, grid or Latin hypercube
 * (a guard against a typo like count=1e10). Plans draw points on demand, so
 * a shard of the largest sweep holds only its own points.
 */
export const SWEEP_MAX_POINTS = STREAMING_LHS_MAX_POINTS;

/**
 * The largest Latin hypercube sweep: the same as SWEEP_MAX_POINTS now that
 * points are drawn on demand (it was 10^6 when plans were drawn up front).
 * @deprecated use SWEEP_MAX_POINTS
 */
export const SWEEP_MAX_LHS_POINTS = SWEEP_MAX_POINTS;

/**
 * Parses `path=start:stop:count` (the CLI's `--vary`); `count` may be left
 * out (`path=start:stop`) for a Latin hypercube sweep. Values are in the key's
 * unit. The path must name a numeric scenario field.
 * @throws ScenarioError naming the path (with a did-you-mean for typos) or the bad number
 */
export function parseSweepRange(text: string): SweepRange {
  const equals = text.indexOf('=');
  const path = equals > 0 ? text.slice(0, equals).trim() : text;
  const fail = (message: string): never => {
    throw new ScenarioError([{ path, message }]);
  };
  if (equals <= 0) fail('expected path=start:stop:count, e.g. orbit.altitudeKm=500:900:5');
  parseOverrides([`${path}=0`]); // unknown paths fail here, with the same did-you-mean as --set
  if (!numericFieldSpec(scenarioSchema, path)) fail('is not a numeric scenario field, so it cannot be swept');
  const parts = text.slice(equals + 1).split(':');
  if (parts.length < 2 || parts.length > 3) fail(`"${text.slice(equals + 1)}" is not start:stop:count`);
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (numbers.some((value) => !Number.isFinite(value))) fail(`"${text.slice(equals + 1)}" has a part that is not a finite number`);
  const [start, stop, count] = numbers as [number, number, number | undefined];
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) fail(`count ${count} is not a whole number of at least 1`);
  return { path, start, stop, count };
}

/** Value `i` (0 <= i < count) of `count` evenly spaced values from start to stop, both included (one value: start). */
export function linspaceAt(start: number, stop: number, count: number, i: number): number {
  if (count === 1) return start;
  return i === count - 1 ? stop : start + ((stop - start) * i) / (count - 1);
}

/** `count` evenly spaced values from start to stop, both included (one value: start). */
export function linspace(start: number, stop: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = linspaceAt(start, stop, count, i);
  return out;
}

/** Number of points in a sweep: the product of the counts (grid) or `samples` (lhs). */
export function sweepSize(definition: SweepDefinition): number {
  if (definition.kind === 'lhs') return definition.samples;
  return definition.ranges.reduce((product, range) => product * (range.count ?? 1), 1);
}

/**
 * A sweep ready to evaluate point by point: the varied paths and the values of
 * point `index` (integer fields rounded). Deterministic: every process that
 * plans the same definition gets the same points, which is what lets shards
 * and workers share one sweep.
 */
export interface SweepPlan {
  readonly definition: SweepDefinition;
  readonly paths: readonly string[];
  readonly size: number;
  /** Writes the values of point `index` (0 <= index < size) into `out`, one per path, in each key's unit. */
  readonly valuesAt: (index: number, out: Float64Array) => Float64Array;
}

/**
 * Plans a sweep. Checks that every path is a numeric field and the size is
 * within SWEEP_MAX_POINTS; it does not check values against field ranges
 * (`checkSweepRanges` does, against a scenario). Planning costs O(ranges):
 * grid axes are computed from the index, Latin hypercube points by
 * `streamingLhs` (a seeded permutation per input evaluated at the index).
 * @throws ScenarioError for a bad path or an empty or oversized sweep
 */
export function planSweep(definition: SweepDefinition): SweepPlan {
  const paths = definition.ranges.map((range) => range.path);
  const integer = definition.ranges.map((range) => {
    const spec = numericFieldSpec(scenarioSchema, range.path);
    if (!spec) throw new ScenarioError([{ path: range.path, message: 'is not a numeric scenario field, so it cannot be swept' }]);
    return spec.integer === true;
  });
  const duplicate = paths.find((path, index) => paths.indexOf(path) !== index);
  if (duplicate !== undefined) throw new ScenarioError([{ path: duplicate, message: 'is varied twice' }]);
  const size = sweepSize(definition);
  if (!(Number.isInteger(size) && size >= 1 && size <= SWEEP_MAX_POINTS)) {
    throw new ScenarioError([{ path: 'sweep', message: `${size} points is outside 1 to ${SWEEP_MAX_POINTS.toLocaleString('en-US')}` }]);
  }
  const dimensions = paths.length;
  const round = (value: number, j: number): number => (integer[j] ? Math.round(value) : value);
  if (definition.kind === 'lhs') {
    const design = streamingLhs(size, dimensions, definition.seed);
    const unit = new Float64Array(dimensions);
    return {
      definition,
      paths,
      size,
      valuesAt(index, out) {
        design.unitAt(index, unit);
        definition.ranges.forEach((range, j) => {
          out[j] = round(range.start + unit[j]! * (range.stop - range.start), j);
        });
        return out;
      },
    };
  }
  const ranges = definition.ranges;
  return {
    definition,
    paths,
    size,
    valuesAt(index, out) {
      let rest = index;
      for (let j = dimensions - 1; j >= 0; j--) {
        const { start, stop, count = 1 } = ranges[j]!;
        out[j] = round(linspaceAt(start, stop, count, rest % count), j);
        rest = Math.floor(rest / count);
      }
      return out;
    },
  };
}
