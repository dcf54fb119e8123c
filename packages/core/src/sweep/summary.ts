import { z } from 'zod';
import { formatPath, type ScenarioProblem } from '../scenario/errors.ts';

/**
 * The sweep run summary that `solstice query RUN_DIR --summary` writes
 * (docs/sweeps.md, "Query"), as a zod schema: the CLI checks what it writes
 * against it and the app validates an opened file with it, so the two cannot
 * drift apart. Numbers are in the units the keys name; USD per kW-year for costs.
 */

const count = z.number().int().min(0);
const finite = z.number().finite();

/** One decile (ntile(10) over the input's values) of a varied input. */
export const sweepSummaryDecileSchema = z.object({
  decile: z.number().int().min(1).max(10),
  min: finite,
  max: finite,
  points: count,
  /** Fraction of the decile's points that break even with ground at some year, 0 to 1. */
  breakEvenShare: z.number().min(0).max(1),
  breakEvenYearMedian: finite.nullable(),
  orbitGroundRatioMedian: finite.nullable(),
  cheapestOrbitalUsdPerKwYear: finite.nullable(),
  cheapestIndex: count.nullable(),
});

/** A point of the Pareto front of orbital USD per kW-year (lower better) against the input (higher better). */
export const sweepSummaryFrontPointSchema = z.object({
  index: count,
  value: finite,
  orbitalUsdPerKwYear: finite,
});

/** The summary of one varied input. */
export const sweepSummaryInputSchema = z.object({
  path: z.string().min(1),
  deciles: z.array(sweepSummaryDecileSchema).max(10),
  paretoFront: z.array(sweepSummaryFrontPointSchema).max(1000),
});

/** A run's summary: its points and shards, the sweep definition, and one entry per varied input. */
export const sweepSummarySchema = z.object({
  kind: z.literal('solstice-sweep-summary'),
  version: z.literal(1),
  runDir: z.string(),
  points: count,
  rows: count,
  shards: z.object({ count: z.number().int().min(1), finished: count, missing: z.array(z.number().int().min(1)) }),
  definition: z.looseObject({
    kind: z.enum(['grid', 'lhs']),
    ranges: z.array(z.looseObject({ path: z.string(), start: finite, stop: finite })),
  }),
  inputs: z.array(sweepSummaryInputSchema),
});

export type SweepRunSummary = z.infer<typeof sweepSummarySchema>;
export type SweepRunSummaryInput = z.infer<typeof sweepSummaryInputSchema>;
export type SweepRunSummaryDecile = z.infer<typeof sweepSummaryDecileSchema>;

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  return JSON.stringify(input) ?? String(input);
}

function problemOf(issue: z.core.$ZodIssue): ScenarioProblem {
  const path = issue.path.length === 0 ? 'summary' : formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: `${describe(issue.input)} is not ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}` };
    case 'invalid_value':
      return { path, message: `${describe(issue.input)} is not ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}` };
    case 'too_small':
    case 'too_big':
      return { path, message: `${describe(issue.input)}: ${issue.message}` };
    default:
      return { path, message: issue.message };
  }
}

/** The outcome of reading a summary file without throwing. */
export type SweepRunSummaryValidation = { readonly ok: true; readonly summary: SweepRunSummary } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** Validates a parsed JSON value as a sweep run summary, listing every problem with its field path and value. */
export function safeValidateSweepSummary(value: unknown): SweepRunSummaryValidation {
  const result = sweepSummarySchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, summary: result.data };
  return { ok: false, problems: result.error.issues.map(problemOf) };
}

/** Parses summary JSON text (a file the user opened); bad JSON is one problem naming the parser's message. */
export function parseSweepSummaryText(text: string): SweepRunSummaryValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: 'summary', message: `not JSON (${(error as Error).message})` }] };
  }
  return safeValidateSweepSummary(value);
}
