import { evaluateScenario, scenarioNumberAt, whatWouldItTake, type Evaluation, type Scenario } from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatNumber, formatResultTable } from '../format.ts';
import { EXIT_OK, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

/**
 * The answer first: what a planner reads in ten seconds (cost per delivered
 * kW-year and per EFLOP on both sides, their ratio, the break-even year and the
 * key input nearest to closing the gap, energy and carbon per FLOP).
 */
export function evalSummary(scenario: Scenario, evaluation: Evaluation): string {
  const e = evaluation.economics;
  const money = (usd: number) => formatNumber(Math.round(usd));
  const lever = whatWouldItTake(scenario)
    .flatMap((solution) => {
      const current = scenarioNumberAt(scenario, solution.path) ?? (solution.path === 'launch.priceUsdPerKg' ? e.launchPriceUsdPerKg : undefined);
      return solution.found && current !== undefined && current !== 0 ? [{ ...solution, current, change: Math.abs(Math.log(solution.value / current)) }] : [];
    })
    .sort((a, b) => a.change - b.change)[0];
  const leverText = lever
    ? `the nearest key input: ${lever.path} ${formatNumber(lever.current)} -> ${formatNumber(lever.value)}`
    : 'no single key input (launch price, hardware USD/kg, chip failure rate, electricity price, lifetime) closes the gap';
  const breakEven = e.breakEvenYear === undefined ? 'not before 2100' : String(e.breakEvenYear);
  const { delivered } = evaluation;
  const downlink = delivered.factorValues.downlink;
  const downlinkLine =
    downlink < 1
      ? [
          `  downlink factor ${formatNumber(downlink)} (binding: ${delivered.bindingConstraint}): per EFLOP whose results reach Earth orbit ${formatNumber(e.orbitalUsdPerEflop / downlink)} USD, ` +
            `orbit / ground ${formatNumber(e.orbitToGroundCostRatio / downlink)}x (delivered.orbitalUsdPerKwYearDownlinkLimited ${money(delivered.orbitalUsdPerKwYearDownlinkLimited)})`,
        ]
      : [`  binding constraint: ${delivered.bindingConstraint}; the downlink carries every result`];
  return [
    `Per kW of delivered accelerator power per year, chips included, ${scenario.year}:`,
    `  orbit   ${money(e.orbitalUsdPerKwYear).padStart(9)} USD/kW-year  ${formatNumber(e.orbitalUsdPerEflop)} USD/EFLOP  (infrastructure only ${money(e.orbitalInfrastructureUsdPerKwYear)})`,
    `  ground  ${money(e.groundUsdPerKwYear).padStart(9)} USD/kW-year  ${formatNumber(e.groundUsdPerEflop)} USD/EFLOP  (infrastructure only ${money(e.groundInfrastructureUsdPerKwYear)})`,
    `  orbit / ground ${formatNumber(e.orbitToGroundCostRatio)}x; break-even ${breakEven}; in ${scenario.year} equal cost takes ${leverText}`,
    ...downlinkLine,
    `  energy per FLOP: orbit ${formatNumber(e.orbitalEnergyPerFlopJ)} J (sunlight), ground ${formatNumber(e.groundOperationalEnergyPerFlopJ)} J (grid)`,
    `  carbon per FLOP (lifecycle): orbit ${formatNumber(e.orbitalCarbonPerFlopKgCo2e)}, ground ${formatNumber(e.groundCarbonPerFlopKgCo2e)} kgCO2e`,
    '',
  ].join('\n');
}

export const evalCommand: Command = {
  name: 'eval',
  help: `Usage: solstice eval <scenario.json> [--set path=value]... [--json]

Evaluates one scenario and prints a table, or with --json one JSON object
whose keys are the public contract listed in docs/contract.md.

Options:
  -s, --set path=value  override a scenario field (repeatable); the value is
                        JSON or a quantity string: --set orbit.altitudeKm="700 km"
      --json            print JSON instead of a table
  -h, --help            show this help

Exit codes: 0 success, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, SCENARIO_OPTIONS);
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const evaluation = evaluateScenario(scenario);
    if (values.json) {
      io.stdout(formatJson(evaluation));
    } else {
      const title = `${scenario.name ?? positionals[0]} (${scenario.year})`;
      const { scenario: _heading, ...blocks } = evaluation;
      io.stdout(`${title}\n\n${evalSummary(scenario, evaluation)}\n${formatResultTable(blocks)}`);
    }
    return EXIT_OK;
  },
};
