import { describe, expect, it } from 'vitest';
import { isoUtc, parseEpochUnixS } from './epoch.ts';

describe('parseEpochUnixS', () => {
  it('reads an ISO-8601 date as 00:00 UTC and a date-time with Z or an offset in Unix seconds', () => {
    expect(parseEpochUnixS('2035-01-01')).toBe(Date.UTC(2035, 0, 1) / 1_000);
    expect(parseEpochUnixS('2035-03-20T06:00:00Z')).toBe(Date.UTC(2035, 2, 20, 6) / 1_000);
    expect(parseEpochUnixS('2035-03-20T08:00:00+02:00')).toBe(Date.UTC(2035, 2, 20, 6) / 1_000);
    expect(parseEpochUnixS('2035-03-20T06:00:00.25')).toBe(Date.UTC(2035, 2, 20, 6) / 1_000 + 0.25);
  });

  it('refuses text that is not a calendar date, naming the field, the value and the accepted form', () => {
    expect(() => parseEpochUnixS('2035-02-30', 'orbit.epoch')).toThrow(/orbit\.epoch: "2035-02-30" is not a calendar date/);
    expect(() => parseEpochUnixS('March 2035', '--epoch')).toThrow(/--epoch: "March 2035" is not an ISO-8601.*2035-03-20T06:00:00Z/);
    expect(() => parseEpochUnixS('1900-01-01')).toThrow(/outside the accepted range/);
  });
});

describe('isoUtc', () => {
  it('writes Unix seconds as UTC without the zone letter, with the asked number of decimals (microseconds kept)', () => {
    expect(isoUtc(Date.UTC(2035, 0, 1) / 1_000)).toBe('2035-01-01T00:00:00.000');
    expect(isoUtc(Date.UTC(2035, 0, 1) / 1_000 + 1.234_567, 6)).toBe('2035-01-01T00:00:01.234567');
    expect(isoUtc(Date.UTC(2035, 0, 1) / 1_000 - 0.000_000_1, 3)).toBe('2035-01-01T00:00:00.000');
    expect(isoUtc(Date.UTC(2035, 0, 1) / 1_000 + 59.9996, 3)).toBe('2035-01-01T00:01:00.000');
  });
});
