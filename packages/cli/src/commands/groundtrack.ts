import { scenarioExportText } from '@solstice/core';
import { numericOption, parseCommandArgs, rangeOption } from '../args.ts';
import { epochOption, EXPORT_OPTIONS, writeExport } from '../exportOptions.ts';
import { EXIT_OK, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const groundtrackCommand: Command = {
  name: 'groundtrack',
  help: `Usage: solstice groundtrack <scenario.json> [--set path=value]... [--orbits K] [--step-s S] [--epoch ISO] [--out file]

Writes a GeoJSON FeatureCollection (RFC 7946): the ground track of the
cluster's reference orbit as a MultiLineString cut at the antimeridian
(WGS-84 longitude, latitude in degrees, none beyond +-180) and the
sub-satellite point at the epoch as a Point; properties name the scenario
and the time span. Opens in QGIS, geojson.io, Leaflet, Mapbox.

Options:
  -s, --set path=value  override a scenario field (repeatable)
      --orbits K        span in orbits (default 1; up to 200)
      --step-s S        sample spacing, s (default 30; 1 to 600)
      --epoch ISO       epoch, ISO-8601 UTC (default orbit.epoch, else 1 January of year)
      --out file        write to a file instead of stdout
  -h, --help            show this help`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXPORT_OPTIONS,
      orbits: { type: 'string' },
      'step-s': { type: 'string' },
    });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const orbits = rangeOption('orbits', numericOption('orbits', values.orbits) ?? 1, 0.01, 200);
    const stepS = rangeOption('step-s', numericOption('step-s', values['step-s']) ?? 30, 1, 600, 's');
    const epochUnixS = epochOption('epoch', values.epoch);
    writeExport(io, values.out, scenarioExportText(scenario, 'geojson', { epochUnixS, orbits, stepS }));
    return EXIT_OK;
  },
};
