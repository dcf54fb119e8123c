import { evaluateScenario, flattenResult, tornado, TORNADO_HIGH_P, TORNADO_LOW_P, type NullableNumber, type Scenario, type Tornado } from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

/** The tornado's default metrics: keys of `solstice eval --json`. */
export const SENSITIVITY_METRICS = ['economics.breakEvenYear', 'economics.orbitalUsdPerKwYear'] as const;

/** The named metrics of one scenario's evaluation; a key absent from it (no break-even) is null. */
function metricsOf(names: readonly string[]): (scenario: Scenario) => Record<string, NullableNumber> {
  return (scenario) => {
    const flat = flattenResult(evaluateScenario(scenario));
    return Object.fromEntries(names.map((name) => [name, typeof flat[name] === 'number' ? flat[name] : null]));
  };
}

function cellText(value: NullableNumber): string {
  return value === null ? 'none' : formatNumber(value);
}

/** The tornado as a table: one line per input, the metrics at its low and high values. */
function tornadoTable(result: Tornado): string {
  const header = ['input', 'low', 'high', ...result.metrics.flatMap((metric) => [`${metric} @low`, `@high`, 'swing'])];
  const rows = [
    ['(scenario)', '', '', ...result.metrics.flatMap((metric) => [cellText(result.base[metric] ?? null), '', ''])],
    ...result.bars.map((bar) => [
      bar.path,
      formatNumber(bar.lowInput),
      formatNumber(bar.highInput),
      ...result.metrics.flatMap((metric) => [cellText(bar.low[metric] ?? null), cellText(bar.high[metric] ?? null), formatNumber(bar.swing[metric] ?? 0)]),
    ]),
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'tornado: each uncertain input at its p10 and p90 against break-even year and orbital cost',
  help: `Usage: solstice sensitivity <scenario.json> [--metric key]... [--json] [--set path=value]...

A one-at-a-time sensitivity (tornado) over the scenario's uncertainty block:
each input is set to the ${TORNADO_LOW_P * 100}th and ${TORNADO_HIGH_P * 100}th percentile of its distribution
(p10 and p90, after truncation to the field's range; whole-number fields
rounded), the other inputs kept at the scenario's own values, and the metrics
evaluated at both ends. Inputs are listed by swing of the first metric,
largest first. A break-even year of "none" (never within 2020-2100) ranks
as the largest possible swing.

Metrics (default: ${SENSITIVITY_METRICS.join(', ')}) are keys of
'solstice eval --json', dotted.

Options:
      --metric key          a metric to report (repeatable; replaces the defaults)
      --json                print JSON: { lowP, highP, metrics, base, bars: [{ path,
                            lowInput, highInput, low, high, swing }] }
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 success, 2 bad input (also: no uncertain inputs), 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...SCENARIO_OPTIONS, metric: { type: 'string', multiple: true } });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    if (scenario.uncertainty.inputs.length === 0) {
      throw new UsageError('the scenario has no uncertain inputs: add an "uncertainty": { "inputs": [{ "path", "distribution", "params" }] } block');
    }
    const metrics = values.metric ?? [...SENSITIVITY_METRICS];
    const known = Object.keys(flattenResult(evaluateScenario(scenario)));
    const unknown = metrics.filter((metric) => !known.includes(metric) && !(SENSITIVITY_METRICS as readonly string[]).includes(metric));
    if (unknown.length > 0) throw new UsageError(`--metric ${unknown.join(', ')}: not a numeric key of 'solstice eval --json'`);
    const result = tornado(scenario, metricsOf(metrics));
    if (values.json) {
      io.stdout(formatJson({ lowP: TORNADO_LOW_P, highP: TORNADO_HIGH_P, ...result }));
    } else {
      io.stdout(
        `${scenario.name ?? positionals[0]}: each uncertain input at its p10 (low) and p90 (high), the others at the scenario's values\n\n${tornadoTable(result)}\n`,
      );
    }
    return EXIT_OK;
  },
};
