import { describe, expect, it } from 'vitest';
import { inputColumnType, RESULT_COLUMNS, sweepColumns } from './columns.ts';
import { defaultWorkerCount } from './pool.ts';
import { autoWorkerCount } from './runSweep.ts';

describe('sweepColumns', () => {
  it('types index, the varied inputs from the scenario schema and every result key from the contract, optional ones included', () => {
    const columns = sweepColumns(['orbit.altitudeKm', 'cluster.satellites']);
    expect(columns.slice(0, 3)).toEqual([
      { name: 'index', type: 'INTEGER' },
      { name: 'orbit.altitudeKm', type: 'DOUBLE' },
      { name: 'cluster.satellites', type: inputColumnType('cluster.satellites') },
    ]);
    expect(inputColumnType('year')).toBe('INTEGER');
    const types = Object.fromEntries(columns.map((column) => [column.name, column.type]));
    expect(types).toMatchObject({
      'scenario.name': 'VARCHAR',
      'scenario.year': 'INTEGER',
      'economics.breakEvenYear': 'INTEGER', // optional: absent where orbit never breaks even
      'economics.orbitalUsdPerKwYear': 'DOUBLE', // ends in Year but is a cost
      'links.connected': 'BOOLEAN',
      'downlink.relay.ringLinksNeeded': 'DOUBLE', // optional block: only with a relay
    });
    expect(columns).toHaveLength(3 + RESULT_COLUMNS.length);
    expect(columns.map((column) => column.name)).not.toContain('downlink.stations'); // arrays are left out
  });

  it('writes a varied input that is also a result key (compute.utilization) once, in the inputs\' place, typed by the schema', () => {
    const names = sweepColumns(['compute.utilization', 'orbit.ltanHours']).map((column) => column.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['index', 'compute.utilization', 'orbit.ltanHours']);
    expect(sweepColumns(['compute.utilization'], ['compute.utilization', 'scenario.name']).map((column) => column.name)).toEqual(['index', 'compute.utilization', 'scenario.name']);
  });

  it('keeps only the result keys asked for, in their order, and names close keys for one that is not a result key', () => {
    expect(sweepColumns(['year'], ['economics.breakEvenYear', 'scenario.name']).map((column) => column.name)).toEqual(['index', 'year', 'economics.breakEvenYear', 'scenario.name']);
    expect(() => sweepColumns(['year'], ['economics.breakEven'])).toThrow(/is not a result key/);
  });
});

describe('autoWorkerCount', () => {
  it('stays in this thread when the sweep would take under 3 s here, else uses one worker per core', () => {
    expect(autoWorkerCount(100, 0.02)).toBe(0); // 2 s
    expect(autoWorkerCount(1_000, 0.02)).toBe(defaultWorkerCount()); // 20 s
  });
});
