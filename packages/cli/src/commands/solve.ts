import { ECONOMICS_FIRST_YEAR, ECONOMICS_LAST_YEAR, KEY_BREAK_EVEN_INPUTS, solveBreakEven } from '@solstice/core';
import { numericOption, parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const solveCommand: Command = {
  name: 'solve',
  help: `Usage: solstice solve <scenario.json> --for PATH [--year Y] [--json] [--set path=value]...

Finds the value of one numeric scenario input at which a kW of delivered IT
power costs the same in orbit as on the ground in the year, by a bracketed
root search over the field's allowed range (a scan, then bisection). Prints
{ path, value, year, orbitalUsdPerKwYear, groundUsdPerKwYear }.

Key inputs: ${KEY_BREAK_EVEN_INPUTS.join(', ')}.

Options:
      --for PATH            the dotted scenario path to solve for (required)
      --year Y              the year (default: the scenario's year; ${ECONOMICS_FIRST_YEAR} to ${ECONOMICS_LAST_YEAR})
      --json                print JSON
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 a value was found, 2 bad input or no value in the field's range
closes the gap (the message says which side stays cheaper), 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...SCENARIO_OPTIONS, for: { type: 'string' }, year: { type: 'string' } });
    if (values.for === undefined) throw new UsageError('--for PATH is required (e.g. --for launch.priceUsdPerKg)');
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const year = numericOption('year', values.year) ?? scenario.year;
    if (!Number.isInteger(year) || year < ECONOMICS_FIRST_YEAR || year > ECONOMICS_LAST_YEAR) {
      throw new UsageError(`--year ${year} must be a whole year from ${ECONOMICS_FIRST_YEAR} to ${ECONOMICS_LAST_YEAR}`);
    }
    let solution;
    try {
      solution = solveBreakEven(scenario, values.for, year);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(`--for: ${error.message}`);
      throw error;
    }
    if (!solution.found) {
      const { atMin, atMax } = solution;
      const side = solution.cheaperSide === 'ground' ? 'the ground stays cheaper' : 'orbit stays cheaper';
      io.stderr(
        `no value of ${solution.path} from ${formatNumber(solution.min)} to ${formatNumber(solution.max)} makes orbit cost the same as ground in ${year}: ${side} ` +
          `(orbit ${formatNumber(atMin.orbitalUsdPerKwYear)} vs ground ${formatNumber(atMin.groundUsdPerKwYear)} USD/kW-year at ${formatNumber(solution.min)}; ` +
          `${formatNumber(atMax.orbitalUsdPerKwYear)} vs ${formatNumber(atMax.groundUsdPerKwYear)} at ${formatNumber(solution.max)})\n`,
      );
      if (values.json) io.stdout(formatJson(solution));
      return EXIT_BAD_INPUT;
    }
    const { found: _found, ...result } = solution;
    if (values.json) {
      io.stdout(formatJson(result));
    } else {
      io.stdout(
        `${scenario.name ?? positionals[0]}: orbit costs the same as ground in ${year} when ${result.path} = ${formatNumber(result.value)}\n` +
          `  orbit  ${formatNumber(result.orbitalUsdPerKwYear)} USD per delivered kW-year\n  ground ${formatNumber(result.groundUsdPerKwYear)} USD per kW-year\n`,
      );
    }
    return EXIT_OK;
  },
};
