import {
  csvCell,
  dwdmGridChannels,
  opticalLinkCapacity,
  scenarioChannelPlan,
  scenarioLinkParameters,
  validateScenario,
  wavelengthChannelRangeM,
  type OpticalLinkCapacity,
} from '@solstice/core';
import { numericOption, parseCommandArgs } from '../args.ts';
import { formatJson, formatNumber, formatResultTable } from '../format.ts';
import { EXIT_OK, UsageError, type Command } from '../io.ts';

/** Nanometres per metre: the schema's range for the wavelength is in nm (the model takes the flag's metres). */
const NM_PER_M = 1e9;

/** Columns of the sweep CSV, in order: the keys of `OpticalLinkCapacity` a plot needs. */
const CSV_COLUMNS = [
  'distanceM',
  'regime',
  'receivedPowerW',
  'confocalLengthM',
  'spatialOrder',
  'spatialChannels',
  'spatialIsolationDb',
  'requiredSpatialIsolationDb',
  'wavelengthChannels',
  'capacityBps',
  'nearFieldApertureM',
  'beamReceivedPowerW',
  'photonsPerBit',
  'marginDb',
] as const satisfies readonly (keyof OpticalLinkCapacity)[];

/** Parses `start:stop:count` into `count` log-spaced distances from start to stop, m. */
function sweepDistancesM(text: string): number[] {
  const parts = text.split(':');
  const [start, stop, count] = parts.map(Number);
  if (parts.length !== 3 || start === undefined || stop === undefined || count === undefined || parts.some((p) => p.trim() === '')) {
    throw new UsageError(`--sweep-distance: ${JSON.stringify(text)} is not start:stop:count (e.g. 100:5e6:50)`);
  }
  if (!(start > 0) || !(stop > start) || !Number.isFinite(stop)) {
    throw new UsageError(`--sweep-distance: need 0 < start < stop (finite), got ${start}:${stop}`);
  }
  if (!Number.isInteger(count) || count < 2 || count > 100_000) {
    throw new UsageError(`--sweep-distance: count ${count} must be a whole number from 2 to 100000`);
  }
  const ratio = Math.log(stop / start) / (count - 1);
  return Array.from({ length: count }, (_, k) => (k === count - 1 ? stop : start * Math.exp(ratio * k)));
}

