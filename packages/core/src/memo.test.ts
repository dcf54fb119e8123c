import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo.ts';

describe('boundedMemo', () => {
  it('computes once per key and returns the stored value afterwards', () => {
    const memo = boundedMemo<number>(4);
    let calls = 0;
    const square = (x: number) => memo(String(x), () => (calls++, x * x));
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
  });

  it('evicts the oldest entry beyond its capacity', () => {
    const memo = boundedMemo<string>(2);
    let calls = 0;
    const value = (key: string) => memo(key, () => (calls++, key.toUpperCase()));
    value('a');
    value('b');
    value('c'); // evicts a
    value('b');
    expect(calls).toBe(3);
    value('a');
    expect(calls).toBe(4);
  });
});
