import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSweepRows, parseScenarioJson, planSweep, type SweepDefinition } from '@solstice/core';
import { openDuckDb, sqlString } from '../../packages/cli/src/sweep/duckdb.ts';
import { REPO_ROOT, runSolstice } from '../helpers/runCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'solstice-sweep-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIO = 'scenarios/suncatcher.json';
const GRID = ['--vary', 'orbit.altitudeKm=500:900:4', '--vary', 'ground.electricityUsdPerKwh=0.06:2:3'];
const DEFINITION: SweepDefinition = {
  kind: 'grid',
  ranges: [
    { path: 'orbit.altitudeKm', start: 500, stop: 900, count: 4 },
    { path: 'ground.electricityUsdPerKwh', start: 0.06, stop: 2, count: 3 },
  ],
};

async function sweep(extra: readonly string[], env?: Record<string, string>): Promise<string> {
  const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...GRID, '--workers', '0', ...extra], undefined, env);
  expect(code, stderr).toBe(0);
  return stderr;
}

/** Rows of a SQL query over Parquet files, as JS values. */
async function query(sql: string): Promise<{ names: string[]; rows: unknown[][] }> {
  const db = await openDuckDb();
  try {
    const result = await db.connection.runAndReadAll(sql);
    return { names: result.columnNames(), rows: result.getRowsJS() };
  } finally {
    db.close();
  }
}

const parts = (runDir: string): string => `read_parquet([${readdirSync(runDir).filter((name) => name.startsWith('part-')).sort().map((name) => sqlString(join(runDir, name))).join(', ')}])`;

