import { describe, expect, it } from 'vitest';
import { planSweep } from '@solstice/core';

describe('sweep plans at scale', () => {
  it('evaluates a 10^7-point plan shard 1/10,000 (1,000 points)  in milliseconds, allocating under 20 MB', () => {
    const before = process.memoryUsage().heapUsed;
    const plan = planSweep({
      kind: 'lhs',
      ranges: [
        { path: 'orbit.altitudeKm', start: 400, stop: 1_200 },
        { path: 'launch.learningRate', start: 0.15, stop: 0.25 },
        { path: 'ground.electricityUsdPerKwh', start: 0.03, stop: 0.3 },
        { path: 'cluster.satellites', start: 4, stop: 200 },
        { path: 'year', start: 2030, stop: 2050 },
      ],
      samples: 10_000_000,
      seed: 1,
    });
    const out = new Float64Array(5);
    let sum = 0;
    for (let index = 0; index < 1_000; index++) sum += plan.valuesAt(index, out)[0]!;
    expect(sum / 1_000).toBeGreaterThan(700); // mean altitude near 800 km
    expect(sum / 1_000).toBeLessThan(900);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20e6); // the old plan drew 10^7 x 5 x 3 doubles: 1.2 GB
  });

});
