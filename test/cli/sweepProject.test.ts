import { describe, expect, it } from 'vitest';
import { PROJECTION_COLUMNS } from '@solstice/core';
import { runSolstice } from '../helpers/runCli.ts';

const ARGS = ['project', 'scenarios/suncatcher-uncertain.json', '--from', '2030', '--to', '2040', '--samples', '60'];

function parseCsv(text: string): Record<string, number | null>[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell === '' ? null : Number(cell)])));
}

describe('solstice project --samples --seed', () => {
  it('adds _p10, _p50 and _p90 after every numeric column, ordered p10 <= p50 <= p90, and CSV and JSON carry the same numbers', { timeout: 120_000 }, async () => {
    const csv = await runSolstice([...ARGS, '--seed', '3']);
    const json = await runSolstice([...ARGS, '--seed', '3', '--format', 'json']);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parseCsv(csv.stdout);
    expect(rows).toHaveLength(11);
    expect(JSON.parse(json.stdout).rows).toEqual(rows);
    expect(JSON.parse(json.stdout)).toMatchObject({ samples: 60, seed: 3, method: 'lhs' }); // the settings, for reproduction
    for (const column of PROJECTION_COLUMNS.filter((name) => name !== 'year')) {
      for (const row of rows) {
        expect(row[`${column}_p10`]!).toBeLessThanOrEqual(row[`${column}_p50`]!);
        expect(row[`${column}_p50`]!).toBeLessThanOrEqual(row[`${column}_p90`]!);
      }
    }
    // The learning rate is uncertain, so the 2035 launch price spreads; its p50 is near the scenario's own value.
    const y2035 = rows.find((row) => row.year === 2035)!;
    expect(y2035.launchPriceUsdPerKg_p90! - y2035.launchPriceUsdPerKg_p10!).toBeGreaterThan(10);
  });

  it('is reproducible for a seed and changes with it', { timeout: 120_000 }, async () => {
    const first = await runSolstice([...ARGS, '--seed', '5']);
    const again = await runSolstice([...ARGS, '--seed', '5']);
    const other = await runSolstice([...ARGS, '--seed', '6']);
    expect(again.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('refuses a bad --samples with exit 2', async () => {
    const { code, stderr } = await runSolstice([...ARGS.slice(0, -1), '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--samples: 0 is not a whole number/);
  });
});
