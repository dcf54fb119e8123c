// A Monte Carlo projection with a fixed seed: the cost of a kW-year in orbit
// (p10, p50, p90) and on the ground, 2030-2045, over the paper's ranges
// (scenarios/suncatcher-uncertain.json). The same seed gives the same numbers
// as `solstice project scenarios/suncatcher-uncertain.json --samples 200 --seed 42`.
//   npx tsx examples/monte-carlo-projection.ts > monte-carlo.csv
import { loadScenario, monteCarloOptionsOf, sampledProjection, tableToCsv } from '@solstice/core';

const scenario = loadScenario({ preset: 'suncatcher-uncertain' });
const options = monteCarloOptionsOf(scenario, { samples: 200, seed: 42 });
const table = sampledProjection(scenario, { fromYear: 2030, toYear: 2045 }, options);

const columns = ['year', 'orbitalUsdPerKwYear_p10', 'orbitalUsdPerKwYear_p50', 'orbitalUsdPerKwYear_p90', 'groundUsdPerKwYear_p50'];
console.log(tableToCsv({ columns, rows: table.rows }).trimEnd());
