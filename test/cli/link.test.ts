import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

describe('solstice link', () => {
  it('prints the contract keys with --json: 1.6 uW, far field and no full grid at 5,000 km', async () => {
    const { code, stdout } = await runSolstice(['link', '--distance-m', '5e6', '--aperture-m', '0.1', '--power-w', '5', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const key of ['receivedPowerW', 'confocalLengthM', 'spatialChannels', 'wavelengthChannels', 'capacityBps', 'photonsPerBit', 'marginDb']) {
      expect(typeof result[key]).toBe('number');
    }
    expect(result.regime).toBe('far-field');
    expect(result.receivedPowerW).toBeCloseTo(1.59e-6, 8);
    expect(result.wavelengthChannels).toBe(0);
  });

  it('reports 2 x 2 beams of 24 channels (38.4 Tbps) at 200 m: 3 x 3 would reach only 14.4 dB of the 15 dB PM-16QAM needs (issue 12; was 5 x 5, 240 Tbps)', async () => {
    const result = JSON.parse((await runSolstice(['link', '--distance-m', '200', '--json'])).stdout);
    expect(result.regime).toBe('near-field');
    expect(result.spatialChannels).toBe(4);
    expect(result.confocalSpatialOrder).toBe(5);
    expect(result.wavelengthChannels).toBe(24);
    expect(result.capacityBps).toBe(38.4e12);
    expect(result.requiredSpatialIsolationDb).toBe(15);
    expect(result.spatialIsolationDb).toBeGreaterThanOrEqual(15);
  });

  it('takes --isolation-db and --mimo: 3 x 3 at 200 m with 10 dB, 5 x 5 with MIMO (3 dB, 1 dB power cost)', async () => {
    const ten = JSON.parse((await runSolstice(['link', '--distance-m', '200', '--isolation-db', '10', '--json'])).stdout);
    expect(ten.spatialOrder).toBe(3);
    expect(ten.spatialIsolationDb).toBeCloseTo(14.4, 1);
    const mimo = JSON.parse((await runSolstice(['link', '--distance-m', '200', '--mimo', '--json'])).stdout);
    expect(mimo.spatialOrder).toBe(5);
    expect(mimo.requiredSpatialIsolationDb).toBe(3);
    expect(mimo.spatialMimo).toBe(true);
    expect(mimo.capacityBps).toBe(240e12);
  });

  it('exports Fig. 1 as 50 CSV rows from 100 m to 5,000 km with capacity never rising', async () => {
    const { code, stdout } = await runSolstice(['link', '--sweep-distance', '100:5e6:50', '--csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header!.split(',')).toContain('capacityBps');
    expect(header!.split(',')).toContain('spatialIsolationDb');
    expect(rows).toHaveLength(50);
    const column = header!.split(',').indexOf('capacityBps');
    const capacities = rows.map((row) => Number(row.split(',')[column]));
    expect(Number(rows[0]!.split(',')[0])).toBe(100);
    expect(Number(rows[49]!.split(',')[0])).toBe(5e6);
    for (let k = 1; k < capacities.length; k++) expect(capacities[k]).toBeLessThanOrEqual(capacities[k - 1]!);
  });

  it('takes the 75 GHz grid: 32 channels, 12.8 Tbps at 3 km', async () => {
    const result = JSON.parse((await runSolstice(['link', '--distance-m', '3000', '--grid-ghz', '75', '--json'])).stdout);
    expect(result.capacityBps).toBe(12.8e12);
  });

  it.each([
    [['link'], /exactly one of --distance-m and --sweep-distance/],
    [['link', '--distance-m=-5'], /must be above 0 m/],
    [['link', '--distance-m', '100', '--csv'], /--csv needs --sweep-distance/],
    [['link', '--sweep-distance', '100:50:10'], /0 < start < stop/],
    [['link', '--sweep-distance', '100:5e6'], /start:stop:count/],
    [['link', '--distance-m', '100', '--aperture-m', '50'], /links\.apertureDiameterM: 50 is out of range/],
    [['link', '--distance-m', '100', '--isolation-db', '99'], /links\.spatialIsolationDb: 99 is out of range/],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, stderr } = await runSolstice(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
