import { describe, expect, it } from 'vitest';
import { runSolstice } from '../helpers/runCli.ts';

/**
 * The bad-input corpus: every malformed scenario is refused with exit code 2,
 * one line per problem naming the field path, and never a stack trace or NaN.
 */
const corpus: ReadonlyArray<readonly [string, readonly string[], RegExp]> = [
  ['a missing file', ['eval', 'test/fixtures/bad/nope.json'], /^scenario: cannot read test\/fixtures\/bad\/nope.json: no such file$/m],
  ['a directory', ['eval', 'test/fixtures'], /^scenario: cannot read test\/fixtures: it is a directory$/m],
  ['an empty file', ['eval', 'test/fixtures/bad/empty.json'], /^scenario: .*empty\.json is empty$/m],
  ['invalid JSON', ['eval', 'test/fixtures/bad/invalid.json'], /^scenario: .* is not valid JSON/m],
  ['an array', ['eval', 'test/fixtures/bad/array.json'], /^scenario: \[1,2,3\] is not a JSON object$/m],
  ['a number', ['eval', 'test/fixtures/bad/number.json'], /^scenario: 42 is not a JSON object$/m],
  ['a __proto__ key', ['eval', 'test/fixtures/bad/proto.json'], /^orbit\.__proto__: this key is not allowed$/m],
  ['Infinity (1e999)', ['eval', 'test/fixtures/bad/infinity.json'], /^orbit\.altitudeKm: Infinity is not a finite number$/m],
  ['an out-of-range value', ['eval', 'test/fixtures/bad/out-of-range.json'], /^orbit\.altitudeKm: -5 is out of range \(160 to 2000 km\)$/m],
  ['an incompatible unit', ['eval', 'test/fixtures/bad/wrong-unit.json'], /^orbit\.altitudeKm: "650 kg" has a unit incompatible with km$/m],
  ['an unknown key close to a known one', ['eval', 'test/fixtures/bad/typo.json'], /^orbit\.altitudeKn: unknown key \(did you mean "altitudeKm"\?\)$/m],
  ['NaN through --set', ['eval', 'scenarios/suncatcher.json', '--set', 'year=NaN'], /^year: "NaN" is not a number$/m],
  ['an unknown --set path', ['eval', 'scenarios/suncatcher.json', '--set', 'orbit.altitude=700'], /^orbit\.altitude: unknown scenario path \(did you mean "orbit\.altitudeKm"\?\)$/m],
  ['a --set without =', ['eval', 'scenarios/suncatcher.json', '--set', 'year'], /^year: expected path=value/m],
  ['an incompatible unit through --set', ['eval', 'scenarios/suncatcher.json', '--set', 'satellite.massKg=5 m'], /^satellite\.massKg: "5 m" has a unit incompatible with kg$/m],
  ['an unknown option', ['eval', 'scenarios/suncatcher.json', '--jsn'], /Unknown option '--jsn'/],
  ['no scenario argument', ['eval'], /missing <scenario> argument/],
  ['an unknown command', ['evaluate'], /unknown command "evaluate"/],
  ['a learning rate out of range', ['launch-price', '--cumulative-mass-t', '1000', '--learning-rate', '0.9'], /^launch\.learningRate: 0\.9 is out of range \(0 to 0\.5\)$/m],
  ['a negative cumulative mass', ['launch-price', '--cumulative-mass-t=-3'], /--cumulative-mass-t: -3 must be above 0 t/],
  ['a non-numeric cumulative mass', ['launch-price', '--cumulative-mass-t', 'lots'], /--cumulative-mass-t: "lots" is not a finite number/],
];

describe('solstice refuses bad input clearly (exit 2, one line per problem)', () => {
  it.each(corpus)('%s', async (_case, args, expected) => {
    const { code, stdout, stderr } = await runSolstice(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toMatch(/NaN/);
  });

  it('reports every problem of a file at once, one line each', async () => {
    const { code, stderr } = await runSolstice(['eval', 'test/fixtures/bad/two-problems.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^satelite: unknown key \(did you mean "satellite"\?\)$/m);
    expect(stderr).toMatch(/^year: "soon" is not a number$/m);
  });

  it('does not pollute Object.prototype through a __proto__ key', async () => {
    await runSolstice(['eval', 'test/fixtures/bad/proto.json']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
