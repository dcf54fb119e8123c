// The first year a kW of compute costs no more in orbit than on the ground,
// for a grid of ground electricity prices (the rest is the paper's baseline);
// "none" where orbit is still dearer in 2100.
//   npx tsx examples/break-even-by-electricity-price.ts
import { breakEvenYear, loadScenario, scenarioEconomics } from '@solstice/core';

const PRICES_USD_PER_KWH = [0.06, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2];

console.log('electricityUsdPerKwh,breakEvenYear');
for (const price of PRICES_USD_PER_KWH) {
  const scenario = loadScenario({ preset: 'suncatcher' }, { 'ground.electricityUsdPerKwh': price });
  const year = breakEvenYear(scenarioEconomics(scenario).model);
  console.log(`${price},${year ?? 'none'}`);
}
