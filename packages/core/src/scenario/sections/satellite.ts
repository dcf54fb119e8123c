import { z } from 'zod';
import { quantity } from '../quantity.ts';

/** `satellite`: one satellite of the cluster (defaults: Starlink v2 mini, the paper's Table 1). */
export const satelliteSection = z
  .strictObject({
    massKg: quantity({ unit: 'kg', min: 1, max: 100_000, description: 'Launch mass of one satellite.' }).default(575),
    powerKw: quantity({
      unit: 'kW',
      min: 0.01,
      max: 10_000,
      description: 'Electrical power of one satellite.',
    }).default(28),
    lifetimeYears: quantity({
      unit: 'year',
      min: 0.5,
      max: 30,
      description: 'Operating life over which launch and hardware are amortised.',
    }).default(5),
  })
  .prefault({});
