import { closestMatch } from './didYouMean.ts';
import { ScenarioError, type ScenarioProblem } from './errors.ts';
import { scenarioSchema } from './schema.ts';
import { objectKeysAt, schemaAt } from './schemaWalk.ts';

/** One `path=value` assignment, parsed. */
export interface ScenarioOverride {
  /** Dotted path into the scenario (`orbit.altitudeKm`). */
  readonly path: string;
  /** The value: parsed as JSON when it is JSON, else kept as a string (`"650 km"`). */
  readonly value: unknown;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function checkPath(path: string): ScenarioProblem | undefined {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '') || schemaAt(scenarioSchema, segments) === undefined) {
    const parent = segments.slice(0, -1);
    const known = objectKeysAt(scenarioSchema, parent);
    const last = segments[segments.length - 1] ?? '';
    const suggestion = known ? closestMatch(last, known) : undefined;
    const hint = suggestion ? ` (did you mean "${[...parent, suggestion].join('.')}"?)` : '';
    return { path, message: `unknown scenario path${hint}` };
  }
  return undefined;
}

/**
 * Parses `path=value` strings (the CLI's `--set`).
 * @throws ScenarioError for a missing `=` or a path the schema does not have
 */
export function parseOverrides(assignments: readonly string[]): ScenarioOverride[] {
  const problems: ScenarioProblem[] = [];
  const overrides: ScenarioOverride[] = [];
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) {
      problems.push({ path: assignment, message: 'expected path=value, e.g. orbit.altitudeKm=700' });
      continue;
    }
    const path = assignment.slice(0, equals).trim();
    const problem = checkPath(path);
    if (problem) problems.push(problem);
    else overrides.push({ path, value: parseValue(assignment.slice(equals + 1)) });
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  return overrides;
}

/**
 * Turns a record of path to value (`{ 'orbit.altitudeKm': 700 }`) into
 * overrides, the values kept as given.
 * @throws ScenarioError for a path the schema does not have
 */
export function overridesFromRecord(record: Readonly<Record<string, unknown>>): ScenarioOverride[] {
  const problems: ScenarioProblem[] = [];
  const overrides: ScenarioOverride[] = [];
  for (const [path, value] of Object.entries(record)) {
    const problem = checkPath(path);
    if (problem) problems.push(problem);
    else overrides.push({ path, value });
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  return overrides;
}

/**
 * Returns a copy of a raw (unvalidated) scenario object with the overrides
 * set, creating intermediate objects as needed. Validation comes after, so an
 * override is checked exactly like a value in the file.
 */
export function applyOverrides(raw: unknown, overrides: readonly ScenarioOverride[]): unknown {
  if (overrides.length === 0) return raw;
  // The raw scenario came from JSON, so a JSON round trip is an exact deep copy.
  const copy: unknown = JSON.parse(JSON.stringify(raw));
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) return copy;
  for (const { path, value } of overrides) {
    const segments = path.split('.');
    let node = copy as Record<string, unknown>;
    for (const segment of segments.slice(0, -1)) {
      const child = node[segment];
      if (child === null || typeof child !== 'object' || Array.isArray(child)) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1]!] = value;
  }
  return copy;
}
