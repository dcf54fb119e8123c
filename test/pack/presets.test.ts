import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_PRESET_NAMES, SCENARIO_PRESETS } from '@solstice/core';

const SCENARIOS_DIR = resolve(import.meta.dirname, '../../scenarios');

describe('the presets bundled into @solstice/core', () => {
  it('are exactly the scenario files of scenarios/, with the same content', () => {
    const files = readdirSync(SCENARIOS_DIR).filter((file) => file.endsWith('.json') && file !== 'schema.json');
    expect([...SCENARIO_PRESET_NAMES].sort()).toEqual(files.map((file) => file.replace(/\.json$/, '')).sort());
    for (const name of SCENARIO_PRESET_NAMES) {
      expect(SCENARIO_PRESETS[name]).toEqual(JSON.parse(readFileSync(join(SCENARIOS_DIR, `${name}.json`), 'utf8')));
    }
  });
});
