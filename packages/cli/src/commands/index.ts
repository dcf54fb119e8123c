import type { Command } from '../io.ts';
import { assumptionsCommand } from './assumptions.ts';
import { compareCommand } from './compare.ts';
import { czmlCommand } from './czml.ts';
import { evalCommand } from './eval.ts';
import { formationCommand } from './formation.ts';
import { groundtrackCommand } from './groundtrack.ts';
import { ladderCommand } from './ladder.ts';
import { launchPriceCommand } from './launchPrice.ts';
import { linkCommand } from './link.ts';
import { oemCommand } from './oem.ts';
import { ommCommand } from './omm.ts';
import { projectCommand } from './project.ts';
import { queryCommand } from './query.ts';
import { reproduceCommand } from './reproduce.ts';
import { schemaCommand } from './schema.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { solveCommand } from './solve.ts';
import { sweepCommand } from './sweep.ts';
import { tleCommand } from './tle.ts';

/** Every `solstice` subcommand, in the order `solstice --help` lists them. */
export const COMMANDS: readonly Command[] = [
  assumptionsCommand,
  compareCommand,
  czmlCommand,
  evalCommand,
  formationCommand,
  groundtrackCommand,
  ladderCommand,
  launchPriceCommand,
  linkCommand,
  oemCommand,
  ommCommand,
  projectCommand,
  queryCommand,
  reproduceCommand,
  schemaCommand,
  sensitivityCommand,
  solveCommand,
  sweepCommand,
  tleCommand,
];
