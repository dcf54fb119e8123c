import type { Command } from '../io.ts';
import { evalCommand } from './eval.ts';
import { launchPriceCommand } from './launchPrice.ts';
import { linkCommand } from './link.ts';
import { schemaCommand } from './schema.ts';

/** Every `solstice` subcommand, in the order `solstice --help` lists them. */
export const COMMANDS: readonly Command[] = [evalCommand, launchPriceCommand, linkCommand, schemaCommand];
