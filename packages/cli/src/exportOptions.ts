import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clusterFormationDesign, formationEpoch, parseEpochUnixS, type FormationDesign, type FormationEpoch, type Scenario } from '@solstice/core';
import { SCENARIO_OPTIONS } from './args.ts';
import { UsageError, type CliIo } from './io.ts';

/** Options of every export command (TLE, OMM, OEM, CZML, ground track). */
export const EXPORT_OPTIONS = {
  set: SCENARIO_OPTIONS.set,
  help: SCENARIO_OPTIONS.help,
  epoch: { type: 'string' },
  out: { type: 'string' },
} as const;

/** An ISO-8601 option as Unix seconds; a bad value is a usage error (exit 2) naming the option. */
export function epochOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  try {
    return parseEpochUnixS(text, `--${name}`);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--creation-date` as Unix seconds, now when absent (OEM and OMM headers). */
export function creationDateOption(text: string | undefined): number {
  return epochOption('creation-date', text) ?? Date.now() / 1_000;
}

/** The design and epoch of an export: `--epoch` over `orbit.epoch` over 1 January of `year`. */
export function exportDesign(scenario: Scenario, epochText: string | undefined): { design: FormationDesign; epoch: FormationEpoch } {
  const design = clusterFormationDesign(scenario);
  const epochUnixS = epochOption('epoch', epochText);
  return { design, epoch: epochUnixS === undefined ? formationEpoch(scenario, design) : formationEpoch(scenario, design, epochUnixS) };
}

/** Writes the text to `--out` (relative to the working directory) or to stdout. */
export function writeExport(io: CliIo, out: string | undefined, text: string): void {
  if (out) writeFileSync(resolve(io.cwd, out), text);
  else io.stdout(text);
}
