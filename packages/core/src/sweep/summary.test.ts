import { describe, expect, it } from 'vitest';
import fixture from '../../../../test/fixtures/sweep-summary.json' with { type: 'json' };
import { parseSweepSummaryText, safeValidateSweepSummary } from './summary.ts';

describe('sweep run summary schema', () => {
  it('accepts the summary the CLI wrote for a 40-point run (test/fixtures/sweep-summary.json)', () => {
    const result = safeValidateSweepSummary(fixture);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.summary.inputs.map((input) => input.path)).toEqual(['orbit.altitudeKm', 'ground.electricityUsdPerKwh']);
  });

  it('names the field and the value of a break-even share above 1', () => {
    const bad = JSON.parse(JSON.stringify(fixture)) as typeof fixture;
    bad.inputs[1]!.deciles[3]!.breakEvenShare = 1.5;
    const result = safeValidateSweepSummary(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.path).toBe('inputs[1].deciles[3].breakEvenShare');
      expect(result.problems[0]!.message).toMatch(/^1\.5: .*<=\s*1/);
    }
  });

  it('refuses a scenario file, naming the kind it expected, and text that is not JSON', () => {
    const scenario = parseSweepSummaryText('{"name": "a scenario", "year": 2030}');
    expect(scenario.ok).toBe(false);
    if (!scenario.ok) expect(scenario.problems.find((p) => p.path === 'kind')?.message).toBe('nothing is not "solstice-sweep-summary"');
    const text = parseSweepSummaryText('kind: summary');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.problems[0]).toMatchObject({ path: 'summary', message: expect.stringMatching(/^not JSON/) });
  });
});
