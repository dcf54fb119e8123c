import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToJson } from './projectionExport.ts';

const table = { columns: ['year', 'priceUsdPerKg'], rows: [{ year: 2030, priceUsdPerKg: 0.1 + 0.2 }, { year: 2031, priceUsdPerKg: 1e-20 }] };

describe('projection export', () => {
  it('writes CSV with a header and shortest round-trip numbers', () => {
    expect(tableToCsv(table)).toBe('year,priceUsdPerKg\n2030,0.30000000000000004\n2031,1e-20\n');
  });

  it('writes JSON whose numbers parse back to the CSV cells exactly', () => {
    const json = JSON.parse(tableToJson(table, { scenario: 'x' }));
    expect(json.scenario).toBe('x');
    expect(json.columns).toEqual(table.columns);
    const csvRows = tableToCsv(table).trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
    expect(json.rows.map((row: Record<string, number>) => table.columns.map((column) => row[column]))).toEqual(csvRows);
  });

  it('leaves a missing or non-finite cell empty in CSV and null in JSON', () => {
    const gaps = { columns: ['a', 'b'], rows: [{ a: Number.NaN }] };
    expect(tableToCsv(gaps)).toBe('a,b\n,\n');
    expect(JSON.parse(tableToJson(gaps)).rows).toEqual([{ a: null, b: null }]);
  });
});
