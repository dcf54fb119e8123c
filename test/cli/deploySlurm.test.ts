import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, PARQUET_OPTIONS, sqlString } from '../../packages/cli/src/sweep/duckdb.ts';
import { shardFromEnvironment } from '../../packages/cli/src/sweep/shardAuto.ts';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'solstice-slurm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIO = 'scenarios/suncatcher.json';
const SWEEP = ['--vary', 'orbit.altitudeKm=400:1200', '--vary', 'ground.electricityUsdPerKwh=0.05:1', '--samples', '9', '--seed', '5'];
const ARRAY_SCRIPT = resolve(REPO_ROOT, 'deploy/slurm/sweep-array.sbatch');
const SUMMARY_SCRIPT = resolve(REPO_ROOT, 'deploy/slurm/sweep-summary.sbatch');
/** The built CLI of this checkout (npm run build --workspace @solstice/cli), as the scripts' SOLSTICE command line. */
const SOLSTICE = `${process.execPath} ${resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs')}`;

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

let whole: string | undefined;
/** The one-process sweep the array must reproduce (run once, shared by both array tests). */
async function wholeSweep(): Promise<string> {
  if (whole) return whole;
  const out = join(dir, 'whole.parquet');
  const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...SWEEP, '--workers', '0', '--format', 'parquet', '--out', out]);
  expect(code, stderr).toBe(0);
  return (whole = out);
}

describe('deploy/slurm batch scripts', () => {
  it('run each array task of --array=1-3 on its shard (SLURM_ARRAY_TASK_* as Slurm sets them) and the summary step joins them into the one-process sweep', { timeout: 420_000 }, async () => {
    const runDir = join(dir, 'tasks');
    // All three at once, as Slurm starts them: they share the run folder's manifest.
    const tasks = [1, 2, 3].map((task) => {
      const env = { ...process.env, SOLSTICE, SLURM_ARRAY_TASK_ID: String(task), SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3', SLURM_CPUS_PER_TASK: '0' };
      const child = spawn('bash', [ARRAY_SCRIPT, runDir, SCENARIO, ...SWEEP], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      return new Promise<{ task: number; code: number | null; stderr: string }>((done) => child.on('close', (code) => done({ task, code, stderr })));
    });
    for (const { task, code, stderr } of await Promise.all(tasks)) {
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(`shard ${task}/3`);
    }
    const summary = spawnSync('bash', [SUMMARY_SCRIPT, runDir], { cwd: REPO_ROOT, env: { ...process.env, SOLSTICE }, encoding: 'utf8' });
    expect(summary.status, summary.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(runDir, 'summary.json'), 'utf8'))).toMatchObject({ rows: 9, shards: { count: 3, finished: 3, missing: [] } });
    expect(await difference(join(runDir, 'all.parquet'), await wholeSweep())).toEqual([0, 9]);
  });

  it('refuses to run without a run folder, scenario and sweep options (exit 2, usage on stderr)', () => {
    const run = spawnSync('bash', [ARRAY_SCRIPT, join(dir, 'x')], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: sbatch --array=1-N/);
  });

  it("writes all.parquet with the CLI's Parquet options (PARQUET_OPTIONS), which the shell script repeats", () => {
    expect(readFileSync(SUMMARY_SCRIPT, 'utf8')).toContain(`TO '$RUN_DIR/all.parquet' (${PARQUET_OPTIONS})`);
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

/** A Slurm this test can submit to: one that answers already, or one it starts (deploy/slurm/local-cluster.sh); else why not. */
type Slurm = { env: NodeJS.ProcessEnv; started: boolean } | { unavailable: string };

const LOCAL_CLUSTER = resolve(REPO_ROOT, 'deploy/slurm/local-cluster.sh');
const nodeAvailable = (env: NodeJS.ProcessEnv): boolean => /^(idle|mixed|allocated)/m.test(spawnSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8', timeout: 10_000 }).stdout ?? '');

function findOrStartSlurm(): Slurm {
  if (spawnSync('sbatch', ['--version']).error) return { unavailable: 'sbatch is not installed (Debian: apt-get install -y --no-install-recommends slurm-wlm munge; see docs/sweeps.md "Testing against a real Slurm")' };
  if (nodeAvailable(process.env)) return { env: process.env, started: false };
  if (process.getuid?.() !== 0) return { unavailable: 'no Slurm controller answers and only root can start the local one (deploy/slurm/local-cluster.sh start)' };
  const start = spawnSync('bash', [LOCAL_CLUSTER, 'start'], { encoding: 'utf8', timeout: 60_000 });
  const conf = /^SLURM_CONF=(.+)$/m.exec(start.stdout ?? '')?.[1];
  if (start.status !== 0 || conf === undefined) return { unavailable: `deploy/slurm/local-cluster.sh start failed (exit ${start.status}): ${(start.stderr || String(start.error ?? '')).trim().slice(0, 400)}` };
  return { env: { ...process.env, SLURM_CONF: conf }, started: true };
}

/** What the Slurm jobs printed (their --output files), for a failure's message. */
const slurmOutputs = (): string =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.out'))
    .map((name) => `\n--- ${name}\n${readFileSync(join(dir, name), 'utf8')}`)
    .join('');

describe('a real Slurm job array', () => {
  let slurm: Slurm = { unavailable: 'not looked for' };
  beforeAll(() => {
    slurm = findOrStartSlurm();
    if ('unavailable' in slurm) console.warn(`[skip] real Slurm array test: ${slurm.unavailable}`);
  }, 70_000);
  afterAll(() => {
    if ('started' in slurm && slurm.started) spawnSync('bash', [LOCAL_CLUSTER, 'stop'], { timeout: 30_000 });
  });

  it('sbatch --wait --array=1-3 sweeps three shards whose parts, summarised, equal the one-process sweep row for row', { timeout: 300_000 }, async (context) => {
    if ('unavailable' in slurm) return context.skip(slurm.unavailable);
    const runDir = join(dir, 'slurm');
    const env = { ...slurm.env, SOLSTICE };
    // One CPU per task, so the two-CPU test node runs two shards at once.
    const array = spawnSync('sbatch', ['--wait', '--array=1-3', '--cpus-per-task=1', `--chdir=${REPO_ROOT}`, `--output=${join(dir, 'slurm-%A_%a.out')}`, ARRAY_SCRIPT, runDir, SCENARIO, ...SWEEP], { env, encoding: 'utf8', timeout: 280_000 });
    expect(array.status, `${array.stdout}${array.stderr}${slurmOutputs()}`).toBe(0);
    const summary = spawnSync('sbatch', ['--wait', `--chdir=${REPO_ROOT}`, `--output=${join(dir, 'summary-%j.out')}`, SUMMARY_SCRIPT, runDir], { env, encoding: 'utf8', timeout: 120_000 });
    expect(summary.status, `${summary.stdout}${summary.stderr}${slurmOutputs()}`).toBe(0);
    expect(JSON.parse(readFileSync(join(runDir, 'summary.json'), 'utf8'))).toMatchObject({ rows: 9, shards: { count: 3, finished: 3, missing: [] } });
    expect(await difference(join(runDir, 'all.parquet'), await wholeSweep())).toEqual([0, 9]);
  });
});
