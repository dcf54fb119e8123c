/**
 * `npm run bench [-- --json]`: speed figures as ratios against baselines
 * measured in the same run (never timed tests). Each suite is one file.
 */
import { clusterNetworkBench } from './clusterNetwork.ts';
import { economicsBench } from './economics.ts';
import { formationBench } from './formation.ts';
import { scenarioEvalBench } from './scenarioEval.ts';
import { sweepBench } from './sweep.ts';
import { sweepParquetBench } from './sweepParquet.ts';
import type { BenchResult, BenchSuite } from './types.ts';

const SUITES: readonly BenchSuite[] = [scenarioEvalBench, clusterNetworkBench, sweepBench, sweepParquetBench, economicsBench, formationBench];

const json = process.argv.includes('--json');
const results: BenchResult[] = [];
for (const suite of SUITES) results.push(...(await suite()));

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const result of results) {
    const ratio = result.ratio === undefined ? '' : `  ratio ${result.ratio.toFixed(2)} vs ${result.baselineName}`;
    const target = result.target === undefined ? '' : `  (target ${result.ratio === undefined ? '' : 'ratio '}${result.target})`;
    process.stdout.write(`${result.name.padEnd(24)} ${result.value.toPrecision(4)} ${result.unit}${ratio}${target}\n`);
  }
}
