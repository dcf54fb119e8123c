import { scenarioExportText } from '@solstice/core';
import { parseCommandArgs } from '../args.ts';
import { creationDateOption, epochOption, EXPORT_OPTIONS, writeExport } from '../exportOptions.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const ommCommand: Command = {
  name: 'omm',
  help: `Usage: solstice omm <scenario.json> [--set path=value]... [--epoch ISO] [--format json|kvn] [--out file]

Writes Orbit Mean-elements Messages (CCSDS 502.0-B-3) of the reference and
every satellite: the same SGP4 elements as \`solstice tle\` (TEME of the
epoch), at full precision instead of the TLE's columns. --format json
(default) is the array CelesTrak publishes (satellite.js json2satrec reads
it); --format kvn is the CCSDS text form with REF_FRAME TEME stated.

Options:
  -s, --set path=value    override a scenario field (repeatable)
      --epoch ISO         epoch, ISO-8601 UTC (default orbit.epoch, else 1 January of year)
      --format F          json (default) or kvn
      --creation-date ISO CREATION_DATE of the KVN form (default now)
      --out file          write to a file instead of stdout
  -h, --help              show this help`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXPORT_OPTIONS,
      format: { type: 'string' },
      'creation-date': { type: 'string' },
    });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'kvn') throw new UsageError(`--format: ${JSON.stringify(format)} is not json or kvn`);
    const epochUnixS = epochOption('epoch', values.epoch);
    const text = scenarioExportText(scenario, format === 'json' ? 'omm-json' : 'omm-kvn', {
      epochUnixS,
      creationDateUnixS: creationDateOption(values['creation-date']),
    });
    writeExport(io, values.out, text);
    return EXIT_OK;
  },
};
