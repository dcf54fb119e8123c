import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchema } from '@solstice/core';
import { parseCommandArgs } from '../args.ts';
import { formatJson } from '../format.ts';
import { EXIT_OK, type Command } from '../io.ts';

export const schemaCommand: Command = {
  name: 'schema',
  help: `Usage: solstice schema [--out file]

Prints the JSON Schema of scenario files, or writes it to a file
(scenarios/schema.json is this output; a test keeps it in sync).`,
  run(args, io) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, false);
    const text = formatJson(scenarioJsonSchema());
    if (values.out) writeFileSync(resolve(io.cwd, values.out), text);
    else io.stdout(text);
    return EXIT_OK;
  },
};
