import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

describe('solstice ladder', () => {
  it('prints one rung per lever after the scenario as given, the orbital cost never rising, and the JSON rows match the text', async () => {
    const { code, stdout } = await runSolstice(['ladder', 'scenarios/suncatcher.json', '--quick', '--json']);
    expect(code).toBe(0);
    const ladder = JSON.parse(stdout) as { year: number; rows: { lever: string | null; orbitalUsdPerEflop: number; orbitToGroundCostRatio: number }[] };
    expect(ladder.year).toBe(2035);
    expect(ladder.rows.map((row) => row.lever)).toEqual([null, 'launch-price', 'satellite-hardware', 'array-specific-power', 'radiator-areal-density', 'utilization', 'chip-failure-rate', 'ground-stations', 'relay']);
    for (let i = 1; i < ladder.rows.length; i++) expect(ladder.rows[i]!.orbitalUsdPerEflop).toBeLessThanOrEqual(ladder.rows[i - 1]!.orbitalUsdPerEflop);
    expect(ladder.rows[0]!.orbitToGroundCostRatio).toBeCloseTo(1.99, 2);
  });

  it('says after which lever orbit becomes no dearer (optimistic-2040: satellite hardware) and solves each lever alone', async () => {
    const { code, stdout } = await runSolstice(['ladder', 'scenarios/optimistic-2040.json', '--order', 'launch-price,satellite-hardware']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Orbit costs no more than ground after: Satellite hardware\./);
    expect(stdout).toMatch(/Each lever alone/);
  });

  it('with rich inference the ground-station rung lowers the cost per EFLOP reaching Earth (downlink-bound) and the relay is marked as having no effect', async () => {
    const { code, stdout } = await runSolstice(['ladder', 'scenarios/suncatcher.json', '--quick', '--order', 'ground-stations,relay', '--set', 'workload.kind=rich-inference']);
    expect(code).toBe(0);
    const ratios = [...stdout.matchAll(/^ {2}(Scenario as given|Ground stations|Relay via constellation)\b.*?([\d.]+)$/gm)].map((match) => Number(match[2]));
    expect(ratios).toHaveLength(3);
    expect(ratios[1]!).toBeLessThan(ratios[0]! * 0.95);
    expect(ratios[2]!).toBe(ratios[1]!);
    expect(stdout).toMatch(/No effect here: Relay via constellation/);
  });

  it('exits 2 on an unknown or repeated lever and on a year out of range', async () => {
    expect((await runSolstice(['ladder', 'scenarios/suncatcher.json', '--order', 'warp-drive'])).code).toBe(2);
    expect((await runSolstice(['ladder', 'scenarios/suncatcher.json', '--order', 'utilization,utilization'])).code).toBe(2);
    expect((await runSolstice(['ladder', 'scenarios/suncatcher.json', '--year', '1999'])).code).toBe(2);
  });
});

describe('solstice compare', () => {
  it('ranks the chosen presets and the scenario ground, cheapest ground first, with the ratio falling down the table', async () => {
    const { code, stdout } = await runSolstice(['compare', 'scenarios/suncatcher.json', '--ground', 'gas-backed,renewable-storage', '--ground', 'constrained-grid', '--json']);
    expect(code).toBe(0);
    const { rows } = JSON.parse(stdout) as { rows: { baseline: string; rank: number; groundUsdPerEflop: number; orbitToGroundCostRatio: number }[] };
    expect(rows.map((row) => row.baseline).sort()).toEqual(['constrained-grid', 'gas-backed', 'renewable-storage', 'scenario']);
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.orbitToGroundCostRatio).toBeLessThanOrEqual(rows[i - 1]!.orbitToGroundCostRatio);
  });

  it('prints a table naming every preset by default, and exits 2 on an unknown one', async () => {
    const { code, stdout } = await runSolstice(['compare', 'scenarios/suncatcher.json']);
    expect(code).toBe(0);
    for (const label of ['Hyperscale grid', 'Gas-backed', 'Constrained grid', 'Renewables plus storage', 'Scenario ground']) expect(stdout).toContain(label);
    expect((await runSolstice(['compare', 'scenarios/suncatcher.json', '--ground', 'coal'])).code).toBe(2);
  });
});

describe('the delivered compute in the economics headlines', () => {
  it('eval and compare report the cost per EFLOP reaching Earth when the downlink binds (rich inference: factor about 0.035, ratio about 57x), and only the binding constraint when it does not', async () => {
    const rich = await runSolstice(['eval', 'scenarios/suncatcher.json', '--set', 'workload.kind=rich-inference']);
    expect(rich.code).toBe(0);
    const match = /downlink factor ([\d.]+) \(binding: downlink\).*orbit \/ ground ([\d.]+)x/.exec(rich.stdout);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeCloseTo(0.035, 2);
    expect(Number(match![2])).toBeGreaterThan(40);
    const text = await runSolstice(['eval', 'scenarios/suncatcher.json']);
    expect(text.stdout).toMatch(/binding constraint: utilization; the downlink carries every result/);
    const compare = await runSolstice(['compare', 'scenarios/suncatcher.json', '--json', '--set', 'workload.kind=rich-inference']);
    const { rows } = JSON.parse(compare.stdout) as { rows: { orbitToGroundCostRatio: number; orbitToGroundDeliveredCostRatio: number; downlinkFactor: number }[] };
    for (const row of rows) expect(row.orbitToGroundDeliveredCostRatio).toBeCloseTo(row.orbitToGroundCostRatio / row.downlinkFactor, 9);
  });
});
