import { runCli } from '@solstice/cli';
import { DEFAULT_PROJECTION_YEARS, validateScenario } from '@solstice/core';
import { describe, expect, it } from 'vitest';
import baseline from '../../../../scenarios/suncatcher.json' with { type: 'json' };
import { projectionFile } from './projection.ts';

async function cli(args: string[]): Promise<string> {
  let stdout = '';
  await runCli(args, { stdout: (text) => (stdout += text), stderr: () => undefined, cwd: new URL('../../../../', import.meta.url).pathname, isTty: false });
  return stdout;
}

describe('projection download', () => {
  const scenario = validateScenario(baseline);

  it('writes CSV byte for byte as `solstice project` does for the same scenario', async () => {
    expect(projectionFile(scenario, DEFAULT_PROJECTION_YEARS, 'csv')).toBe(await cli(['project', 'scenarios/suncatcher.json']));
  });

  it('writes JSON byte for byte as `solstice project --format json` does', async () => {
    expect(projectionFile(scenario, DEFAULT_PROJECTION_YEARS, 'json')).toBe(await cli(['project', 'scenarios/suncatcher.json', '--format', 'json']));
  });
});
