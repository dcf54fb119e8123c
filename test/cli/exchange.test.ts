/**
 * The export commands end to end, in process: `solstice oem`, `omm`,
 * `groundtrack`, and `--epoch` on `tle` and `czml`; each file is the text
 * core writes (byte-identical), and a bad epoch is a usage error.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterFormationDesign, formationEpoch, formationOem, loadScenario, parseEpochUnixS } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import { parseOemKvn } from '../helpers/ccsdsKvn.ts';
import { runSolstice } from '../helpers/runCli.ts';
import { exportFile } from '../../apps/web/src/exportFile.ts';

const SMALL = ['--set', 'cluster.satellites=4'];

describe('solstice oem', () => {
  it('writes to --out exactly what core formationOem returns, at the --epoch given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solstice-oem-'));
    const out = join(dir, 'cluster.oem');
    const args = ['oem', 'scenarios/suncatcher.json', ...SMALL, '--days', '0.05', '--epoch', '2035-03-20T06:00:00Z', '--creation-date', '2026-12-01T00:00:00Z', '--out', out];
    const { code } = await runSolstice(args);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const scenario = loadScenario({ json: readFileSync('scenarios/suncatcher.json', 'utf8') }, ['cluster.satellites=4']);
    const design = clusterFormationDesign(scenario);
    const epoch = formationEpoch(scenario, design, parseEpochUnixS('2035-03-20T06:00:00Z'));
    const core = formationOem(design, epoch, {
      durationS: 0.05 * 86_400,
      stepS: 60,
      creationDateUnixS: parseEpochUnixS('2026-12-01'),
      catalogNumberBase: scenario.cluster.tleCatalogNumberBase,
      scenarioName: scenario.name!,
    });
    expect(text).toBe(core);
    const oem = parseOemKvn(text);
    expect(oem.segments).toHaveLength(5);
    expect(oem.segments[0]!.metadata.START_TIME).toBe('2035-03-20T06:00:00.000');
  });

  it('takes orbit.epoch from the scenario and refuses a bad --epoch with exit code 2 naming the option', async () => {
    const fromScenario = await runSolstice(['oem', 'scenarios/suncatcher.json', ...SMALL, '--days', '0.01', '--set', 'orbit.epoch="2036-07-01T00:00:00Z"']);
    expect(fromScenario.code).toBe(0);
    expect(fromScenario.stdout).toMatch(/START_TIME = 2036-07-01T00:00:00\.000/);
    const bad = await runSolstice(['oem', 'scenarios/suncatcher.json', '--epoch', '2035-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--epoch: "2035-13-01"/);
  });
});

describe('solstice omm', () => {
  it('prints CelesTrak JSON by default and CCSDS KVN with --format kvn, the same elements', async () => {
    const json = await runSolstice(['omm', 'scenarios/suncatcher.json', ...SMALL]);
    expect(json.code).toBe(0);
    const omms = JSON.parse(json.stdout);
    expect(omms).toHaveLength(5);
    expect(omms[0].EPOCH).toBe('2035-01-01T00:00:00.000000');
    const kvn = await runSolstice(['omm', 'scenarios/suncatcher.json', ...SMALL, '--format', 'kvn', '--creation-date', '2026-12-01']);
    expect(kvn.code).toBe(0);
    expect(kvn.stdout).toContain(`MEAN_MOTION = ${omms[0].MEAN_MOTION}`);
    expect(kvn.stdout).toContain('REF_FRAME = TEME');
  });
});

describe('solstice groundtrack', () => {
  it('prints a FeatureCollection whose time span starts at --epoch', async () => {
    const { code, stdout } = await runSolstice(['groundtrack', 'scenarios/suncatcher.json', '--orbits', '2', '--epoch', '2035-06-21']);
    expect(code).toBe(0);
    const geojson = JSON.parse(stdout);
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features[0].properties.startTime).toBe('2035-06-21T00:00:00.000Z');
    expect(geojson.features[1].geometry.type).toBe('Point');
  });
});

describe('--epoch on tle and czml', () => {
  it('moves the TLE epoch field and the CZML clock to the epoch', async () => {
    const tle = await runSolstice(['tle', 'scenarios/suncatcher.json', ...SMALL, '--epoch', '2035-03-20T12:00:00Z']);
    expect(tle.code).toBe(0);
    // Day 79.5 of 2035.
    expect(tle.stdout.split('\n')[1]!.slice(18, 32)).toBe('35079.50000000');
    const czml = await runSolstice(['czml', 'scenarios/suncatcher.json', ...SMALL, '--epoch', '2035-03-20T12:00:00Z']);
    expect(czml.code).toBe(0);
    expect(JSON.parse(czml.stdout)[0].clock.currentTime).toBe('2035-03-20T12:00:00.000Z');
  });
});

describe('the app\'s Export menu', () => {
  it('offers each file byte-identical to the CLI\'s (same core function, same defaults)', { timeout: 120_000 }, async () => {
    const scenario = loadScenario({ json: readFileSync('scenarios/suncatcher.json', 'utf8') }, ['cluster.satellites=4']);
    const created = parseEpochUnixS('2026-12-01T00:00:00Z');
    const cases = [
      ['tle', ['tle']],
      ['omm-json', ['omm']],
      ['omm-kvn', ['omm', '--format', 'kvn', '--creation-date', '2026-12-01T00:00:00Z']],
      ['oem', ['oem', '--creation-date', '2026-12-01T00:00:00Z']],
      ['czml', ['czml']],
      ['geojson', ['groundtrack']],
    ] as const;
    for (const [format, args] of cases) {
      const cli = await runSolstice([...args, 'scenarios/suncatcher.json', ...SMALL]);
      expect(cli.code, format).toBe(0);
      const app = exportFile(scenario, format, created);
      expect(app.text === cli.stdout, format).toBe(true);
      expect(app.filename).toMatch(/^suncatcher-baseline\./);
    }
  });
});
