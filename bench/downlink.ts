import { circularSemiMajorAxisM, degToRad, DEFAULT_GROUND_STATIONS, GROUND_STATIONS, groundSiteOf, SECONDS_PER_DAY, stationContactSeries, sunSynchronousInclinationRad, yearStartUnixS } from '@solstice/core';
import { bestTimeMs } from './timing.ts';
import type { BenchResult } from './types.ts';

/**
 * `downlink-contact-year`: a year of ground contact at 60 s over the three
 * default stations (650 km dawn-dusk, 20 deg mask), skipping the samples far
 * from every station; baseline the same series tested at every sample;
 * ratio = exhaustive time / skipping time (target >= 2: the skip must at least halve the year; measured 62 idle on the 2-core machine, 2 December 2026, 15 before the site-by-site walk).
 */
export async function downlinkBench(): Promise<BenchResult[]> {
  const a = circularSemiMajorAxisM(650_000);
  const sites = DEFAULT_GROUND_STATIONS.map((key) => groundSiteOf(GROUND_STATIONS[key]!));
  const input = {
    semiMajorAxisM: a,
    inclinationRad: sunSynchronousInclinationRad(a),
    ltanHours: 18,
    epochUnixS: yearStartUnixS(2035),
    durationS: 365 * SECONDS_PER_DAY,
    stepS: 60,
    sites,
    elevationMaskRad: degToRad(20),
  };
  let sink = 0;
  const skippingMs = bestTimeMs(5, () => {
    sink += stationContactSeries(input).runMasks.length;
  });
  const exhaustiveMs = bestTimeMs(3, () => {
    sink += stationContactSeries({ ...input, exhaustive: true }).runMasks.length;
  });
  if (Number.isNaN(sink)) throw new Error('downlink bench produced NaN');
  return [
    {
      name: 'downlink-contact-year',
      unit: 'ms',
      value: skippingMs,
      baselineName: 'every sample tested',
      baselineValue: exhaustiveMs,
      ratio: exhaustiveMs / skippingMs,
      target: 2,
    },
  ];
}
