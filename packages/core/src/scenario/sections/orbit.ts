import { z } from 'zod';
import { parseEpochUnixS } from '../../orbit/epoch.ts';
import { quantity } from '../quantity.ts';

/** `orbit`: the reference orbit of the cluster, circular and sun-synchronous. */
export const orbitSection = z
  .strictObject({
    altitudeKm: quantity({
      unit: 'km',
      min: 160,
      max: 2000,
      description: 'Mean altitude of the cluster above the equatorial radius (the paper: 650 km).',
    }).default(650),
    ltanHours: quantity({
      unit: 'hour',
      min: 0,
      max: 24,
      description: 'Local time of the ascending node at the epoch (sun-synchronous, so all year): 18 or 6 for a dawn-dusk orbit.',
    }).default(18),
    epoch: z
      .string()
      .superRefine((text, ctx) => {
        try {
          parseEpochUnixS(text, 'orbit.epoch');
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      })
      .optional()
      .describe(
        'Epoch of the exported orbits (TLE, OMM, OEM, CZML, ground track), ISO-8601 UTC such as 2035-03-20T06:00:00Z; absent: 00:00 UTC on 1 January of `year`. The node is placed from the LTAN at this epoch, so the Sun geometry follows it.',
      ),
  })
  .prefault({});
