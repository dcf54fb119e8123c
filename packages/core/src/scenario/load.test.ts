import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors.ts';
import { loadScenario, parseScenarioJson } from './load.ts';
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

  it('applies path=value strings and path records alike, converting 700 km to the key unit', () => {
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
});
