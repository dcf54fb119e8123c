import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors.ts';
import { validateScenario } from '../scenario/validate.ts';
import { linspace, parseSweepRange, planSweep } from './definition.ts';
import { sweepRows } from './iterate.ts';
import type { SweepRow } from './rows.ts';
import { parseShard, shardRange } from './shard.ts';

describe('sweep definitions', () => {
  it('parses path=start:stop:count in the key unit (km)', () => {
    expect(parseSweepRange('orbit.altitudeKm=500:900:5')).toEqual({ path: 'orbit.altitudeKm', start: 500, stop: 900, count: 5 });
    expect(parseSweepRange('launch.learningRate=0.18:0.24')).toEqual({ path: 'launch.learningRate', start: 0.18, stop: 0.24, count: undefined });
  });

  it('refuses unknown, non-numeric and malformed ranges, naming the path', () => {
    expect(() => parseSweepRange('orbit.altitudeKn=500:900:5')).toThrow(/did you mean "orbit.altitudeKm"/);
    expect(() => parseSweepRange('launch.cadence=1:2:2')).toThrow(/launch.cadence: is not a numeric scenario field/);
    expect(() => parseSweepRange('orbit.altitudeKm=500:x:5')).toThrow(ScenarioError);
    expect(() => parseSweepRange('orbit.altitudeKm=500:900:0')).toThrow(/count 0/);
  });

  it('spaces values evenly with both ends included', () => {
    expect(Array.from(linspace(500, 900, 5))).toEqual([500, 600, 700, 800, 900]);
    expect(Array.from(linspace(1, 2, 1))).toEqual([1]);
  });

  it('orders grid points with the last range varying fastest and rounds whole-number fields', () => {
    const plan = planSweep({
      kind: 'grid',
      ranges: [
        { path: 'year', start: 2030, stop: 2031, count: 3 },
        { path: 'orbit.altitudeKm', start: 500, stop: 600, count: 2 },
      ],
    });
    const out = new Float64Array(2);
    const points = Array.from({ length: plan.size }, (_, i) => Array.from(plan.valuesAt(i, out)));
    expect(points).toEqual([
      [2030, 500],
      [2030, 600],
      [2031, 500], // 2030.5 rounds to 2031
      [2031, 600],
      [2031, 500],
      [2031, 600],
    ]);
  });
});

describe('shards', () => {
  it('parses k/N and refuses k outside 1..N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('0/8')).toThrow(ScenarioError);
    expect(() => parseShard('9/8')).toThrow(ScenarioError);
    expect(() => parseShard('a/b')).toThrow(ScenarioError);
  });

  it('covers every point exactly once, in order, for any size and count', () => {
    for (const size of [0, 1, 7, 100, 101]) {
      for (const count of [1, 2, 3, 8]) {
        const covered: number[] = [];
        for (let index = 1; index <= count; index++) {
          const { start, end } = shardRange(size, { index, count });
          for (let i = start; i < end; i++) covered.push(i);
        }
        expect(covered).toEqual(Array.from({ length: size }, (_, i) => i));
      }
    }
  });
});

describe('sweepRows', () => {
  it('yields rows in index order even when an executor finishes batches out of order', async () => {
    const base = validateScenario({});
    const definition = { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 500, stop: 900, count: 9 }] } as const;
    const inProcess: SweepRow[] = [];
    for await (const row of sweepRows(base, definition, { batchSize: 2 })) inProcess.push(row);
    const shuffled: SweepRow[] = [];
    const delays = [30, 0, 20, 5, 0]; // microtask ticks each batch waits
    let call = 0;
    for await (const row of sweepRows(base, definition, {
      batchSize: 2,
      concurrency: 3,
      executor: async (start, end) => {
        for (let tick = 0; tick < delays[call++ % delays.length]!; tick++) await Promise.resolve(); // later batches may finish first
        return inProcess.slice(start, end);
      },
    })) {
      shuffled.push(row);
    }
    expect(shuffled).toEqual(inProcess);
    expect(inProcess.map((row) => row.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(inProcess.map((row) => row['orbit.altitudeKm'])).toEqual([500, 550, 600, 650, 700, 750, 800, 850, 900]);
  });

  it('refuses a range that leaves its field limits before evaluating anything, naming the field', async () => {
    const rows = sweepRows(validateScenario({}), { kind: 'grid', ranges: [{ path: 'orbit.altitudeKm', start: 100, stop: 900, count: 3 }] });
    await expect(rows.next()).rejects.toThrow(/orbit.altitudeKm: 100 is out of range/);
  });
});
