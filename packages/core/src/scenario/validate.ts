import type { z } from 'zod';
import { closestMatch } from './didYouMean.ts';
import { formatPath, ScenarioError, type ScenarioProblem } from './errors.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { objectKeysAt } from './schemaWalk.ts';

/** Keys that could reach an object's prototype if a consumer merged them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function findForbiddenKeys(value: unknown, path: PropertyKey[], problems: ScenarioProblem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], problems));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: formatPath([...path, key]), message: 'this key is not allowed' });
      } else {
        findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], problems);
      }
    }
  }
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return JSON.stringify(input) ?? String(input);
}

function problemsFromIssue(issue: z.core.$ZodIssue): ScenarioProblem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeysAt(scenarioSchema, issue.path) ?? [];
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, known);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ` (known keys: ${known.join(', ')})`;
        return { path: formatPath([...issue.path, key]), message: `unknown key${hint}` };
      });
    }
    case 'invalid_type':
      return [{ path, message: `${describeInput(issue.input)} is not ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}` }];
    case 'invalid_value':
      return [{ path, message: `${describeInput(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** The outcome of validating a scenario without throwing. */
export type ScenarioValidation =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Validates a parsed JSON value as a scenario: the single way into the models.
 * Applies defaults, converts quantity strings, and collects every problem.
 */
export function safeValidateScenario(value: unknown): ScenarioValidation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: 'scenario', message: `${describeInput(value)} is not a JSON object` }] };
  }
  const forbidden: ScenarioProblem[] = [];
  findForbiddenKeys(value, [], forbidden);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  const result = scenarioSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: result.error.issues.flatMap(problemsFromIssue) };
}

/**
 * Validates a parsed JSON value as a scenario.
 * @throws ScenarioError listing every problem
 */
export function validateScenario(value: unknown): Scenario {
  const validation = safeValidateScenario(value);
  if (!validation.ok) throw new ScenarioError(validation.problems);
  return validation.scenario;
}
