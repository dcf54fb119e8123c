import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario, ScenarioError, type Scenario } from '@solstice/core';
import { UsageError } from './io.ts';
import { stdinContent } from './stdin.ts';

/** The path that means standard input, as in most Unix tools. */
export const STDIN_PATH = '-';

function readScenarioText(path: string, cwd: string): string {
  if (path === STDIN_PATH) {
    const text = stdinContent();
    if (text === undefined) throw new ScenarioError([{ path: 'scenario', message: 'cannot read standard input here' }]);
    return text;
  }
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ScenarioError([{ path: 'scenario', message: `cannot read ${path}: ${reason}` }]);
  }
}

/**
 * Reads a scenario file (or standard input for `-`) and hands its text and
 * the `--set path=value` overrides to core's `loadScenario`, the same function
 * scripts call: only the file read happens here.
 * @throws ScenarioError (exit 2) for a missing, empty, malformed or invalid file
 */
export function loadScenarioFile(path: string | undefined, cwd: string, assignments: readonly string[] = []): Scenario {
  if (path === undefined) throw new UsageError('missing <scenario> argument (a JSON file, e.g. scenarios/suncatcher.json, or - for standard input)');
  const text = readScenarioText(path, cwd);
  return loadScenario({ json: text, source: path === STDIN_PATH ? 'standard input' : path }, assignments);
}
