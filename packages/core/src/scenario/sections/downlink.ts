import { z } from 'zod';
import { DEFAULT_GROUND_STATIONS, DOWNLINK_REFERENCE, GROUND_STATIONS } from '../../referenceData.ts';
import { MAX_GROUND_STATIONS } from '../../downlink/contactSeries.ts';
import { quantity } from '../quantity.ts';

const STATION_PRESETS = Object.keys(GROUND_STATIONS) as [string, ...string[]];

/** A ground station written out in full. */
const stationObject = z.strictObject({
  name: z.string().min(1).max(200).describe('Station name shown in reports.'),
  latitudeDeg: quantity({ unit: '1', min: -90, max: 90, description: 'Geodetic latitude, deg (north positive).' }),
  longitudeDeg: quantity({ unit: '1', min: -180, max: 180, description: 'Longitude, deg (east positive).' }),
  clearSkyProbability: quantity({
    unit: '1',
    min: 0,
    max: 1,
    description: 'Fraction of time the line of sight is free of cloud.',
  }),
});

/**
 * `downlink`: the optical ground segment the workload's results reach Earth
 * through. Contact windows come from the scenario's orbit; figures and their
 * sources: seeds/downlink.json.
 */
export const downlinkSection = z
  .strictObject({
    stations: z
      .array(z.union([z.enum(STATION_PRESETS), stationObject]))
      .min(1)
      .max(MAX_GROUND_STATIONS)
      .default([...DEFAULT_GROUND_STATIONS])
      .describe(`Optical ground stations: preset names (${STATION_PRESETS.join(', ')}) or {name, latitudeDeg, longitudeDeg, clearSkyProbability}.`),
    elevationMaskDeg: quantity({
      unit: '1',
      min: 0,
      max: 89,
      description: 'Lowest elevation, deg, at which a station holds the optical link.',
    }).default(DOWNLINK_REFERENCE.terminal.elevationMaskDeg.value),
    terminalRateGbps: quantity({
      unit: 'Gb/s',
      min: 0.001,
      max: 100_000,
      description: 'Data rate of one space-to-ground terminal (TBIRD demonstrated 200 Gb/s in 2023).',
    }).default(DOWNLINK_REFERENCE.terminal.rateGbps.value),
    terminalsPerCluster: quantity({
      unit: '1',
      min: 1,
      max: 1_000,
      integer: true,
      description: 'Space-to-ground terminals per cluster; each holds one clear station in view.',
    }).default(1),
    relay: z
      .enum(['none', 'constellation'])
      .default('none')
      .describe('none: each cluster downlinks its own results; constellation: results hop along inter-cluster links to whichever cluster is over a station (needs economics.targetPowerMw).'),
    sampleDays: quantity({
      unit: '1',
      min: 1,
      max: 366,
      description: 'Days of contact simulated from 1 January of the scenario year.',
    }).default(365),
    stepS: quantity({
      unit: 's',
      min: 1,
      max: 600,
      description: 'Time step of the contact simulation.',
    }).default(60),
  })
  .prefault({});
