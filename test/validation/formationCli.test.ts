/**
 * The formation commands end to end, in process: `solstice formation`,
 * `solstice tle`, `solstice czml` and the `formation` block of `solstice eval`.
 * References: the JSON keys of issue 3 and docs/formation.md; the TLE column format.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

const CONTRACT_KEYS = [
  'satellites',
  'neighbourDistanceMinM',
  'neighbourDistanceMaxM',
  'minPairDistanceM',
  'stationKeepingDeltaVMPerSPerYear',
  'axisRatio',
] as const;

describe('solstice formation', () => {
  it('prints the issue\'s keys with --json and writes the positions CSV (RIC and ECI in m)', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solstice-formation-'));
    const csv = join(dir, 'positions.csv');
    const { code, stdout } = await runSolstice([
      'formation',
      'scenarios/suncatcher.json',
      '--json',
      '--set',
      'cluster.satellites=13',
      '--positions',
      csv,
      '--step-s',
      '600',
      '--orbits',
      '1',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const key of CONTRACT_KEYS) expect(typeof result[key]).toBe('number');
    expect(typeof result.validation.maxPositionErrorM).toBe('number');
    expect(result.satellites).toBe(13);
    expect(result.minPairDistanceSource).toBe('integration');
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('tS,satellite,i,j,xRicM,yRicM,zRicM,xEciM,yEciM,zEciM');
    // 0, 600, ..., 5400 s: ten samples of 13 satellites (one orbit is 5,864 s).
    expect(lines).toHaveLength(1 + 10 * 13);
    const eci = lines[1]!.split(',').slice(7).map(Number);
    expect(Math.hypot(...eci)).toBeCloseTo(7_028_137, -1);
  });

  it('refuses a non-positive --step-s with exit code 2', async () => {
    const { code, stderr } = await runSolstice(['formation', 'scenarios/suncatcher.json', '--step-s', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--step-s/);
  });
});

describe('solstice eval formation block', () => {
  it('carries the same keys as solstice formation, from the closed-form model and a one-orbit check', async () => {
    const { code, stdout } = await runSolstice(['eval', 'scenarios/suncatcher.json', '--json']);
    expect(code).toBe(0);
    const formation = JSON.parse(stdout).formation;
    for (const key of CONTRACT_KEYS) expect(typeof formation[key]).toBe('number');
    expect(formation.neighbourDistanceMinM).toBeCloseTo(100.06, 1);
    expect(formation.validation.satellitesChecked).toBe('representative');
  });
});

describe('solstice tle and czml', () => {
  it('prints one three-line TLE per satellite plus the reference, with catalogue numbers from the scenario base', async () => {
    const { code, stdout } = await runSolstice(['tle', 'scenarios/suncatcher.json', '--set', 'cluster.tleCatalogNumberBase=12000']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3 * 82);
    expect(lines[0]).toBe('SOLSTICE REF');
    expect(lines[1]!.slice(2, 7)).toBe('12000');
    expect(lines[3 * 81 + 2]!.slice(2, 7)).toBe('12081');
  });

  it('writes a CZML document with the reference, every satellite (with interpolation hints) and, unless --no-links, the links', async () => {
    const { code, stdout } = await runSolstice(['czml', 'scenarios/suncatcher.json', '--set', 'cluster.satellites=5', '--no-links']);
    expect(code).toBe(0);
    const packets = JSON.parse(stdout);
    expect(packets[0].id).toBe('document');
    expect(packets).toHaveLength(2 + 5);
    const withLinks = JSON.parse((await runSolstice(['czml', 'scenarios/suncatcher.json', '--set', 'cluster.satellites=5'])).stdout);
    expect(withLinks.length).toBeGreaterThan(2 + 5);
    expect(withLinks.slice(2 + 5).every((p: { polyline?: unknown }) => p.polyline)).toBe(true);
    expect(packets[2].position.interpolationAlgorithm).toBe('LAGRANGE');
    expect(packets[2].position.cartesian.length % 4).toBe(0);
  });
});

describe('solstice formation --control', () => {
  it('adds the drag, control and failure blocks of issue 17', { timeout: 120_000 }, async () => {
    const { code, stdout } = await runSolstice(['formation', 'scenarios/suncatcher.json', '--json', '--set', 'cluster.satellites=13', '--control', '--days', '0.3']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const key of ['differentialAccelerationMPerS2', 'uncontrolledDriftMPerOrbit']) expect(typeof result.drag[key]).toBe('number');
    for (const key of ['deltaVMPerSPerYearMax', 'deltaVMPerSPerYearMean', 'maxPositionErrorM', 'burnsPerOrbit', 'propellantKgPerYear', 'horizonDays']) {
      expect(typeof result.control[key]).toBe('number');
    }
    for (const key of ['satellite', 'minDistanceM', 'avoidanceDeltaVMPerS']) expect(typeof result.failure[key]).toBe('number');
    expect(result.control.horizonDays).toBe(0.3);
  });

  it('refuses a --fail-satellite outside the cluster with exit code 2', async () => {
    const { code, stderr } = await runSolstice(['formation', 'scenarios/suncatcher.json', '--set', 'cluster.satellites=13', '--control', '--fail-satellite', '13']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fail-satellite/);
  });
});

describe('solstice eval stationKeeping block', () => {
  it('carries the differential drag and the yearly delta-v |f| x year with its propellant', async () => {
    const { code, stdout } = await runSolstice(['eval', 'scenarios/suncatcher.json', '--json']);
    expect(code).toBe(0);
    const block = JSON.parse(stdout).stationKeeping;
    expect(block.deltaVMPerSPerYearMax).toBeCloseTo((block.differentialAccelerationMPerS2 + block.srpInPlaneAccelerationMPerS2) * 365.25 * 86_400, 10);
    expect(block.propellantKgPerYear).toBeGreaterThan(0);
  });
});
