import { ScenarioError } from './errors.ts';
import { applyOverrides, overridesFromRecord, parseOverrides, type ScenarioOverride } from './overrides.ts';
import { SCENARIO_PRESET_NAMES, SCENARIO_PRESETS, type ScenarioPresetName } from './presets.ts';
import type { Scenario, ScenarioInput } from './schema.ts';
import { loadQuantityUnits, missedQuantityConversions } from './units.ts';
import { validateScenario } from './validate.ts';

/**
 * Where a scenario comes from: a shipped preset, JSON text (a file's content)
 * or an object built in code. `source` names the text in error messages (the
 * CLI passes the file path).
 */
export type ScenarioLoadInput =
  | { readonly preset: ScenarioPresetName }
  | { readonly json: string; readonly source?: string }
  | { readonly object: ScenarioInput };

/**
 * Changes applied before validation, so each is checked exactly like a value
 * in the file: `path=value` strings (the CLI's `--set`, the value parsed as
 * JSON or kept as a quantity string) or a record of path to value.
 * @example ['orbit.altitudeKm=700', 'year=2040']
 * @example { 'orbit.altitudeKm': '700 km', 'launch.learningRate': 0.18 }
 */
export type ScenarioOverrides = readonly string[] | Readonly<Record<string, unknown>>;

function rawScenario(input: ScenarioLoadInput): unknown {
  if ('preset' in input) {
    if (!SCENARIO_PRESET_NAMES.includes(input.preset)) {
      const known = SCENARIO_PRESET_NAMES.join(', ');
      throw new ScenarioError([{ path: 'scenario', message: `no preset ${JSON.stringify(input.preset)} (known presets: ${known})` }]);
    }
    return SCENARIO_PRESETS[input.preset];
  }
  if ('object' in input) return input.object;
  return parseScenarioText(input.json, input.source);
}

/**
 * Deepest nesting of objects and arrays a scenario text may have. A scenario
 * needs about 5 levels; JSON nested 100,000 deep parses, but then overflows
 * the stack of every recursive walk after it, so it is refused up front as
 * bad input rather than failing later as an internal error.
 */
export const MAX_SCENARIO_NESTING = 64;

/**
 * The deepest nesting of `[` and `{` in JSON text, outside strings, counted
 * in one pass without parsing (so it cannot overflow the stack).
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Parses scenario JSON text into the raw (not yet validated) value, refusing
 * empty text and invalid JSON with a ScenarioError, as every reader of
 * scenario text (CLI file, app import, script) must.
 * @param source names the text in messages (a file path); default "the scenario text"
 * @throws ScenarioError for empty text or invalid JSON
 */
export function parseScenarioText(text: string, source = 'the scenario text'): unknown {
  if (text.trim() === '') throw new ScenarioError([{ path: 'scenario', message: `${source} is empty` }]);
  const depth = jsonNestingDepth(text);
  if (depth > MAX_SCENARIO_NESTING) {
    throw new ScenarioError([
      { path: 'scenario', message: `${source} nests objects or arrays ${depth} levels deep; the limit is ${MAX_SCENARIO_NESTING} (a scenario needs about 5)` },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ScenarioError([{ path: 'scenario', message: `${source} is not valid JSON: ${(error as Error).message}` }]);
  }
}

function parsedOverrides(overrides: ScenarioOverrides): ScenarioOverride[] {
  return Array.isArray(overrides) ? parseOverrides(overrides as readonly string[]) : overridesFromRecord(overrides as Readonly<Record<string, unknown>>);
}

/**
 * Loads a scenario for scripts and the CLI alike: reads the input, applies
 * the overrides, and validates once (defaults filled in, quantity strings
 * converted to each key's unit). Every problem is collected before throwing.
 * A quantity string needs the unit library, loaded on demand: call
 * `await loadQuantityUnits()` first, or use `loadScenarioAsync`.
 * @param input a preset name, JSON text or an object (`{}` is the paper's baseline)
 * @param overrides changes to apply before validation
 * @returns the validated scenario, ready for `evaluateScenario`
 * @throws ScenarioError whose `problems` name each field path (`orbit.altitudeKm`),
 *   the value and the allowed range
 * @example
 * ```ts
 * const scenario = loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 700 });
 * const fromFile = loadScenario({ json: readFileSync('my.json', 'utf8'), source: 'my.json' });
 * const built = loadScenario({ object: { year: 2040, ground: { electricityUsdPerKwh: 0.12 } } });
 * ```
 */
export function loadScenario(input: ScenarioLoadInput, overrides: ScenarioOverrides = []): Scenario {
  const raw = rawScenario(input);
  return validateScenario(applyOverrides(raw, parsedOverrides(overrides)));
}

/**
 * `loadScenario`, loading the unit library first when the scenario or an
 * override holds a quantity string ("700 km"): the way to load a scenario
 * without paying for mathjs unless it is needed. Same result and errors as
 * `loadScenario` once `loadQuantityUnits` has resolved.
 * @throws ScenarioError as `loadScenario` does
 */
export async function loadScenarioAsync(input: ScenarioLoadInput, overrides: ScenarioOverrides = []): Promise<Scenario> {
  const missedBefore = missedQuantityConversions();
  try {
    return loadScenario(input, overrides);
  } catch (error) {
    if (!(error instanceof ScenarioError) || missedQuantityConversions() === missedBefore) throw error;
    await loadQuantityUnits();
    return loadScenario(input, overrides);
  }
}

/**
 * Parses scenario JSON text and validates it: `loadScenario({ json: text })`.
 * @throws ScenarioError for empty text, invalid JSON or an invalid scenario
 */
export function parseScenarioJson(text: string): Scenario {
  return loadScenario({ json: text });
}
