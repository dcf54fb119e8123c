import { z } from 'zod';
import { quantity } from '../quantity.ts';

/** `cluster`: the formation of satellites flying together. */
export const clusterSection = z
  .strictObject({
    satellites: quantity({
      unit: '1',
      min: 1,
      max: 10_000,
      integer: true,
      description: 'Satellites in one cluster (the paper: 81).',
    }).default(81),
    radiusM: quantity({
      unit: 'm',
      min: 10,
      max: 100_000,
      description: 'Cluster radius R: along-track half-extent of the formation (the paper: 1 km).',
    }).default(1_000),
  })
  .prefault({});
