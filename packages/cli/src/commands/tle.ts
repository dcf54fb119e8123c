import { formationTles, formatTleText, orbitalPeriodS, tleCrossCheck } from '@solstice/core';
import { parseCommandArgs, SCENARIO_OPTIONS } from '../args.ts';
import { EXPORT_OPTIONS, exportDesign, writeExport } from '../exportOptions.ts';
import { formatJson } from '../format.ts';
import { EXIT_OK, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

export const tleCommand: Command = {
  name: 'tle',
  help: `Usage: solstice tle <scenario.json> [--set path=value]... [--epoch ISO] [--check] [--json] [--out file]

Prints one three-line TLE (name, line 1, line 2) for the reference orbit
(catalogue number cluster.tleCatalogNumberBase) and for every satellite
(base + 1 + k), at the epoch (--epoch, else orbit.epoch, else 1 January of
the scenario year), in TEME of the epoch, with valid checksums.
With --check, propagates them with SGP4 (satellite.js) for one orbit and
prints (on stderr) the largest deviation of the cluster geometry from the
closed-form model next to the TLE quantisation bound.

Options:
  -s, --set path=value  override a scenario field (repeatable)
      --epoch ISO       epoch, ISO-8601 UTC
      --out file        write the TLEs to a file instead of stdout
      --check           cross-check with SGP4 over one orbit
      --json            print JSON: { tles: [{name, catalogNumber, line1, line2}], check? }
  -h, --help            show this help`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...SCENARIO_OPTIONS, ...EXPORT_OPTIONS, check: { type: 'boolean' } });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const { design, epoch } = exportDesign(scenario, values.epoch);
    const tles = formationTles(design, epoch, scenario.cluster.tleCatalogNumberBase);
    const check = values.check ? tleCrossCheck(design, tles, orbitalPeriodS(design.semiMajorAxisM)) : undefined;
    if (values.json) {
      writeExport(io, values.out, formatJson(check ? { tles, check } : { tles }));
    } else {
      writeExport(io, values.out, formatTleText(tles));
      if (check) {
        io.stderr(
          `SGP4 cross-check over one orbit: largest deviation ${check.maxDeviationM.toFixed(2)} m ` +
            `(TLE quantisation bound ${check.quantisationBoundM.toFixed(2)} m)\n`,
        );
      }
    }
    return EXIT_OK;
  },
};
