import { scenarioExportText } from '@solstice/core';
import { numericOption, parseCommandArgs, rangeOption } from '../args.ts';
import { creationDateOption, epochOption, EXPORT_OPTIONS, writeExport } from '../exportOptions.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const oemCommand: Command = {
  name: 'oem',
  help: `Usage: solstice oem <scenario.json> [--set path=value]... [--days N] [--step-s S] [--epoch ISO] [--out file]

Writes a CCSDS Orbit Ephemeris Message (502.0-B-3, KVN text) with one
segment per object: the reference (catalogue number cluster.tleCatalogNumberBase)
and every satellite (base + 1 + k). States are integrated with two-body + J2
(DOP853, relative tolerance 1e-12) from the epoch, positions in km and
velocities in km/s in EME2000, TIME_SYSTEM UTC, INTERPOLATION LAGRANGE of
degree 7. Opens in GMAT, Orekit, STK and FreeFlyer (docs/interop.md).

Options:
  -s, --set path=value    override a scenario field (repeatable)
      --days N            span in days (default 1; 0.01 to 30)
      --step-s S          spacing of the states, s (default 60; 1 to 3600)
      --epoch ISO         epoch, ISO-8601 UTC (default orbit.epoch, else 1 January of year)
      --creation-date ISO CREATION_DATE (default now; fix it for reproducible files)
      --oem-version V     CCSDS_OEM_VERS, 3.0 (default) or 2.0 for older readers
      --out file          write to a file instead of stdout
  -h, --help              show this help`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXPORT_OPTIONS,
      days: { type: 'string' },
      'step-s': { type: 'string' },
      'creation-date': { type: 'string' },
      'oem-version': { type: 'string' },
    });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const days = rangeOption('days', numericOption('days', values.days) ?? 1, 0.01, 30, 'days');
    const stepS = rangeOption('step-s', numericOption('step-s', values['step-s']) ?? 60, 1, 3_600, 's');
    const version = values['oem-version'] ?? '3.0';
    if (version !== '3.0' && version !== '2.0') throw new UsageError(`--oem-version: ${JSON.stringify(version)} is not 3.0 or 2.0`);
    const epochUnixS = epochOption('epoch', values.epoch);
    const creationDateUnixS = creationDateOption(values['creation-date']);
    const text = scenarioExportText(scenario, 'oem', { epochUnixS, creationDateUnixS, days, stepS, oemVersion: version });
    writeExport(io, values.out, text);
    return EXIT_OK;
  },
};
