import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenarioJson, scenarioJsonSchema, validateScenario } from '@solstice/core';
import { REPO_ROOT } from '../helpers/runCli.ts';

const scenarioDir = resolve(REPO_ROOT, 'scenarios');
const scenarioFiles = readdirSync(scenarioDir).filter((name) => name.endsWith('.json') && name !== 'schema.json');

describe('scenario files', () => {
  it('include the baseline and at least two more', () => {
    expect(scenarioFiles).toContain('suncatcher.json');
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(scenarioFiles)('%s validates, references the schema and evaluates without NaN', (name) => {
    const text = readFileSync(resolve(scenarioDir, name), 'utf8');
    expect(JSON.parse(text).$schema).toBe('./schema.json');
    const evaluation = evaluateScenario(parseScenarioJson(text));
    expect(JSON.stringify(evaluation)).not.toMatch(/NaN|null|Infinity/);
  });

  it('scenarios/schema.json is the JSON Schema generated from the zod schema (run `npx solstice schema --out scenarios/schema.json`)', () => {
    expect(JSON.parse(readFileSync(resolve(scenarioDir, 'schema.json'), 'utf8'))).toEqual(scenarioJsonSchema());
  });
});

/** Collects every number in a result, with its path, for the no-NaN property. */
function numbersIn(value: unknown, path = ''): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
  }
  return [];
}

describe('no NaN anywhere in the ranges the schema allows', () => {
  it('evaluates random valid scenarios to finite numbers', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 2020, max: 2100 }),
          orbit: fc.record({ altitudeKm: fc.double({ min: 160, max: 2000, noNaN: true }), ltanHours: fc.double({ min: 0, max: 24, noNaN: true }) }),
          satellite: fc.record({
            massKg: fc.double({ min: 1, max: 100_000, noNaN: true }),
            powerKw: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
            lifetimeYears: fc.double({ min: 0.5, max: 30, noNaN: true }),
          }),
          launch: fc.record({
            learningRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
            cadence: fc.constantFrom('suncatcher-200', 'suncatcher-300'),
          }),
          ground: fc.record({ electricityUsdPerKwh: fc.double({ min: 0.001, max: 2, noNaN: true }), pue: fc.double({ min: 1, max: 3, noNaN: true }) }),
        }),
        (input) => {
          for (const [path, value] of numbersIn(evaluateScenario(validateScenario(input)))) {
            expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
