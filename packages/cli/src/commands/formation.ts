import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  clusterFormationDesign,
  evaluateFormationControl,
  evaluateFormationFull,
  formationEpoch,
  orbitalPeriodS,
  sampleFormationEci,
  SECONDS_PER_DAY,
  type Scenario,
} from '@solstice/core';
import { numericOption, parseCommandArgs, rangeOption, SCENARIO_OPTIONS } from '../args.ts';
import { formatJson, formatResultTable } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';
import { loadScenarioFile } from '../scenarioFile.ts';

/** Writes the positions CSV: time, satellite, RIC and ECI coordinates in metres, sampled by core's `sampleFormationEci`. */
function positionsCsv(scenario: Scenario, stepS: number, orbits: number): string {
  const design = clusterFormationDesign(scenario);
  const epoch = formationEpoch(scenario, design);
  const durationS = orbits * orbitalPeriodS(design.semiMajorAxisM);
  const timesS: number[] = [];
  for (let t = 0; t <= durationS + 1e-9; t += stepS) timesS.push(t);
  const lines = ['tS,satellite,i,j,xRicM,yRicM,zRicM,xEciM,yEciM,zEciM'];
  sampleFormationEci(design, epoch, timesS, (t, _reference, ric, eci) => {
    for (let k = 0; k < design.satellites; k++) {
      const o = 3 * k;
      lines.push(
        `${t},${k},${design.lattice.radialIndex[k]},${design.lattice.alongTrackIndex[k]},` +
          `${ric[o]!.toFixed(4)},${ric[o + 1]!.toFixed(4)},${ric[o + 2]!.toFixed(4)},` +
          `${eci[o]!.toFixed(3)},${eci[o + 1]!.toFixed(3)},${eci[o + 2]!.toFixed(3)}`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

export const formationCommand: Command = {
  name: 'formation',
  help: `Usage: solstice formation <scenario.json> [--set path=value]... [--json]
                 [--positions out.csv [--step-s S] [--orbits K]] [--horizon-days D]
                 [--control [--days N] [--fail-satellite K | --no-failure]
                  [--failed-ballistic-coefficient-m2-per-kg B] [--no-avoidance]]

Designs the cluster (square lattice on 2:1 relative ellipses, Schweighart-
Sedwick J2 correction), integrates every satellite under two-body + J2 with
DOP853 (1e-12) for a day, with and without the J2 correction, and reports the
neighbour distances, the closest approach of any pair, the J2 drift and the
station-keeping delta-v, and the model-vs-integration error. Takes seconds.

Options:
  -s, --set path=value   override a scenario field (repeatable)
      --json             print JSON (keys: docs/formation.md)
      --positions file   also write a CSV of tS, satellite, i, j, RIC and ECI
                         positions in metres from the closed-form model
      --step-s S         CSV sample spacing, s (default 60)
      --orbits K         CSV span, orbits (default 1)
      --horizon-days D   search for the first keep-out conflict up to D days
                         without station keeping (default 1)
      --control          also fly the cluster with closed-loop station keeping
                         in two-body + J2 + drag (environment.*, control.*,
                         cluster.ballisticCoefficient*) and fail one satellite:
                         adds the blocks drag, control and failure
      --days N           controlled horizon, days (default 1; 0.1 to 30)
      --fail-satellite K satellite that fails at t = 0 (default: the largest
                         drag difference nearest the centre)
      --no-failure       skip the failure run
      --failed-ballistic-coefficient-m2-per-kg B
                         the failed satellite's Cd A / m (tumbling; default:
                         its own)
      --no-avoidance     live satellites do not avoid the failed one
  -h, --help             show this help

Exit codes: 0 success, 2 bad input, 1 internal failure.`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...SCENARIO_OPTIONS,
      positions: { type: 'string' },
      'step-s': { type: 'string' },
      orbits: { type: 'string' },
      'horizon-days': { type: 'string' },
      control: { type: 'boolean' },
      days: { type: 'string' },
      'fail-satellite': { type: 'string' },
      'no-failure': { type: 'boolean' },
      'failed-ballistic-coefficient-m2-per-kg': { type: 'string' },
      'no-avoidance': { type: 'boolean' },
    });
    const scenario = loadScenarioFile(positionals[0], io.cwd, values.set ?? []);
    const stepS = numericOption('step-s', values['step-s']) ?? 60;
    const orbits = numericOption('orbits', values.orbits) ?? 1;
    const horizonDays = numericOption('horizon-days', values['horizon-days']) ?? 1;
    rangeOption('step-s', stepS, 0.01, SECONDS_PER_DAY, 's');
    if (!(orbits > 0 && orbits <= 1_000)) throw new UsageError(`--orbits: ${orbits} is out of range (0 to 1000)`);
    rangeOption('horizon-days', horizonDays, 1, 365);
    if (values.positions) writeFileSync(resolve(io.cwd, values.positions), positionsCsv(scenario, stepS, orbits));
    const days = numericOption('days', values.days) ?? 1;
    const failSatellite = numericOption('fail-satellite', values['fail-satellite']);
    const failedCoefficient = numericOption('failed-ballistic-coefficient-m2-per-kg', values['failed-ballistic-coefficient-m2-per-kg']);
    rangeOption('days', days, 0.1, 30);
    const satellites = scenario.cluster.satellites;
    if (failSatellite !== undefined && !(Number.isInteger(failSatellite) && failSatellite >= 0 && failSatellite < satellites)) {
      throw new UsageError(`--fail-satellite: ${failSatellite} is out of range (0 to ${satellites - 1}, whole)`);
    }
    if (failedCoefficient !== undefined) rangeOption('failed-ballistic-coefficient-m2-per-kg', failedCoefficient, 0, 1, 'm^2/kg');
    const full = evaluateFormationFull(scenario, horizonDays);
    const result = values.control
      ? {
          ...full,
          ...evaluateFormationControl(scenario, {
            days,
            failSatellite: values['no-failure'] ? null : failSatellite,
            ...(failedCoefficient === undefined ? {} : { failedBallisticCoefficientM2PerKg: failedCoefficient }),
            avoidance: !values['no-avoidance'],
          }),
        }
      : full;
    io.stdout(values.json ? formatJson(result) : `${scenario.name ?? positionals[0]}: formation\n${formatResultTable({ ...result })}`);
    return EXIT_OK;
  },
};
