import { z } from 'zod';
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
      description: 'Local time of the ascending node on 1 January: 18 or 6 for a dawn-dusk orbit.',
    }).default(18),
  })
  .prefault({});
