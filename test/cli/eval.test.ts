import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

describe('solstice eval', () => {
  it('prints the contract keys with --json', async () => {
    const { code, stdout } = await runSolstice(['eval', 'scenarios/suncatcher.json', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const key of ['semiMajorAxisM', 'inclinationDeg', 'periodS', 'sunlitFraction']) expect(typeof result.orbit[key]).toBe('number');
    for (const key of ['launchPriceUsdPerKg', 'launchedPowerUsdPerKwYear', 'groundPowerUsdPerKwYear']) {
      expect(typeof result.economics[key]).toBe('number');
    }
    expect(result.orbit.semiMajorAxisM).toBe(7_028_137);
  });

  it('applies --set overrides, in unit strings too, exactly as if written in the file', async () => {
    const viaUnit = JSON.parse((await runSolstice(['eval', 'scenarios/suncatcher.json', '--json', '--set', 'orbit.altitudeKm=0.7 Mm'])).stdout);
    const viaNumber = JSON.parse((await runSolstice(['eval', 'scenarios/suncatcher.json', '--json', '-s', 'orbit.altitudeKm=700'])).stdout);
    expect(viaUnit).toEqual(viaNumber);
    expect(viaNumber.orbit.altitudeM).toBe(700_000);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await runSolstice(['eval', 'scenarios/suncatcher.json']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Suncatcher baseline \(2035\)$/m);
    expect(stdout).toMatch(/^ {2}launchedPowerUsdPerKwYear +[\d,.]+$/m);
  });

  it('has --help on every command, exiting 0', async () => {
    for (const command of ['eval', 'launch-price', 'schema']) {
      const { code, stdout } = await runSolstice([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: solstice /);
    }
    expect((await runSolstice(['--help'])).code).toBe(0);
  });

  it('runs as `npx solstice` through the bin script (the built CLI that npm install made)', () => {
    const bin = resolve(REPO_ROOT, 'node_modules/.bin/solstice');
    const output = execFileSync(bin, ['launch-price', '--cumulative-mass-t', '800', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const result = JSON.parse(output);
    expect(result.priceUsdPerKg).toBeCloseTo(1_440, 6);
    expect(result.doublings).toBeCloseTo(1, 12);
  });
});

describe('solstice launch-price', () => {
  it("prints the price and doublings of Wright's law from the Falcon Heavy point", async () => {
    const { stdout } = await runSolstice(['launch-price', '--cumulative-mass-t', '370400', '--json']);
    const result = JSON.parse(stdout);
    expect(result.priceUsdPerKg).toBeCloseTo(199.6, 1);
    expect(result.doublings).toBeCloseTo(9.855, 3);
  });
});
