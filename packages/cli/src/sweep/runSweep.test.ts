import { describe, expect, it } from 'vitest';
import { defaultWorkerCount } from './pool.ts';
import { autoWorkerCount, mergeColumns } from './runSweep.ts';

describe('mergeColumns', () => {
  it('inserts a key only the second row has after the key that precedes it there', () => {
    expect(mergeColumns(['index', 'a.x', 'a.y', 'b.z'], ['index', 'a.x', 'a.optional', 'a.y', 'b.z'])).toEqual(['index', 'a.x', 'a.optional', 'a.y', 'b.z']);
    expect(mergeColumns(['a', 'b'], ['first', 'a', 'b'])).toEqual(['first', 'a', 'b']);
    expect(mergeColumns(['a', 'b'], ['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('autoWorkerCount', () => {
  it('stays in this thread when the sweep would take under 3 s here, else uses one worker per core', () => {
    expect(autoWorkerCount(100, 0.02)).toBe(0); // 2 s
    expect(autoWorkerCount(1_000, 0.02)).toBe(defaultWorkerCount()); // 20 s
  });
});
