import { assumptionsRegister, validateScenario } from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

const yearText = (year: number | null): string => (year === null ? 'none' : String(year));

export const assumptionsCommand: Command = {
  name: 'assumptions',
  help: `Usage: solstice assumptions [scenario.json] [--json] [--set path=value]...

Lists every scenario default that seeds/ marks as reasoned rather than
sourced: its value, its reasoning, and its one-at-a-time swing (the value
halved and raised by half, within the field's range) on the break-even year
and on the orbital and ground cost per kW-year in the scenario's year.
Without a scenario file, the defaults themselves (the Suncatcher baseline).

Options:
      --json                print JSON: [{ path, seed, value, unit, reasoning,
                            lowInput, highInput, breakEvenYearLow, breakEvenYearHigh,
                            breakEvenYearSwing, orbitalUsdPerKwYearSwing,
                            groundUsdPerKwYearSwing }]
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 success, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, SCENARIO_OPTIONS);
    const scenario = positionals[0] === undefined && (values.set ?? []).length === 0 ? validateScenario({}) : loadScenarioFile(positionals[0] ?? 'scenarios/suncatcher.json', io.cwd, values.set ?? []);
    const register = assumptionsRegister(scenario);
    if (values.json) {
      io.stdout(formatJson(register.map((entry) => ({ ...entry, breakEvenYearSwing: Number.isFinite(entry.breakEvenYearSwing) ? entry.breakEvenYearSwing : null }))));
      return EXIT_OK;
    }
    const header = ['path', 'value', 'unit', 'x0.5 / x1.5', 'break-even', 'orbit swing', 'ground swing'];
    const rows = register.map((entry) => [
      entry.path,
      formatNumber(entry.value),
      entry.unit,
      `${formatNumber(entry.lowInput)} / ${formatNumber(entry.highInput)}`,
      `${yearText(entry.breakEvenYearLow)} / ${yearText(entry.breakEvenYearHigh)}`,
      formatNumber(Math.round(entry.orbitalUsdPerKwYearSwing)),
      formatNumber(Math.round(entry.groundUsdPerKwYearSwing)),
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
    const reasons = register.map((entry) => `  ${entry.path} (${entry.seed}): ${entry.reasoning}`);
    io.stdout(
      `Reasoned defaults (no published figure), ${scenario.year}; swings in USD per kW-year, largest first\n\n${[line(header), ...rows.map(line)].join('\n')}\n\nReasoning:\n${reasons.join('\n')}\n`,
    );
    return EXIT_OK;
  },
};
