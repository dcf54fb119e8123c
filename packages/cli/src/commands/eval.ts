import { evaluateScenario } from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatResultTable } from '../format.ts';
import { EXIT_OK, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate a scenario: orbit, economics and every model block',
  help: `Usage: solstice eval <scenario.json> [--set path=value]... [--json]

Evaluates one scenario and prints a table, or with --json one JSON object
whose keys are the public contract listed in the README.

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
      io.stdout(`${title}\n${formatResultTable(blocks)}`);
    }
    return EXIT_OK;
  },
};
