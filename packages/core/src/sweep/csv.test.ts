import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.ts';

describe('sweep CSV', () => {
  it('writes numbers in shortest round-trip form and non-finite numbers and null as empty cells', () => {
    expect([0.1 + 0.2, 650, 1e-20, Number.NaN, Infinity, null].map(csvCell)).toEqual(['0.30000000000000004', '650', '1e-20', '', '', '']);
  });

  it('quotes text holding a comma, quote or line break (RFC 4180) and leaves other text bare', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('suncatcher-200')).toBe('suncatcher-200');
  });

  it('writes the columns of a row in the order given, missing ones empty, with a final newline', () => {
    expect(csvLine(['b', 'a', 'missing'], { a: 1, b: true })).toBe('true,1,\n');
  });
});
