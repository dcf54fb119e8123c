import { z } from 'zod';
import { quantity } from '../quantity.ts';

/** `ground`: the terrestrial datacenter compared against. */
export const groundSection = z
  .strictObject({
    electricityUsdPerKwh: quantity({
      unit: 'USD/kWh',
      min: 0.001,
      max: 2,
      description: 'Grid electricity price (US industrial average 2024: about 0.08 USD/kWh).',
    }).default(0.08),
    pue: quantity({
      unit: '1',
      min: 1,
      max: 3,
      description: 'Power usage effectiveness: facility power over IT power (Google fleet: 1.10).',
    }).default(1.1),
  })
  .prefault({});
