// Sweeps orbit altitude x launch learning rate over the paper's baseline and
// prints one CSV row per point as soon as it is ready (the async-iterator
// sweep; the CLI's `solstice sweep` runs the same function).
//   npx tsx examples/sweep-altitude-learning-rate.ts > sweep.csv
import { csvLine, loadScenario, sweepRows, type SweepDefinition } from '@solstice/core';

const sweep: SweepDefinition = {
  kind: 'grid',
  ranges: [
    { path: 'orbit.altitudeKm', start: 550, stop: 850, count: 4 },
    { path: 'launch.learningRate', start: 0.15, stop: 0.25, count: 3 },
  ],
};
const COLUMNS = [
  'orbit.altitudeKm',
  'launch.learningRate',
  'orbit.sunlitFraction',
  'economics.launchPriceUsdPerKg',
  'economics.launchedPowerUsdPerKwYear',
];

process.stdout.write(`${COLUMNS.join(',')}\n`);
for await (const row of sweepRows(loadScenario({ preset: 'suncatcher' }), sweep)) {
  process.stdout.write(csvLine(COLUMNS, row));
}
