// Two-line element sets of the paper's cluster: the reference orbit and each
// of the 81 satellites, at 1 January of the scenario year (the same text as
// `solstice tle scenarios/suncatcher.json`).
//   npx tsx examples/export-tles.ts > suncatcher.tle
import { clusterFormationDesign, formationEpoch, formationTles, loadScenario } from '@solstice/core';

const scenario = loadScenario({ preset: 'suncatcher' });
const design = clusterFormationDesign(scenario);
const tles = formationTles(design, formationEpoch(scenario, design), scenario.cluster.tleCatalogNumberBase);
for (const tle of tles) console.log(`${tle.name}\n${tle.line1}\n${tle.line2}`);
