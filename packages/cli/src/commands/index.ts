import type { Command } from '../io.ts';
import { evalCommand } from './eval.ts';
import { launchPriceCommand } from './launchPrice.ts';
import { linkCommand } from './link.ts';
import { projectCommand } from './project.ts';
import { reproduceCommand } from './reproduce.ts';
import { schemaCommand } from './schema.ts';
import { sweepCommand } from './sweep.ts';

/** Every `solstice` subcommand, in the order `solstice --help` lists them. */
export const COMMANDS: readonly Command[] = [evalCommand, launchPriceCommand, linkCommand, projectCommand, reproduceCommand, schemaCommand, sweepCommand];
