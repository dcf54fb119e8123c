/**
 * docs/contract.md is generated from the zod schema and the result types
 * (scripts/docsContract.ts); like scenarios/schema.json (test/validation/scenarios.test.ts),
 * it must be in sync: run `npm run docs:contract` after changing a scenario field or a result key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_PATH, contractMarkdown, evaluationContractRows, scenarioContractRows, SWEEP_RESULT_KEYS_PATH, sweepResultKeysJson, unitOfKey } from '../../scripts/docsContract.ts';
import { evaluateScenario, loadScenario } from '@solstice/core';

function leafPaths(value: unknown, prefix = '', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.push(prefix);
    return out;
  }
  for (const [key, child] of Object.entries(value)) leafPaths(child, prefix === '' ? key : `${prefix}.${key}`, out);
  return out;
}

describe('docs/contract.md', () => {
  it('is the contract generated from the schema and the result types (run `npm run docs:contract`)', () => {
    expect(readFileSync(CONTRACT_PATH, 'utf8')).toBe(contractMarkdown());
  }, 120_000);

  it('generates the sweep columns (packages/cli/src/sweep/resultKeys.json) from the same result types (run `npm run docs:contract`)', () => {
    expect(readFileSync(SWEEP_RESULT_KEYS_PATH, 'utf8')).toBe(sweepResultKeysJson());
  }, 120_000);

  it('lists every key of the baseline evaluation and every default of `{}`', () => {
    const evaluationKeys = new Set(evaluationContractRows().map((row) => row.path));
    const evaluation = evaluateScenario(loadScenario({ preset: 'suncatcher' }));
    // Arrays and records with computed keys are one row (e.g. downlink.stations).
    const missing = leafPaths(evaluation).filter((path) => ![...evaluationKeys].some((key) => path === key || path.startsWith(`${key}.`)));
    expect(missing).toEqual([]);
    const scenarioPaths = scenarioContractRows().map((row) => row.path);
    expect(scenarioPaths).toContain('orbit.altitudeKm');
    expect(scenarioContractRows().find((row) => row.path === 'orbit.altitudeKm')).toMatchObject({ unit: 'km', detail: '650 | 160 to 2000' });
  }, 120_000);

  it('reads units from key suffixes', () => {
    expect(unitOfKey('orbitalUsdPerKwYear')).toBe('USD/kW/y');
    expect(unitOfKey('semiMajorAxisM')).toBe('m');
    expect(unitOfKey('neighbourCapacityMinBps')).toBe('bit/s');
    expect(unitOfKey('deltaVMPerSPerYearMax')).toBe('m/s/y');
    expect(unitOfKey('radiatorAreaM2')).toBe('m^2');
    expect(unitOfKey('chipsPerSatellite')).toBe('-');
  });
});
