import { describe, expect, it } from 'vitest';
import baseline from '../../../../scenarios/suncatcher.json' with { type: 'json' };
import fixture from '../../../../test/fixtures/sweep-summary.json' with { type: 'json' };
import { createAppStore } from './appStore.ts';
import { caseFromValue } from './scenarioSlice.ts';
import { selectedSweepInput } from './sweepSlice.ts';
import { parseViewParams } from './viewSlice.ts';

/**
 * test/fixtures/sweep-summary.json was written by the CLI, unedited:
 *   solstice sweep scenarios/suncatcher.json --vary orbit.altitudeKm=400:1200 \
 *     --vary ground.electricityUsdPerKwh=0.03:2 --samples 40 --seed 7 --format parquet --run-dir /tmp/g14b-run
 *   (cd /tmp && solstice query g14b-run --summary --out summary.json)
 * The CLI checks what it writes against core's sweepSummarySchema, the schema the store reads it with.
 */
const text = JSON.stringify(fixture);

function makeStore() {
  const initial = caseFromValue(baseline);
  if (!initial.ok) throw new Error('baseline must validate');
  return createAppStore({ scenario: initial.value, view: parseViewParams(''), reducedMotion: true });
}

describe('sweep summary slice', () => {
  it('opens the summary the CLI wrote: two inputs, ten deciles each, the electricity deciles as the CLI computed them', () => {
    const store = makeStore();
    expect(store.getState().openSweepSummaryText(text, 'summary.json')).toBe(true);
    const state = store.getState();
    expect(state.sweepSummary?.points).toBe(40);
    expect(state.sweepSummarySource).toBe('summary.json');
    expect(state.sweepSummary?.inputs.map((input) => input.deciles.length)).toEqual([10, 10]);
    expect(selectedSweepInput(state)?.path).toBe('orbit.altitudeKm');
    store.getState().selectSweepInput('ground.electricityUsdPerKwh');
    const electricity = selectedSweepInput(store.getState())!;
    expect(electricity.path).toBe('ground.electricityUsdPerKwh');
    // The cheapest-electricity decile never breaks even (orbit about 1.9 times ground); the dearest always does, around 2026.
    expect(electricity.deciles[0]).toMatchObject({ breakEvenShare: 0, breakEvenYearMedian: null });
    expect(electricity.deciles[0]!.orbitGroundRatioMedian).toBeCloseTo(1.862, 3);
    expect(electricity.deciles[9]).toMatchObject({ breakEvenShare: 1, breakEvenYearMedian: 2026 });
    expect(electricity.deciles[9]!.orbitGroundRatioMedian).toBeCloseTo(0.645, 3);
    expect(electricity.paretoFront.length).toBeGreaterThan(0);
  });

  it('ignores a selection of an input the summary does not have', () => {
    const store = makeStore();
    store.getState().openSweepSummaryText(text, 'summary.json');
    store.getState().selectSweepInput('cluster.satellites');
    expect(selectedSweepInput(store.getState())?.path).toBe('orbit.altitudeKm');
  });

  it('refuses a summary with a break-even share of 1.5, naming the field, and keeps the open one', () => {
    const store = makeStore();
    store.getState().openSweepSummaryText(text, 'good.json');
    const before = store.getState().sweepSummary;
    const bad = JSON.parse(text) as typeof fixture;
    bad.inputs[0]!.deciles[2]!.breakEvenShare = 1.5;
    expect(store.getState().openSweepSummaryText(JSON.stringify(bad), 'bad.json')).toBe(false);
    expect(store.getState().sweepSummary).toBe(before);
    expect(store.getState().sweepSummaryProblems?.[0]).toMatchObject({ path: 'inputs[0].deciles[2].breakEvenShare', message: expect.stringMatching(/^bad\.json: 1\.5/) });
    store.getState().closeSweepSummary();
    expect(store.getState().sweepSummary).toBeNull();
    expect(store.getState().sweepSummaryProblems).toBeNull();
  });

  it('sends a dropped summary to the sweep viewer and a dropped scenario to the scenario, leaving the other alone', () => {
    const store = makeStore();
    const scenarioBefore = store.getState().current;
    expect(store.getState().openJsonText(text, 'summary.json')).toBe(true);
    expect(store.getState().current).toBe(scenarioBefore);
    expect(store.getState().sweepSummary).not.toBeNull();
    expect(store.getState().openJsonText(JSON.stringify({ ...baseline, name: 'dropped' }), 'dropped.json')).toBe(true);
    expect(store.getState().current.scenario.name).toBe('dropped');
    expect(store.getState().sweepSummary?.points).toBe(40);
  });
});
