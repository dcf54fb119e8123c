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
      .describe(
        'Cumulative launched mass by year: suncatcher-200 (370,000 t by 2035) or suncatcher-300 (104,000 t by 2035). `annualMassT` or `cumulativeMassTable` replace it.',
      ),
    annualMassT: quantity({
      unit: 't',
      min: 0,
      max: 1e8,
      description:
        'Constant mass launched per year from 2025 on, on top of the reference mass (180 Starships of 200 t: 36,000 t); replaces `cadence`.',
    }).optional(),
    cumulativeMassTable: z
      .array(
        z.strictObject({
          year: quantity({ unit: '1', min: 1950, max: 2100, description: 'Calendar year.' }),
          cumulativeMassT: quantity({ unit: 't', min: 0.001, max: 1e12, description: 'Cumulative mass launched by then.' }),
        }),
      )
      .min(1)
      .max(200)
      .refine((table) => table.every((point, k) => k === 0 || point.year > table[k - 1]!.year), 'years must increase strictly')
      .optional()
      .describe(
        'Cumulative launched mass by year, interpolated log-linearly and extended at the last segment\'s rate; replaces `cadence` and `annualMassT`.',
      ),
    floorUsdPerKg: quantity({
      unit: 'USD/kg',
      min: 0,
      max: 100_000,
      description:
        "Cost floor the learning curve cannot cross (the paper's Starship model: propellant 8, 100x reuse 15, 10x reuse 60, expendable 460 USD/kg).",
    }).default(8),
  })
  .prefault({});
