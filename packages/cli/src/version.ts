import { readFileSync } from 'node:fs';

/**
 * The CLI's version, from its package.json. This file sits directly under src/
 * and its bundled copy directly under dist/, so `../package.json` is the same
 * file from both (a module one folder deeper must not read it itself).
 */
export function cliVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
