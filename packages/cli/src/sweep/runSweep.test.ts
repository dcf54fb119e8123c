import { describe, expect, it } from 'vitest';
import { mergeColumns } from './runSweep.ts';

describe('mergeColumns', () => {
  it('inserts a key only the second row has after the key that precedes it there', () => {
    expect(mergeColumns(['index', 'a.x', 'a.y', 'b.z'], ['index', 'a.x', 'a.optional', 'a.y', 'b.z'])).toEqual(['index', 'a.x', 'a.optional', 'a.y', 'b.z']);
    expect(mergeColumns(['a', 'b'], ['first', 'a', 'b'])).toEqual(['first', 'a', 'b']);
    expect(mergeColumns(['a', 'b'], ['a', 'b'])).toEqual(['a', 'b']);
  });
});
