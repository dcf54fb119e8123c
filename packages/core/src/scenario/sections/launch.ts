import { z } from 'zod';
import { CADENCE_PRESET_NAMES } from '../../launch/cadencePresets.ts';
import { quantity } from '../quantity.ts';

/** `launch`: launch price, fixed or from Wright's learning curve. */
export const launchSection = z
  .strictObject({
    priceUsdPerKg: quantity({
      unit: 'USD/kg',
      min: 1,
      max: 1_000_000,
      description: 'Fixed launch price; when absent the learning curve gives the price for `year`.',
    }).optional(),
    learningRate: quantity({
      unit: '1',
      min: 0,
      max: 0.5,
      description: "Fractional price drop per doubling of cumulative mass launched (Wright's law; the paper: 0.2).",
    }).default(0.2),
    referencePriceUsdPerKg: quantity({
      unit: 'USD/kg',
      min: 1,
      max: 1_000_000,
      description: 'Price at the learning curve reference point (Falcon Heavy: 1,800 USD/kg).',
    }).default(1_800),
    referenceCumulativeMassT: quantity({
      unit: 't',
      min: 0.001,
      max: 1e9,
      description: 'Cumulative mass launched at the reference point (Falcon Heavy: 400 t).',
    }).default(400),
    cadence: z
      .enum(CADENCE_PRESET_NAMES)
      .default('suncatcher-200')
      .describe('Cumulative launched mass by year: suncatcher-200 (370,000 t by 2035) or suncatcher-300 (104,000 t by 2035).'),
  })
  .prefault({});
