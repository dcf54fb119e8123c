import { compareGround, GROUND_BASELINE_IDS, groundBaseline, isGroundBaselineId, type GroundBaselineId } from '@solstice/core';
import { economicsYearOption, parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

const FLOP_PER_EFLOP = 1e18;

/** Preset ids from repeated or comma-separated `--ground` values (all presets when none). */
function groundIds(values: readonly string[] | undefined): GroundBaselineId[] {
  if (!values || values.length === 0) return [...GROUND_BASELINE_IDS];
  const ids = values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
  if (ids.includes('all')) return [...GROUND_BASELINE_IDS];
  for (const id of ids) {
    if (!isGroundBaselineId(id)) throw new UsageError(`--ground: "${id}" is not a ground baseline (one of ${GROUND_BASELINE_IDS.join(', ')}, or all)`);
  }
  return ids as GroundBaselineId[];
}

export const compareCommand: Command = {
  name: 'compare',
  help: `Usage: solstice compare <scenario.json> [--ground PRESET]... [--year Y] [--json] [--set path=value]...

Prices the same delivered compute on the scenario's own ground datacenter and
on each ground baseline preset (seeds/ground-baselines.json, each figure cited),
and ranks them, cheapest ground first, against the scenario's orbit: cost per
delivered kW-year and per EFLOP, orbit/ground ratio, lifecycle carbon.

Presets: ${GROUND_BASELINE_IDS.join(', ')} (default: all).

Options:
      --ground PRESET       a preset to compare, repeatable or comma-separated (all: every one)
      --year Y              the year (default: the scenario's year)
      --json                print JSON
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 ok, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...SCENARIO_OPTIONS, ground: { type: 'string', multiple: true }, year: { type: 'string' } });
    const ids = groundIds(values.ground);
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const year = economicsYearOption(values.year, scenario.year);
    const comparison = compareGround(scenario, ids, year);
    if (values.json) {
      io.stdout(formatJson(comparison));
      return EXIT_OK;
    }
    const orbit = comparison.rows[0]!;
    const lines = [
      `${scenario.name ?? positionals[0]} in ${year}: orbit ${formatNumber(Math.round(orbit.orbitalUsdPerKwYear))} USD per delivered kW-year, ` +
        `${formatNumber(orbit.orbitalUsdPerEflop)} USD/EFLOP, ${formatNumber(orbit.orbitalCarbonPerFlopKgCo2e * FLOP_PER_EFLOP)} kgCO2e/EFLOP`,
      `  downlink factor ${orbit.downlinkFactor.toPrecision(3)}: ${formatNumber(orbit.orbitalUsdPerDeliveredEflop)} USD per EFLOP whose results reach Earth (the ratio below)`,
      '',
      `  ${'rank'.padEnd(5)}${'ground'.padEnd(42)}${'USD/kW-yr'.padStart(11)}${'USD/EFLOP'.padStart(11)}${'orbit/ground'.padStart(14)}${'kgCO2e/EFLOP'.padStart(14)}`,
      ...comparison.rows.map(
        (row) =>
          `  ${String(row.rank).padEnd(5)}${row.label.padEnd(42)}${formatNumber(Math.round(row.groundUsdPerKwYear)).padStart(11)}` +
          `${formatNumber(row.groundUsdPerEflop).padStart(11)}${row.orbitToGroundDeliveredCostRatio.toFixed(2).padStart(14)}` +
          `${formatNumber(row.groundCarbonPerFlopKgCo2e * FLOP_PER_EFLOP).padStart(14)}`,
      ),
      '',
      `${comparison.groundsCheaperThanOrbit} of ${comparison.rows.length} grounds cost less than orbit per delivered EFLOP.`,
      'Presets (the scenario keeps every other ground field):',
      ...ids.map((id) => {
        const { label, fields } = groundBaseline(id, scenario);
        const set = Object.entries(fields).map(([key, value]) => `ground.${key}=${formatNumber(value as number)}`).join(', ');
        return `  ${label}: ${set}`;
      }),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
