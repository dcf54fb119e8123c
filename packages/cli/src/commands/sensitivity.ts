import {
  evaluateScenario,
  flattenResult,
  SOBOL_DEFAULT_BOOTSTRAP,
  SOBOL_DEFAULT_SAMPLES,
  sobolSensitivity,
  tornado,
  TORNADO_HIGH_P,
  TORNADO_LOW_P,
  ORBIT_TO_GROUND_COST_RATIO,
  scenarioMetrics,
  type NullableNumber,
  type SobolSensitivity,
  type Tornado,
} from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS, wholeOption } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

/** The tornado's default metrics: keys of `solstice eval --json`. */
export const SENSITIVITY_METRICS = ['economics.breakEvenYear', 'economics.orbitalUsdPerKwYear'] as const;

/** The Sobol study's default metrics: the cost ratio and the orbital cost (the break-even year is often "none"). */
export const SOBOL_METRICS = [ORBIT_TO_GROUND_COST_RATIO, 'economics.orbitalUsdPerKwYear'] as const;

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

function indexText(value: NullableNumber): string {
  // Round-off below the printed digits is shown as 0.000, not -0.000.
  return value === null ? 'n/a' : (Math.abs(value) < 5e-4 ? 0 : value).toFixed(3);
}

function intervalText(low: NullableNumber, high: NullableNumber): string {
  return low === null || high === null ? '' : `[${indexText(low)}, ${indexText(high)}]`;
}

/** The Sobol' study as one table per metric: first-order and total index of each input, with intervals, and their sums. */
function sobolTables(result: SobolSensitivity): string {
  const level = `${Math.round(result.bootstrap.confidence * 100)}%`;
  return result.metrics
    .map((metric) => {
      const header = ['input', 'S_i', `${level} CI`, 'S_Ti', `${level} CI`];
      const sum = (key: 'firstOrder' | 'total') => metric.inputs.reduce<number | null>((acc, input) => (acc === null || input[key] === null ? null : acc + input[key]), 0);
      const rows = [
        ...metric.inputs.map((input) => [
          input.path,
          indexText(input.firstOrder),
          intervalText(input.firstOrderLow, input.firstOrderHigh),
          indexText(input.total),
          intervalText(input.totalLow, input.totalHigh),
        ]),
        ['(sum)', indexText(sum('firstOrder')), '', indexText(sum('total')), ''],
      ];
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
      const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
      const stats = metric.mean === null ? '' : ` (mean ${formatNumber(metric.mean)}, sd ${formatNumber(Math.sqrt(metric.variance ?? 0))})`;
      return [`${metric.metric}${stats}${metric.note ? `: ${metric.note}` : ''}`, line(header), ...rows.map(line)].join('\n');
    })
    .join('\n\n');
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  help: `Usage: solstice sensitivity <scenario.json> [--metric key]... [--json] [--set path=value]...
       solstice sensitivity <scenario.json> --sobol [--samples N] [--seed S] [--metric key]... [--json]

A one-at-a-time sensitivity (tornado) over the scenario's uncertainty block:
each input is set to the ${TORNADO_LOW_P * 100}th and ${TORNADO_HIGH_P * 100}th percentile of its distribution
(p10 and p90, after truncation to the field's range; whole-number fields
rounded), the other inputs kept at the scenario's own values, and the metrics
evaluated at both ends. Inputs are listed by swing of the first metric,
largest first. A break-even year of "none" (never within 2020-2100) ranks
as the largest possible swing.

With --sobol, a global (variance-based) study instead: Sobol' first-order
indices S_i (the share of the metric's variance an input explains alone)
and total indices S_Ti (with all its interactions), every input drawn from
its distribution at once (Saltelli 2010 design: N (d + 2) evaluations for d
inputs, a Sobol' sequence with a seeded digital shift, best with N a power of
2; Saltelli and Jansen estimators), with
${SOBOL_DEFAULT_BOOTSTRAP.confidence * 100}% bootstrap intervals (${SOBOL_DEFAULT_BOOTSTRAP.resamples} resamples). Sum of S_i near 1: additive;
S_Ti well above S_i: the input acts through interactions. See docs/sensitivity.md.

Metrics (default: ${SENSITIVITY_METRICS.join(', ')}; with --sobol:
${SOBOL_METRICS.join(', ')}) are keys of 'solstice eval --json', dotted, or
${ORBIT_TO_GROUND_COST_RATIO} (orbital over ground USD per kW-year).

Options:
      --metric key          a metric to report (repeatable; replaces the defaults)
      --sobol               Sobol' first-order and total indices instead of the tornado
      --samples N           with --sobol: base samples N (default ${SOBOL_DEFAULT_SAMPLES}; N (d + 2) evaluations)
      --seed S              with --sobol: seed (default: the uncertainty block's seed)
      --json                print JSON: { lowP, highP, metrics, base, bars: [{ path,
                            lowInput, highInput, low, high, swing }] }; with --sobol:
                            { method, samples, seed, sequence, evaluations, bootstrap, metrics: [{
                            metric, mean, variance, note, inputs: [{ path, firstOrder,
                            firstOrderLow, firstOrderHigh, total, totalLow, totalHigh }] }] }
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 success, 2 bad input (also: no uncertain inputs), 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...SCENARIO_OPTIONS,
      metric: { type: 'string', multiple: true },
      sobol: { type: 'boolean' },
      samples: { type: 'string' },
      seed: { type: 'string' },
    });
    const samples = wholeOption('samples', values.samples, 2);
    const seed = wholeOption('seed', values.seed, 0);
    if (!values.sobol && (samples !== undefined || seed !== undefined)) throw new UsageError('--samples and --seed need --sobol (the tornado has no randomness)');
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    if (scenario.uncertainty.inputs.length === 0) {
      throw new UsageError('the scenario has no uncertain inputs: add an "uncertainty": { "inputs": [{ "path", "distribution", "params" }] } block');
    }
    const metrics = values.metric ?? [...(values.sobol ? SOBOL_METRICS : SENSITIVITY_METRICS)];
    const known = [...Object.keys(flattenResult(evaluateScenario(scenario))), ...SENSITIVITY_METRICS, ORBIT_TO_GROUND_COST_RATIO];
    const unknown = metrics.filter((metric) => !known.includes(metric));
    if (unknown.length > 0) throw new UsageError(`--metric ${unknown.join(', ')}: not a numeric key of 'solstice eval --json'`);
    if (values.sobol) {
      const sobol = sobolSensitivity(scenario, scenarioMetrics(metrics), { samples: samples ?? SOBOL_DEFAULT_SAMPLES, seed: seed ?? scenario.uncertainty.seed });
      if (values.json) {
        io.stdout(formatJson({ method: 'sobol', ...sobol }));
      } else {
        io.stdout(
          `${scenario.name ?? positionals[0]}: Sobol' indices over ${scenario.uncertainty.inputs.length} uncertain inputs, N = ${sobol.samples} (${sobol.evaluations} evaluations), ${sobol.sequence === 'sobol' ? "Sobol' sequence" : 'pseudo-random points'}, seed ${sobol.seed}\n\n${sobolTables(sobol)}\n`,
        );
      }
      return EXIT_OK;
    }
    const result = tornado(scenario, scenarioMetrics(metrics));
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
