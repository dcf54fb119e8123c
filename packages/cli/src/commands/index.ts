import type { Command } from '../io.ts';

/** One `solstice` subcommand as `--help` lists it, with its module loaded only when the command runs. */
export interface CommandEntry {
  readonly name: string;
  /** One line for `solstice --help`. */
  readonly summary: string;
  /** Imports the command's module (its own chunk in the built CLI): `solstice eval` loads eval's code only. */
  readonly load: () => Promise<Command>;
}

/**
 * Every `solstice` subcommand, in the order `solstice --help` lists them.
 * Names and summaries live here so that `--help` imports no command module
 * (nor @solstice/core); a unit test checks each loaded module's name matches.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'assumptions', summary: 'the register of reasoned (not sourced) defaults, with their swing on break-even year and cost', load: async () => (await import('./assumptions.ts')).assumptionsCommand },
  { name: 'compare', summary: 'rank orbit against ground baselines: hyperscale grid, gas-backed, constrained grid, renewables plus storage', load: async () => (await import('./compare.ts')).compareCommand },
  { name: 'czml', summary: 'CZML document of the reference orbit and every satellite, for Cesium', load: async () => (await import('./czml.ts')).czmlCommand },
  { name: 'eval', summary: 'evaluate a scenario: orbit, economics and every model block', load: async () => (await import('./eval.ts')).evalCommand },
  { name: 'formation', summary: 'formation flight: lattice, breathing, J2 drift, numerical validation, safety', load: async () => (await import('./formation.ts')).formationCommand },
  { name: 'groundtrack', summary: 'GeoJSON ground track of the reference orbit (WGS-84 lon/lat, split at the antimeridian)', load: async () => (await import('./groundtrack.ts')).groundtrackCommand },
  { name: 'ladder', summary: 'the ladder to viability: levers applied one after another to their aggressive bounds', load: async () => (await import('./ladder.ts')).ladderCommand },
  { name: 'launch-price', summary: "launch price on Wright's learning curve for a cumulative launched mass", load: async () => (await import('./launchPrice.ts')).launchPriceCommand },
  { name: 'link', summary: 'optical inter-satellite link budget and capacity at a distance, or swept over distance (Fig. 1)', load: async () => (await import('./link.ts')).linkCommand },
  { name: 'oem', summary: 'CCSDS OEM ephemeris (EME2000, km, km/s) of the reference and every satellite', load: async () => (await import('./oem.ts')).oemCommand },
  { name: 'omm', summary: 'CCSDS OMM mean elements (SGP4, TEME) of the reference and every satellite, as CelesTrak JSON or KVN', load: async () => (await import('./omm.ts')).ommCommand },
  { name: 'project', summary: 'year-by-year launch price, cost per kW-year, energy and carbon per FLOP, as CSV or JSON', load: async () => (await import('./project.ts')).projectCommand },
  { name: 'query', summary: "query a sweep run folder's parts with SQL (DuckDB, embedded), or summarise it", load: async () => (await import('./query.ts')).queryCommand },
  { name: 'reproduce', summary: "reproduce the Suncatcher paper's figures from its own inputs, with tolerances", load: async () => (await import('./reproduce.ts')).reproduceCommand },
  { name: 'schema', summary: 'print the scenario JSON Schema (generated from the zod schema)', load: async () => (await import('./schema.ts')).schemaCommand },
  { name: 'sensitivity', summary: "tornado (each uncertain input at its p10 and p90), or Sobol' global indices with --sobol", load: async () => (await import('./sensitivity.ts')).sensitivityCommand },
  { name: 'solve', summary: 'what would it take: the value of one input at which orbit costs the same as ground', load: async () => (await import('./solve.ts')).solveCommand },
  { name: 'sweep', summary: 'evaluate a grid or Latin hypercube of scenarios on worker threads, as CSV, JSON Lines or Parquet', load: async () => (await import('./sweep.ts')).sweepCommand },
  { name: 'tle', summary: 'two-line element sets of the reference orbit and every satellite', load: async () => (await import('./tle.ts')).tleCommand },
];
