// Evaluates the paper's baseline (scenarios/suncatcher.json) and prints a few
// headline figures, then the whole evaluation as JSON (the same object as
// `solstice eval scenarios/suncatcher.json --json`).
//   npx tsx examples/evaluate-baseline.ts
import { evaluateScenario, loadScenario } from '@solstice/core';

const scenario = loadScenario({ preset: 'suncatcher' });
const evaluation = evaluateScenario(scenario);

const { orbit, economics } = evaluation;
console.log(`${scenario.name} (${scenario.year})`);
console.log(`orbital period        ${(orbit.periodS / 60).toFixed(1)} min`);
console.log(`sunlit fraction       ${(orbit.sunlitFraction * 100).toFixed(1)} %`);
console.log(`launch price          ${economics.launchPriceUsdPerKg.toFixed(0)} USD/kg`);
console.log(`launched power price  ${economics.launchedPowerUsdPerKwYear.toFixed(0)} USD/kW/y`);
console.log(`ground power price    ${economics.groundPowerUsdPerKwYear.toFixed(0)} USD/kW/y`);
console.log(JSON.stringify(evaluation, null, 2));