export const linkCommand: Command = {
  name: 'link',
  help: `Usage: solstice link --distance-m D [options] [--json]
       solstice link --sweep-distance start:stop:count [options] [--csv | --json]

One direction of an optical link between two identical terminals (the
Suncatcher paper, section 4.2): Friis received power in the far field,
bounded by the transmitted power in the near field (below the confocal
length pi a^2 / lambda), DWDM channels limited by received power, and
n x n spatial multiplexing limited by crosstalk: the largest array whose
worst beam keeps the required isolation from the others (Gaussian beams in
square sub-apertures, docs/links.md), not the paper's crosstalk-free
N = floor((D/2) sqrt(pi / (lambda d))), reported as confocalSpatialOrder.
Capacity = spatial channels x wavelength channels x channel rate.
Defaults are the paper's: 10 cm, 5 W, 1,550 nm, 100 GHz grid in 2.4 THz,
400 Gb/s per channel at -20 dBm, 1 urad pointing error, 3 dB other losses;
15 dB isolation between spatial channels (PM-16QAM without MIMO).

Options:
      --distance-m D          link distance, m (> 0)
      --sweep-distance a:b:n  n log-spaced distances from a to b m (the paper's
                              Fig. 1: 100:5e6:50)
      --aperture-m A          telescope aperture diameter, m
      --power-w P             transmit power, W
      --wavelength-m L        wavelength, m (1.55e-6)
      --grid-ghz G            DWDM grid spacing, GHz (100 or 75)
      --pointing-urad E       RMS pointing error, urad
      --isolation-db X        isolation the spatial channels need, dB (15)
      --mimo                  MIMO equalisation across the spatial channels:
                              the need drops to at most 3 dB, 1 dB power cost
      --csv                   with --sweep-distance: print CSV for plotting
      --json                  print JSON
  -h, --help                  show this help

Output keys: receivedPowerW (full aperture as one beam), regime (near-field
or far-field), confocalLengthM, spatialChannels, wavelengthChannels (per
beam), spatialIsolationDb (achieved by the array in use; null for one
beam), requiredSpatialIsolationDb, capacityBps, photonsPerBit, marginDb (per-beam power over what the
full grid needs), fullGridRangeM (longest distance one full-aperture beam
carries the full grid).`,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        'distance-m': { type: 'string' },
        'sweep-distance': { type: 'string' },
        'aperture-m': { type: 'string' },
        'power-w': { type: 'string' },
        'wavelength-m': { type: 'string' },
        'grid-ghz': { type: 'string' },
        'pointing-urad': { type: 'string' },
        'isolation-db': { type: 'string' },
        mimo: { type: 'boolean' },
        csv: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    const distanceM = numericOption('distance-m', values['distance-m']);
    const sweep = values['sweep-distance'];
    if ((distanceM === undefined) === (sweep === undefined)) {
      throw new UsageError('give exactly one of --distance-m and --sweep-distance');
    }
    if (distanceM !== undefined && !(distanceM > 0)) throw new UsageError(`--distance-m: ${distanceM} must be above 0 m`);
    if (values.csv && sweep === undefined) throw new UsageError('--csv needs --sweep-distance');
    if (values.csv && values.json) throw new UsageError('choose one of --csv and --json');
    // Terminal parameters go through the scenario schema, so ranges and messages are the schema's.
    const overrides: Record<string, number | boolean> = {};
    const aperture = numericOption('aperture-m', values['aperture-m']);
    if (aperture !== undefined) overrides.apertureDiameterM = aperture;
    const power = numericOption('power-w', values['power-w']);
    if (power !== undefined) overrides.txPowerW = power;
    // The wavelength goes to the link model in metres as given; the schema only checks its range (keyed in nm).
    const wavelengthM = numericOption('wavelength-m', values['wavelength-m']);
    if (wavelengthM !== undefined) overrides.wavelengthNm = wavelengthM * NM_PER_M;
    const grid = numericOption('grid-ghz', values['grid-ghz']);
    if (grid !== undefined) overrides.dwdmGridGhz = grid;
    const pointing = numericOption('pointing-urad', values['pointing-urad']);
    if (pointing !== undefined) overrides.pointingErrorUrad = pointing;
    const isolation = numericOption('isolation-db', values['isolation-db']);
    if (isolation !== undefined) overrides.spatialIsolationDb = isolation;
    if (values.mimo) overrides.spatialMimo = true;
    const { links } = validateScenario({ links: overrides });
    const link = wavelengthM === undefined ? scenarioLinkParameters(links) : { ...scenarioLinkParameters(links), wavelengthM };
    const plan = scenarioChannelPlan(links);
    const fullGridRangeM = wavelengthChannelRangeM(link, plan, dwdmGridChannels(plan.dwdmBandHz, plan.dwdmGridHz));

    if (distanceM !== undefined) {
      const result = { ...opticalLinkCapacity(link, plan, distanceM), fullGridRangeM };
      io.stdout(values.json ? formatJson(result) : formatResultTable(result));
      return EXIT_OK;
    }
    const rows = sweepDistancesM(sweep!).map((d) => opticalLinkCapacity(link, plan, d));
    if (values.csv) {
      const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((key) => csvCell(row[key])).join(','))];
      io.stdout(`${lines.join('\n')}\n`);
    } else if (values.json) {
      io.stdout(formatJson({ fullGridRangeM, rows }));
    } else {
      const header =
        `${'distance m'.padStart(12)}  ${'regime'.padEnd(10)}  ${'beams'.padStart(5)}  ${'isolation dB'.padStart(12)}  ` +
        `${'lambdas'.padStart(7)}  ${'capacity bps'.padStart(12)}`;
      const body = rows.map(
        (row) =>
          `${formatNumber(row.distanceM).padStart(12)}  ${row.regime.padEnd(10)}  ${String(row.spatialChannels).padStart(5)}  ` +
          `${(row.spatialIsolationDb === null ? '-' : row.spatialIsolationDb.toFixed(1)).padStart(12)}  ` +
          `${String(row.wavelengthChannels).padStart(7)}  ${formatNumber(row.capacityBps).padStart(12)}`,
      );
      io.stdout(`${[header, ...body].join('\n')}\nfull grid range of one beam: ${formatNumber(fullGridRangeM)} m\n`);
    }
    return EXIT_OK;
  },
};
