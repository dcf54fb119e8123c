import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors.ts';
import { jsonNestingDepth, loadScenario, loadScenarioAsync, MAX_SCENARIO_NESTING, parseScenarioJson, parseScenarioText } from './load.ts';
import { loadQuantityUnits, quantityUnitsLoaded } from './units.ts';
import { SCENARIO_PRESET_NAMES, SCENARIO_PRESETS } from './presets.ts';
import { validateScenario } from './validate.ts';

function problemsOf(load: () => unknown): readonly { path: string; message: string }[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('loadScenario', () => {
  it('loads every shipped preset to the same scenario as validating its JSON', () => {
    for (const preset of SCENARIO_PRESET_NAMES) {
      expect(loadScenario({ preset })).toEqual(validateScenario(SCENARIO_PRESETS[preset]));
    }
  });

  it('gives the same scenario from JSON text, from an object and from the matching preset', () => {
    const text = JSON.stringify(SCENARIO_PRESETS['optimistic-2040']);
    const fromJson = loadScenario({ json: text });
    expect(loadScenario({ preset: 'optimistic-2040' })).toEqual(fromJson);
    expect(loadScenario({ object: JSON.parse(text) })).toEqual(fromJson);
  });

  it('refuses a quantity string until the unit library is loaded, naming the way to load it, and loadScenarioAsync loads it', async () => {
    if (!quantityUnitsLoaded()) {
      expect(() => loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': '700 km' })).toThrow(/unit library is not loaded: await loadQuantityUnits\(\)/);
    }
    const scenario = await loadScenarioAsync({ preset: 'suncatcher' }, { 'orbit.altitudeKm': '700 km' });
    expect(scenario.orbit.altitudeKm).toBeCloseTo(700, 9);
    expect(quantityUnitsLoaded()).toBe(true);
  });

  it('applies path=value strings and path records alike, converting 700 km to the key unit', async () => {
    await loadQuantityUnits();
    const fromStrings = loadScenario({ preset: 'suncatcher' }, ['orbit.altitudeKm="0.7 Mm"', 'year=2040']);
    const fromRecord = loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': '700 km', year: 2040 });
    expect(fromStrings.orbit.altitudeKm).toBeCloseTo(700, 9);
    expect(fromStrings.year).toBe(2040);
    expect(fromRecord).toEqual(fromStrings);
  });

  it('does not change the preset it starts from', () => {
    loadScenario({ preset: 'suncatcher' }, { 'orbit.altitudeKm': 900 });
    expect(loadScenario({ preset: 'suncatcher' }).orbit.altitudeKm).toBe(650);
  });

  it('names the field path, value and range of an override out of range', () => {
    const problems = problemsOf(() => loadScenario({ object: {} }, { 'orbit.altitudeKm': -5 }));
    expect(problems).toEqual([{ path: 'orbit.altitudeKm', message: '-5 is out of range (160 to 2000 km)' }]);
  });

  it('refuses an unknown override path with a did-you-mean', () => {
    const problems = problemsOf(() => loadScenario({ object: {} }, { 'orbit.altitude': 700 }));
    expect(problems[0]?.message).toMatch(/did you mean "orbit\.altitudeKm"/);
  });

  it('names the source in errors about empty or malformed text', () => {
    expect(problemsOf(() => loadScenario({ json: ' \n', source: 'a.json' }))).toEqual([{ path: 'scenario', message: 'a.json is empty' }]);
    expect(problemsOf(() => parseScenarioJson('{'))[0]?.message).toMatch(/^the scenario text is not valid JSON: /);
  });

  it('refuses an unknown preset, listing the known ones', () => {
    const problems = problemsOf(() => loadScenario({ preset: 'nope' as 'suncatcher' }));
    expect(problems[0]?.message).toMatch(/no preset "nope" \(known presets: suncatcher, suncatcher-uncertain, conservative-2030, optimistic-2040\)/);
  });

  it('counts nesting depth outside strings: brackets inside a string or after an escaped quote do not count', () => {
    expect(jsonNestingDepth('{"a": [1, {"b": 2}]}')).toBe(3);
    expect(jsonNestingDepth('{"a": "[[[{{{", "b": "\\"[["}')).toBe(1);
    expect(jsonNestingDepth('42')).toBe(0);
  });

  it('refuses JSON nested 100,000 levels deep as bad input naming the limit, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseScenarioText(deep, 'deep.json')).toThrow(ScenarioError);
    expect(() => parseScenarioText(deep, 'deep.json')).toThrow(`deep.json nests objects or arrays 100000 levels deep; the limit is ${MAX_SCENARIO_NESTING}`);
    const atLimit = `{"name": ${'['.repeat(MAX_SCENARIO_NESTING - 1)}${']'.repeat(MAX_SCENARIO_NESTING - 1)}}`;
    expect(() => parseScenarioText(atLimit)).not.toThrow();
  });
});
