import { isLadderLeverId, LADDER_LEVER_IDS, ladderToViability, type LadderLeverId } from '@solstice/core';
import { economicsYearOption, parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

/** Lever ids from `--order a,b,...` (the default order when absent). */
function leverOrder(text: string | undefined): LadderLeverId[] {
  if (text === undefined) return [...LADDER_LEVER_IDS];
  const ids = text.split(',').map((value) => value.trim()).filter((value) => value !== '');
  for (const id of ids) {
    if (!isLadderLeverId(id)) throw new UsageError(`--order: "${id}" is not a lever (one of ${LADDER_LEVER_IDS.join(', ')})`);
  }
  if (new Set(ids).size !== ids.length) throw new UsageError(`--order: each lever at most once (${text})`);
  return ids as LadderLeverId[];
}

export const ladderCommand: Command = {
  name: 'ladder',
  help: `Usage: solstice ladder <scenario.json> [--year Y] [--order a,b,...] [--quick] [--json] [--set path=value]...

Applies the levers one after another, each from the scenario's value to its
aggressive bound (seeds/ladder.json; never backwards where the scenario is
already past it), and prints after each the cumulative orbital cost per
delivered kW-year, the downlink factor (share of the results the ground link
carries, docs/downlink.md), the orbital cost per EFLOP that reaches Earth, the
ground's per EFLOP, and their ratio (orbit/ground; the ladder climbs this one).
Then each lever alone: the ratio at its bound, and the value that would close
the gap by itself (solve, on the downlink-free ratio), where one exists in the
field's range; the ground-station and relay levers are discrete (no solve).

Levers: ${LADDER_LEVER_IDS.join(', ')}.
The downlink levers matter where the downlink binds: --set workload.kind=rich-inference.

Options:
      --year Y              the year (default: the scenario's year)
      --order a,b,...       the levers to apply, in this order (default: all, as listed)
      --quick               skip each lever alone (a root search per lever)
      --json                print JSON
  -s, --set path=value      override a scenario field (repeatable)
  -h, --help                show this help

Exit codes: 0 ok, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...SCENARIO_OPTIONS, year: { type: 'string' }, order: { type: 'string' }, quick: { type: 'boolean' } });
    const order = leverOrder(values.order);
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const year = economicsYearOption(values.year, scenario.year);
    const ladder = ladderToViability(scenario, year, order, { alone: values.quick !== true });
    if (values.json) {
      io.stdout(formatJson(ladder));
      return EXIT_OK;
    }
    const head =
      `  ${'lever'.padEnd(24)}${'from -> to'.padEnd(28)}${'orbit USD/kW-yr'.padStart(16)}${'downlink'.padStart(9)}` +
      `${'orbit USD/EFLOP'.padStart(16)}${'ground USD/EFLOP'.padStart(17)}${'orbit/ground'.padStart(13)}`;
    const lines = [`${scenario.name ?? positionals[0]}: the ladder to viability in ${year} (cumulative; per EFLOP whose results reach Earth)`, '', head];
    const show = (value: number | string): string => (typeof value === 'number' ? formatNumber(value) : value);
    for (const row of ladder.rows) {
      const unit = row.unit === '1' || row.unit === '' ? '' : ` ${row.unit}`;
      const move = row.fromValue === undefined ? '' : row.fromValue === row.toValue ? `${show(row.fromValue)} (at bound)` : `${show(row.fromValue)} -> ${show(row.toValue!)}${unit}`;
      lines.push(
        `  ${row.label.padEnd(24)}${move.padEnd(28)}${formatNumber(Math.round(row.orbitalUsdPerKwYear)).padStart(16)}${row.downlinkFactor.toPrecision(3).padStart(9)}` +
          `${formatNumber(row.orbitalUsdPerDeliveredEflop).padStart(16)}${formatNumber(row.groundUsdPerEflop).padStart(17)}${row.orbitToGroundDeliveredCostRatio.toFixed(3).padStart(13)}`,
      );
    }
    lines.push('');
    lines.push(ladder.viableAfter ? `Orbit costs no more than ground after: ${ladder.rows.find((row) => row.lever === ladder.viableAfter)!.label}.` : 'Orbit stays dearer than ground with every lever at its bound.');
    const inertReasons = new Map<string, string[]>();
    for (const row of ladder.rows) if (row.inert) inertReasons.set(row.inert, [...(inertReasons.get(row.inert) ?? []), row.label]);
    for (const [reason, labels] of inertReasons) lines.push(`No effect here: ${labels.join(', ')} (${reason}).`);
    lines.push('Bounds: ' + ladder.rows.slice(1).map((row) => `${row.label} ${row.boundNote}`).join('; ') + '.');
    if (ladder.alone) {
      const closes = (solve: NonNullable<typeof ladder.alone>[number]['solve']): string =>
        solve === undefined ? '(discrete lever)' : solve.found ? `${formatNumber(solve.value)}` : `none in ${formatNumber(solve.min)}..${formatNumber(solve.max)} (${solve.cheaperSide} cheaper)`;
      lines.push(
        '',
        'Each lever alone (solve: the value of the field at which orbit costs what ground does):',
        `  ${'lever'.padEnd(24)}${'ratio at bound'.padStart(15)}  ${'solve, from the scenario'.padEnd(42)}solve, every other lever at its bound`,
      );
      for (const lever of ladder.alone) {
        lines.push(`  ${lever.label.padEnd(24)}${lever.atBound.orbitToGroundDeliveredCostRatio.toFixed(3).padStart(15)}  ${closes(lever.solve).padEnd(42)}${closes(lever.solveAtTop)}`);
      }
    }
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
