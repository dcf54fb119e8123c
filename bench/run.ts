/**
 * `npm run bench [-- --json] [-- --only=cli]`: speed figures as ratios against baselines
 * measured in the same run (never timed tests). Each suite is one file.
 */
import { cliStartBench } from './cliStart.ts';
import { clusterNetworkBench } from './clusterNetwork.ts';
import { downlinkBench } from './downlink.ts';
import { economicsBench } from './economics.ts';
import { formationBench } from './formation.ts';
import { scenarioEvalBench } from './scenarioEval.ts';
import { sweepBench } from './sweep.ts';
import { sweepParquetBench } from './sweepParquet.ts';
import type { BenchResult, BenchSuite } from './types.ts';

const SUITES: readonly BenchSuite[] = [cliStartBench, scenarioEvalBench, clusterNetworkBench, sweepBench, sweepParquetBench, economicsBench, formationBench, downlinkBench];

const json = process.argv.includes('--json');
const results: BenchResult[] = [];
/** `--only=cli` runs the suites whose function name contains the text (cliStartBench). */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).toLowerCase();
for (const suite of SUITES.filter((candidate) => only === undefined || candidate.name.toLowerCase().includes(only))) results.push(...(await suite()));

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const result of results) {
    const ratio = result.ratio === undefined ? '' : `  ratio ${result.ratio.toFixed(2)} vs ${result.baselineName}`;
    const target = result.target === undefined ? '' : `  (target ${result.ratio === undefined ? '' : 'ratio '}${result.target})`;
    process.stdout.write(`${result.name.padEnd(24)} ${result.value.toPrecision(4)} ${result.unit}${ratio}${target}\n`);
  }
}
