import { scenarioExportText } from '@solstice/core';
import { numericOption, parseCommandArgs, rangeOption } from '../args.ts';
import { epochOption, EXPORT_OPTIONS, writeExport } from '../exportOptions.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const czmlCommand: Command = {
  name: 'czml',
  help: `Usage: solstice czml <scenario.json> [--set path=value]... [--orbits K] [--step-s S] [--epoch ISO] [--out file]

Writes a CZML document (Cesium) of the reference orbit and every satellite,
sampled from the closed-form formation model in Cesium's INERTIAL frame
(ICRF; the states are EME2000, 23 mas apart) with Lagrange interpolation
hints, starting at the epoch (--epoch, else orbit.epoch, else 1 January of
the scenario year). The document has a clock over the span; the reference
carries the Earth-shadow state (property inEarthShadow, point yellow in
sunlight, grey in shadow); every optical link is a polyline between its two
satellites, coloured by its capacity over time as in the app (red: none,
cyan: the strongest link of the span).

Options:
  -s, --set path=value  override a scenario field (repeatable)
      --orbits K        span in orbits (default 1)
      --step-s S        sample spacing, s (default 60)
      --epoch ISO       epoch, ISO-8601 UTC
      --no-links        leave the link polylines out
      --out file        write to a file instead of stdout
  -h, --help            show this help`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      orbits: { type: 'string' },
      'step-s': { type: 'string' },
      ...EXPORT_OPTIONS,
      'no-links': { type: 'boolean' },
    });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const orbits = numericOption('orbits', values.orbits) ?? 1;
    const stepS = numericOption('step-s', values['step-s']) ?? 60;
    // Both parsed, then --orbits checked first, as the command always did (above 0, not from it: not rangeOption).
    if (!(orbits > 0 && orbits <= 100)) throw new UsageError(`--orbits: ${orbits} is out of range (0 to 100)`);
    rangeOption('step-s', stepS, 1, 3_600, 's');
    const epochUnixS = epochOption('epoch', values.epoch);
    const text = scenarioExportText(scenario, 'czml', { epochUnixS, orbits, stepS, links: !values['no-links'] });
    writeExport(io, values.out, text);
    return EXIT_OK;
  },
};
