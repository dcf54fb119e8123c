import { z } from 'zod';
import { quantity } from '../quantity.ts';

/** Solar activity levels of the seeded MSISE-90 density table. */
export const SOLAR_ACTIVITY_LEVELS = ['low', 'mean', 'high'] as const;

/** `environment`: the atmosphere the cluster flies through (drag on the formation). */
export const environmentSection = z
  .strictObject({
    solarActivity: z
      .enum(SOLAR_ACTIVITY_LEVELS)
      .default('mean')
      .describe('Solar activity of the MSISE-90 density table (seeds/formationEnvironment.json): low, mean or high.'),
    atmosphereDensityKgPerM3: quantity({
      unit: 'kg/m^3',
      min: 0,
      max: 1e-6,
      description: 'Fixed air density everywhere, overriding the table (absent: the table at solarActivity).',
    }).optional(),
  })
  .prefault({});
