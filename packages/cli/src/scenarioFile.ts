import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyOverrides, parseOverrides, ScenarioError, validateScenario, type Scenario } from '@solstice/core';
import { UsageError } from './io.ts';

/**
 * Reads a scenario file, applies `--set path=value` overrides and validates
 * the result: the CLI's one way in.
 * @throws ScenarioError (exit 2) for a missing, empty, malformed or invalid file
 */
export function loadScenarioFile(path: string | undefined, cwd: string, assignments: readonly string[] = []): Scenario {
  if (path === undefined) throw new UsageError('missing <scenario> argument (a JSON file, e.g. scenarios/suncatcher.json)');
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ScenarioError([{ path: 'scenario', message: `cannot read ${path}: ${reason}` }]);
  }
  if (text.trim() === '') throw new ScenarioError([{ path: 'scenario', message: `${path} is empty` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: 'scenario', message: `${path} is not valid JSON: ${(error as Error).message}` }]);
  }
  return validateScenario(applyOverrides(raw, parseOverrides(assignments)));
}