describe('solstice sweep --format parquet --run-dir', () => {
  it('writes one Parquet part per shard whose concatenation equals the one-process sweep row for row (DuckDB), and the in-process kernel', async () => {
    const runDir = join(dir, 'sharded');
    for (const k of [1, 2, 3]) await sweep(['--format', 'parquet', '--run-dir', runDir, '--shard', `${k}/3`]);
    const whole = join(dir, 'whole.parquet');
    await sweep(['--format', 'parquet', '--out', whole]);
    expect(readdirSync(runDir).sort()).toEqual(['chunks', 'manifest.json', 'part-00001-of-00003.parquet', 'part-00002-of-00003.parquet', 'part-00003-of-00003.parquet', 'shards']);
    const differences = await query(
      `SELECT (SELECT count(*) FROM (SELECT * FROM ${parts(runDir)} EXCEPT ALL SELECT * FROM read_parquet(${sqlString(whole)}))) + (SELECT count(*) FROM (SELECT * FROM read_parquet(${sqlString(whole)}) EXCEPT ALL SELECT * FROM ${parts(runDir)}))`,
    );
    expect(Number(differences.rows[0]![0])).toBe(0);
    const { names, rows } = await query(`SELECT * FROM ${parts(runDir)}`);
    const base = parseScenarioJson(readFileSync(resolve(REPO_ROOT, SCENARIO), 'utf8'));
    const expected = evaluateSweepRows(base, planSweep(DEFINITION), 0, 12);
    expect(rows).toHaveLength(12);
    rows.forEach((row, i) => {
      names.forEach((name, j) => expect(row[j], `${name} of row ${i}`).toEqual(expected[i]![name] ?? null));
    });
  });

  it('types the columns from the scenario schema and the result contract: INTEGER index and years, DOUBLE numbers, VARCHAR text, NULL where absent', async () => {
    const file = join(dir, 'typed.parquet');
    await sweep(['--format', 'parquet', '--out', file]);
    const { rows } = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${sqlString(file)}))`);
    const types = Object.fromEntries(rows.map(([name, type]) => [name, type]));
    expect(types).toMatchObject({
      index: 'INTEGER',
      'orbit.altitudeKm': 'DOUBLE',
      'scenario.year': 'INTEGER',
      'scenario.name': 'VARCHAR',
      'economics.breakEvenYear': 'INTEGER',
      'economics.orbitalUsdPerKwYear': 'DOUBLE',
      'economics.launchPriceSource': 'VARCHAR',
    });
    const years = await query(`SELECT "economics.breakEvenYear" FROM read_parquet(${sqlString(file)}) ORDER BY "index"`);
    expect(years.rows[0]![0]).toBeNull(); // at 0.06 USD/kWh orbit never breaks even
    expect(years.rows[2]![0]).toBeGreaterThanOrEqual(2020); // at 2 USD/kWh it does
  });

  it('keeps a result key the first and last points lack (columns come from the contract, not from evaluated points), NULL there', async () => {
    // Seed 18 puts the cheap-electricity points first and last: orbit never breaks even there, and does in between.
    const file = join(dir, 'optional.parquet');
    const { code, stderr } = await runSolstice(['sweep', SCENARIO, '--vary', 'ground.electricityUsdPerKwh=0.05:2', '--samples', '4', '--seed', '18', '--workers', '0', '--format', 'parquet', '--out', file]);
    expect(code, stderr).toBe(0);
    const years = await query(`SELECT "economics.breakEvenYear", "downlink.relay.ringLinksNeeded" FROM read_parquet(${sqlString(file)}) ORDER BY "index"`);
    expect(years.rows.map((row) => row[0] === null)).toEqual([true, false, false, true]);
    expect(years.rows.every((row) => row[1] === null)).toBe(true); // no relay in this scenario: the block is absent from every row, its columns stay
  });

  it('keeps only --columns result keys (with index and the inputs), and writes JSON Lines with null where absent', async () => {
    const out = join(dir, 'some.jsonl');
    await sweep(['--format', 'jsonl', '--columns', 'economics.orbitalUsdPerKwYear,economics.breakEvenYear', '--out', out]);
    const records = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(12);
    expect(Object.keys(records[0]!)).toEqual(['index', 'orbit.altitudeKm', 'ground.electricityUsdPerKwh', 'economics.orbitalUsdPerKwYear', 'economics.breakEvenYear']);
    expect(records[0]!['economics.breakEvenYear']).toBeNull();
    expect(typeof records[2]!['economics.breakEvenYear']).toBe('number');
  });

  it('reads --shard auto from each scheduler, and the parts of a Slurm array (tasks 1-3) match those of --shard k/3', async () => {
    const runDir = join(dir, 'auto');
    for (const task of [1, 2, 3]) {
      const stderr = await sweep(['--format', 'parquet', '--run-dir', runDir, '--shard', 'auto'], { SLURM_ARRAY_TASK_ID: String(task), SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1' });
      expect(stderr).toContain(`shard ${task}/3`);
    }
    const k8s = await sweep(['--format', 'jsonl', '--shard', 'auto', '--out', join(dir, 'k8s.jsonl')], { JOB_COMPLETION_INDEX: '0', SOLSTICE_SHARD_COUNT: '4' });
    expect(k8s).toContain('shard 1/4: points 0 to 2 of 12');
    const aws = await sweep(['--format', 'jsonl', '--shard', 'auto', '--out', join(dir, 'aws.jsonl')], { AWS_BATCH_JOB_ARRAY_INDEX: '3', SOLSTICE_SHARD_COUNT: '4' });
    expect(aws).toContain('shard 4/4: points 9 to 11 of 12');
    const none = await runSolstice(['sweep', SCENARIO, ...GRID, '--shard', 'auto'], undefined, {});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--shard auto: no scheduler index in the environment/);
    const same = await query(`SELECT count(*) FROM (SELECT * FROM ${parts(runDir)} EXCEPT ALL SELECT * FROM ${parts(join(dir, 'sharded'))})`);
    expect(Number(same.rows[0]![0])).toBe(0);
  });

  it('records the run in manifest.json and per-shard records, skips a finished shard with --resume and refuses another sweep in the same folder', async () => {
    const runDir = join(dir, 'sharded');
    const manifest = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ kind: 'solstice-sweep-run', shardCount: 3, points: 12, format: 'parquet', definition: DEFINITION });
    expect(manifest.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.solsticeVersion).toMatch(/^\d+\.\d+\.\d+/);
    const record = JSON.parse(readFileSync(join(runDir, 'shards', 'part-00002-of-00003.json'), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ shard: 2, shardCount: 3, start: 4, end: 8, rows: 4 });
    expect(Date.parse(String(record.finishedAt))).toBeGreaterThanOrEqual(Date.parse(String(record.startedAt)));
    expect(await sweep(['--format', 'parquet', '--run-dir', runDir, '--shard', '2/3', '--resume'])).toMatch(/shard 2\/3 already finished .*skipped/);
    const again = await runSolstice(['sweep', SCENARIO, ...GRID, '--workers', '0', '--format', 'parquet', '--run-dir', runDir, '--shard', '2/3']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already finished .*pass --resume/);
    const other = await runSolstice(['sweep', SCENARIO, '--vary', 'orbit.altitudeKm=500:900:5', '--workers', '0', '--format', 'parquet', '--run-dir', runDir, '--shard', '1/3']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/holds another sweep \(its manifest's definition differs/);
  });

  it('summarises a run: by decile of each input the break-even share and year and the orbit/ground ratio; the Pareto front of orbital cost', async () => {
    const out = join(dir, 'summary.json');
    const { code, stderr } = await runSolstice(['query', join(dir, 'sharded'), '--summary', '--out', out]);
    expect(code, stderr).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8')) as { rows: number; shards: { finished: number; missing: number[] }; inputs: { path: string; deciles: { points: number; breakEvenShare: number }[]; paretoFront: { orbitalUsdPerKwYear: number }[] }[] };
    expect(summary.rows).toBe(12);
    expect(summary.shards).toMatchObject({ count: 3, finished: 3, missing: [] });
    const electricity = summary.inputs.find((input) => input.path === 'ground.electricityUsdPerKwh')!;
    expect(electricity.deciles.reduce((sum, decile) => sum + decile.points, 0)).toBe(12);
    expect(electricity.deciles[0]!.breakEvenShare).toBe(0); // cheap ground power: orbit never breaks even
    expect(electricity.deciles.at(-1)!.breakEvenShare).toBe(1); // 2 USD/kWh: always
    const front = summary.inputs[0]!.paretoFront.map((point) => point.orbitalUsdPerKwYear);
    expect(front.length).toBeGreaterThan(0);
    for (let i = 1; i < front.length; i++) expect(front[i]!).toBeGreaterThan(front[i - 1]!); // cost rises along the front as the input rises
  });

  it('answers SQL over the parts (CSV out), and refuses bad SQL with exit 2', async () => {
    const { code, stdout } = await runSolstice(['query', join(dir, 'sharded'), 'SELECT count(*) AS points, min("index") AS first, max("index") AS last FROM sweep']);
    expect(code).toBe(0);
    expect(stdout).toBe('points,first,last\n12,0,11\n');
    const bad = await runSolstice(['query', join(dir, 'sharded'), 'SELEC 1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/SQL: Parser Error/);
  });

  it('resumes a shard killed with SIGKILL after its last complete chunk, and completes to the one-process result', { timeout: 240_000 }, async () => {
    const runDir = join(dir, 'killed');
    // 120 points of 10-row chunks: the built CLI (npm run build --workspace @solstice/cli) is killed after 2 chunks, with
    // about 100 points (seconds) still to go, so the kill lands mid-shard.
    const args = ['sweep', SCENARIO, '--vary', 'orbit.altitudeKm=400:1200:120', '--workers', '0', '--format', 'parquet', '--run-dir', runDir, '--chunk-rows', '10'];
    const child = spawn(process.execPath, [resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs'), ...args], { cwd: REPO_ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const chunkDir = join(runDir, 'chunks', 'part-00001-of-00001');
    const chunks = () => (existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.parquet')).length : 0);
    while (chunks() < 2) await new Promise((wait) => setTimeout(wait, 20));
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    expect(existsSync(join(runDir, 'part-00001-of-00001.parquet'))).toBe(false);
    const kept = chunks();
    const { code, stderr } = await runSolstice([...args, '--resume']);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(new RegExp(`resumed after ${kept * 10} points done before`));
    const whole = join(dir, 'unkilled.parquet');
    const direct = await runSolstice([...args.slice(0, -6), '--format', 'parquet', '--out', whole]);
    expect(direct.code, direct.stderr).toBe(0);
    const part = sqlString(join(runDir, 'part-00001-of-00001.parquet'));
    const result = await query(
      `SELECT (SELECT count(*) FROM read_parquet(${part})), (SELECT count(*) FROM (SELECT * FROM read_parquet(${part}) EXCEPT ALL SELECT * FROM read_parquet(${sqlString(whole)})))`,
    );
    expect(result.rows[0]!.map(Number)).toEqual([120, 0]);
  });

  it.each([
    [['--format', 'xml'], /--format: "xml" is not one of csv, jsonl, parquet/],
    [['--format', 'parquet'], /--format parquet needs --out file.parquet or --run-dir DIR/],
    [['--resume'], /--resume needs --run-dir/],
    [['--run-dir', 'x', '--out', 'y'], /give --out or --run-dir, not both/],
    [['--columns', 'economics.orbitalUsdPerKwYeer'], /--columns: economics.orbitalUsdPerKwYeer is not a result key/],
    [['--columns', 'a,,b'], /--columns: "a,,b" has an empty key/],
    [['--chunk-rows', '0', '--run-dir', 'x'], /--chunk-rows: 0 is not a whole number of at least 1/],
  ])('refuses %j with exit 2 and a message naming the option', async (extra, message) => {
    const { code, stderr } = await runSolstice(['sweep', SCENARIO, ...GRID, '--workers', '0', ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
