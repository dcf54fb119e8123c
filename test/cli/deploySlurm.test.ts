import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDuckDb, sqlString } from '../../packages/cli/src/sweep/duckdb.ts';
import { shardFromEnvironment } from '../../packages/cli/src/sweep/shardAuto.ts';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'solstice-slurm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIO = 'scenarios/suncatcher.json';
const SWEEP = ['--vary', 'orbit.altitudeKm=400:1200', '--vary', 'ground.electricityUsdPerKwh=0.05:1', '--samples', '24', '--seed', '5'];
const ARRAY_SCRIPT = resolve(REPO_ROOT, 'deploy/slurm/sweep-array.sbatch');
const SUMMARY_SCRIPT = resolve(REPO_ROOT, 'deploy/slurm/sweep-summary.sbatch');
/** The CLI from this checkout, as the scripts' SOLSTICE command line. */
const SOLSTICE = `${process.execPath} --conditions=solstice-source ${resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs')}`;

/** Rows of `all` that `whole` lacks plus the reverse (0 when equal row for row), and the row count of `all`. */
async function difference(all: string, whole: string): Promise<[number, number]> {
  const db = await openDuckDb();
  try {
    const [a, b] = [all, whole].map((path) => `read_parquet(${sqlString(path)})`);
    const result = await db.connection.runAndReadAll(
      `SELECT (SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})) + (SELECT count(*) FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a})), (SELECT count(*) FROM ${a})`,
    );
    return result.getRowsJS()[0]!.map(Number) as [number, number];
  } finally {
    db.close();
  }
}

/** The one-process sweep the array must reproduce. */
async function wholeSweep(name: string): Promise<string> {
  const out = join(dir, name);
  const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...SWEEP, '--workers', '0', '--format', 'parquet', '--out', out]);
  expect(code, stderr).toBe(0);
  return out;
}

describe('deploy/slurm batch scripts', () => {
  it('run each array task of --array=1-3 on its shard (SLURM_ARRAY_TASK_* as Slurm sets them) and the summary step joins them into the one-process sweep', { timeout: 420_000 }, async () => {
    const runDir = join(dir, 'tasks');
    for (const task of [1, 2, 3]) {
      const env = { ...process.env, SOLSTICE, SLURM_ARRAY_TASK_ID: String(task), SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3', SLURM_CPUS_PER_TASK: '0' };
      const run = spawnSync('bash', [ARRAY_SCRIPT, runDir, SCENARIO, ...SWEEP], { cwd: REPO_ROOT, env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain(`shard ${task}/3`);
    }
    const summary = spawnSync('bash', [SUMMARY_SCRIPT, runDir], { cwd: REPO_ROOT, env: { ...process.env, SOLSTICE }, encoding: 'utf8' });
    expect(summary.status, summary.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(runDir, 'summary.json'), 'utf8'))).toMatchObject({ rows: 24, shards: { count: 3, finished: 3, missing: [] } });
    expect(await difference(join(runDir, 'all.parquet'), await wholeSweep('whole-tasks.parquet'))).toEqual([0, 24]);
  });

  it('refuses to run without a run folder, scenario and sweep options (exit 2, usage on stderr)', () => {
    const run = spawnSync('bash', [ARRAY_SCRIPT, join(dir, 'x')], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: sbatch --array=1-N/);
  });
});

describe('deploy/kubernetes and deploy/aws-batch examples', () => {
  it('set SOLSTICE_SHARD_COUNT to the number of indices, so indices 0..N-1 map to shards 1..N', () => {
    const yaml = readFileSync(resolve(REPO_ROOT, 'deploy/kubernetes/sweep-indexed-job.yaml'), 'utf8');
    const completions = Number(/^\s*completions:\s*(\d+)/m.exec(yaml)![1]);
    const k8sCount = /name: SOLSTICE_SHARD_COUNT[^\n]*\n\s*value: "(\d+)"/.exec(yaml)![1]!;
    expect(Number(k8sCount)).toBe(completions);
    expect(yaml).toMatch(/completionMode: Indexed/);
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: String(completions - 1), SOLSTICE_SHARD_COUNT: k8sCount })).toMatchObject({ index: completions, count: completions });
    const aws = JSON.parse(readFileSync(resolve(REPO_ROOT, 'deploy/aws-batch/sweep-array-job.json'), 'utf8')) as {
      arrayProperties: { size: number };
      containerOverrides: { command: string[]; environment: { name: string; value: string }[] };
    };
    const awsCount = aws.containerOverrides.environment.find((variable) => variable.name === 'SOLSTICE_SHARD_COUNT')!.value;
    expect(Number(awsCount)).toBe(aws.arrayProperties.size);
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '0', SOLSTICE_SHARD_COUNT: awsCount })).toMatchObject({ index: 1, count: aws.arrayProperties.size });
    for (const command of [aws.containerOverrides.command, yaml]) expect(command).toContain('auto');
  });
});

/** Why the real Slurm test cannot run here, or undefined when sbatch and a controller answer. */
function slurmUnavailable(): string | undefined {
  if (spawnSync('sbatch', ['--version']).error) return 'sbatch is not installed (Debian: apt-get install slurm-wlm munge; see docs/sweeps.md "Testing against a real Slurm")';
  const info = spawnSync('sinfo', ['-h', '-o', '%T'], { encoding: 'utf8', timeout: 10_000 });
  if (info.status !== 0 || !/idle|mix|alloc/.test(info.stdout)) return `no Slurm controller with an available node answers (sinfo: ${(info.stderr || info.stdout).trim().slice(0, 120)}); start munged, slurmctld and slurmd (docs/sweeps.md)`;
  return undefined;
}

const unavailable = slurmUnavailable();
if (unavailable) console.warn(`[skip] real Slurm array test: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('a real Slurm job array', () => {
  it('sbatch --wait --array=1-3 sweeps three shards whose parts, summarised, equal the one-process sweep row for row', { timeout: 600_000 }, async () => {
    const runDir = join(dir, 'slurm');
    const env = { ...process.env, SOLSTICE };
    const array = spawnSync('sbatch', ['--wait', '--array=1-3', `--chdir=${REPO_ROOT}`, `--output=${join(dir, 'slurm-%A_%a.out')}`, ARRAY_SCRIPT, runDir, SCENARIO, ...SWEEP], { env, encoding: 'utf8', timeout: 580_000 });
    expect(array.status, `${array.stdout}${array.stderr}`).toBe(0);
    const summary = spawnSync('sbatch', ['--wait', `--chdir=${REPO_ROOT}`, `--output=${join(dir, 'summary-%j.out')}`, SUMMARY_SCRIPT, runDir], { env, encoding: 'utf8', timeout: 120_000 });
    expect(summary.status, `${summary.stdout}${summary.stderr}`).toBe(0);
    expect(await difference(join(runDir, 'all.parquet'), await wholeSweep('whole-slurm.parquet'))).toEqual([0, 24]);
  });
});
