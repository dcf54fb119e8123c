import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atPath, collectErrors, figuresOnPage, readStats, REPO_ROOT, solstice } from './helpers.ts';

/** Whether `value` is within `relative` of `reference` (a number). */
function closeTo(value: number, reference: unknown, relative: number): boolean {
  return typeof reference === 'number' && Math.abs(value - reference) <= relative * Math.abs(reference);
}

/**
 * Two exports of the same table: identical text outside the numbers, and each
 * number equal to within 1e-13 relative. The app's export function is proven
 * byte-identical to the CLI's under one engine in apps/web/src/model/projection.test.ts;
 * across engines (Node 20 vs Chromium) Math.log, exp and ** differ in the last bit.
 */
function expectSameTable(actual: string, expected: string): void {
  const number = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g;
  expect(actual.replace(number, '#')).toBe(expected.replace(number, '#'));
  const a = actual.match(number)!.map(Number);
  const e = expected.match(number)!.map(Number);
  expect(a.length).toBe(e.length);
  const off = a.filter((value, k) => !closeTo(value, e[k], 1e-13) && !(value === 0 && e[k] === 0));
  expect(off).toEqual([]);
  const identical = a.filter((value, k) => value === e[k]).length;
  expect(identical / a.length).toBeGreaterThan(0.8);
}

/**
 * Where the suite saves its screenshots: `docs/` (the README's pictures) when
 * UPDATE_SCREENSHOTS=1, else `test-results/`, so a plain `npm test` leaves the
 * working tree clean.
 */
const SCREENSHOT_DIR = resolve(REPO_ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'test-results');

/**
 * Share of a screenshot's pixels that differ from its most common colour, the
 * number of distinct colours, and the share that is green (green above red and
 * blue by more than 16 of 255: the low end of the position-error scale, a
 * colour the plain cluster view, gold satellites, white links, grey-blue
 * envelope, lacks).
 */
async function pixelVariety(page: Page, png: Buffer): Promise<{ nonBackground: number; colours: number; green: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<number, number>();
    let green = 0;
    for (let k = 0; k < data.length; k += 4) {
      const key = (data[k]! << 16) | (data[k + 1]! << 8) | data[k + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (data[k + 1]! > data[k]! + 16 && data[k + 1]! > data[k + 2]! + 16) green++;
    }
    const most = Math.max(...counts.values());
    const pixels = data.length / 4;
    return { nonBackground: 1 - most / pixels, colours: counts.size, green: green / pixels };
  }, png.toString('base64'));
}

test('loads with no console errors and draws Earth, orbit and cluster (pixel check), saving the README screenshot', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?stats=1');
  const canvas = page.locator('.scene canvas');
  await expect(canvas).toBeVisible();
  await readStats(page);
  const shot = await page.locator('.scene').screenshot();
  const variety = await pixelVariety(page, shot);
  // A blank or failed WebGL canvas is one colour; the globe alone covers well over 5 % of the view.
  expect(variety.nonBackground).toBeGreaterThan(0.05);
  expect(variety.colours).toBeGreaterThan(50);
  mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'screenshot.png') });
  await page.getByRole('button', { name: 'Cluster (RIC)' }).click();
  await page.waitForTimeout(1_500);
  const cluster = await pixelVariety(page, await page.locator('.scene').screenshot());
  expect(cluster.nonBackground).toBeGreaterThan(0.01);
  await page.locator('.scene').screenshot({ path: resolve(SCREENSHOT_DIR, 'screenshot-cluster.png') });
  expect(errors).toEqual([]);
});

test('changing the altitude to 700 km matches `solstice eval --set orbit.altitudeKm=700`', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const expected = JSON.parse(await solstice(['eval', 'scenarios/suncatcher.json', '--set', 'orbit.altitudeKm=700', '--json'])) as unknown;
  const baseline = JSON.parse(await solstice(['eval', 'scenarios/suncatcher.json', '--json'])) as unknown;
  const period = page.getByTestId('figure-orbit.periodS');
  await expect(period).toHaveAttribute('data-value', String(atPath(baseline, 'orbit.periodS')));
  await page.locator('input[data-path="orbit.altitudeKm"]').fill('700');
  await expect(period).toHaveAttribute('data-value', String(atPath(expected, 'orbit.periodS')));
  // The key figures are the numbers the CLI prints: same core functions, same doubles, except that
  // Node 20's V8 and Chromium's V8 round Math.log/exp/pow differently in the last bit, so compare to
  // 1e-12 relative. The formation block's numerically integrated residuals (J2 drift per orbit,
  // station-keeping delta-v, DOP853 validation errors) amplify that; they compare to 1e-7 relative
  // or 1e-6 absolute (a micrometre per orbit).
  const agrees = (path: string, value: number) => {
    const reference = atPath(expected, path);
    if (closeTo(value, reference, 1e-12)) return true;
    return path.startsWith('formation.') && typeof reference === 'number' && (closeTo(value, reference, 1e-7) || Math.abs(value - reference) <= 1e-6);
  };
  const keyFigures = await page.locator('[data-testid^="figure-"][data-value]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('data-testid')!.slice('figure-'.length), Number(element.getAttribute('data-value'))] as const),
  );
  expect(keyFigures.length).toBeGreaterThan(8);
  for (const [path, value] of keyFigures) expect({ path, value, agrees: agrees(path, value) }).toEqual({ path, value, agrees: true });
  const figures = await figuresOnPage(page);
  expect(figures.size).toBeGreaterThan(50);
  for (const [path, value] of figures) expect({ path, value, agrees: agrees(path, value) }).toEqual({ path, value, agrees: true });
  expect(errors).toEqual([]);
});

test('the projection downloads equal `solstice project` (CSV and JSON: same bytes but for last-bit libm rounding)', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[data-path="satellite.lifetimeYears"]').fill('7');
  const set = ['--set', 'satellite.lifetimeYears=7'];
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(csv.suggestedFilename()).toBe('suncatcher-baseline-projection.csv');
  expectSameTable(readFileSync(await csv.path(), 'utf8'), await solstice(['project', 'scenarios/suncatcher.json', ...set]));
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  expectSameTable(readFileSync(await json.path(), 'utf8'), await solstice(['project', 'scenarios/suncatcher.json', '--format', 'json', ...set]));
});

test('an out-of-range edit shows the schema message inline and keeps the last valid scenario', async ({ page }) => {
  await page.goto('/');
  const period = page.getByTestId('figure-orbit.periodS');
  const before = await period.getAttribute('data-value');
  await page.locator('input[data-path="orbit.altitudeKm"]').fill('5');
  await expect(page.getByTestId('error-orbit.altitudeKm')).toContainText('5 is out of range (160 to 2000 km)');
  await expect(period).toHaveAttribute('data-value', before!);
});

test('a bad scenario file shows the schema message and keeps the state', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[data-path="year"]').fill('2040');
  const figures = await figuresOnPage(page);
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"orbit": {"altitudeKm": -5}, "satelites": 81}'),
  });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('-5 is out of range (160 to 2000 km)');
  await expect(error).toContainText('did you mean "satellite"');
  await expect(page.locator('input[data-path="year"]')).toHaveValue('2040');
  expect(await figuresOnPage(page)).toEqual(figures);
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(error).toContainText('is not valid JSON');
  expect(await figuresOnPage(page)).toEqual(figures);
});

test('a scenario file dropped on the page replaces the scenario; Save PNG downloads the scene as a PNG', async ({ page }) => {
  await page.goto('/');
  const text = readFileSync(resolve(REPO_ROOT, 'scenarios/conservative-2030.json'), 'utf8');
  await page.evaluate((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'conservative-2030.json', { type: 'application/json' }));
    document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByTestId('scenario-name')).toContainText('Conservative 2030');
  await expect(page.locator('input[data-path="year"]')).toHaveValue('2030');
  await expect(page.locator('.scene canvas')).toBeVisible();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('conservative-2030.png');
  expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
});

test('a shared URL restores the scenario', async ({ page, context }) => {
  await page.goto('/');
  await page.locator('input[data-path="orbit.altitudeKm"]').fill('0.8 Mm');
  await page.locator('input[data-path="year"]').fill('2041');
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('#scenario=');
  const figures = await figuresOnPage(page);
  const other = await context.newPage();
  const errors = collectErrors(other);
  await other.goto(url);
  await expect(other.locator('input[data-path="orbit.altitudeKm"]')).toHaveValue('0.8 Mm');
  await expect(other.locator('input[data-path="year"]')).toHaveValue('2041');
  expect(await figuresOnPage(other)).toEqual(figures);
  expect(errors).toEqual([]);
});

test('the stats overlay reports 81 satellites within 12 draw calls, and 10,044 with ?clusters=124 within 4 more', async ({ page }) => {
  await page.goto('/?stats=1');
  const one = await readStats(page);
  expect(one.satellites).toBe(81);
  expect(one.drawCalls).toBeGreaterThan(0);
  expect(one.drawCalls).toBeLessThanOrEqual(12);
  await page.goto('/?stats=1&view=cluster');
  const ric = await readStats(page);
  expect(ric.satellites).toBe(81);
  expect(ric.drawCalls).toBeLessThanOrEqual(12);
  await page.goto('/?stats=1&clusters=124');
  const many = await readStats(page);
  expect(many.satellites).toBe(124 * 81);
  expect(many.drawCalls).toBeLessThanOrEqual(one.drawCalls + 4);
  console.log(`draw calls: ${one.drawCalls} (Earth view, 81 satellites), ${ric.drawCalls} (cluster view), ${many.drawCalls} (${many.satellites} satellites)`);
});

test('A/B: pinning B and editing A shows both with the change, and the uncertain preset draws a Monte Carlo band', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('compare').click();
  await page.locator('input[data-path="satellite.lifetimeYears"]').fill('8');
  await expect(page.getByRole('columnheader', { name: 'B (pinned)' })).toBeVisible();
  // Two rows start with "Orbital cost" (per kW-year and per EFLOP); the same chip gives both the same change.
  const row = page.getByRole('row', { name: /^Orbital cost(?!\/)/ });
  await expect(row.locator('td.delta')).toContainText('%');
  await page.getByTestId('preset').selectOption('suncatcher-uncertain.json');
  await expect(page.getByTestId('monte-carlo-status')).toContainText('p10-p90 of', { timeout: 60_000 });
  await expect(page.getByTestId('chart-sensitivity')).toContainText("Sobol'", { timeout: 60_000 });
});

test('space plays and pauses, arrows scrub time', async ({ page }) => {
  await page.goto('/');
  const play = page.getByTestId('play');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await page.locator('body').press('Space');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const clock = page.getByTestId('clock');
  const before = await clock.textContent();
  await page.locator('body').press('Shift+ArrowRight');
  await expect(clock).not.toHaveText(before!);
  await expect(clock).toContainText('-01-02');
});

test('the links.spatialMimo checkbox raises the weakest link from 38.4 to 240 Tbps', async ({ page }) => {
  await page.goto('/');
  const weakest = page.getByTestId('figure-links.neighbourCapacityMinBps');
  await expect(weakest).toHaveAttribute('data-value', '38400000000000');
  await page.locator('input[data-path="links.spatialMimo"]').check();
  await expect(weakest).toHaveAttribute('data-value', '240000000000000');
});

test("a sweep run's summary.json (written by `solstice query --summary`) opens as a decile table and a Pareto front chart", async ({ page }) => {
  await page.goto('/');
  const summary = readFileSync(resolve(REPO_ROOT, 'test/fixtures/sweep-summary.json'));
  await page.getByTestId('import-sweep-summary').setInputFiles({ name: 'summary.json', mimeType: 'application/json', buffer: summary });
  await expect(page.getByTestId('sweep-summary-run')).toContainText('40 of 40 points');
  await page.getByTestId('sweep-summary-input').selectOption('ground.electricityUsdPerKwh');
  const rows = page.getByTestId('sweep-deciles').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(9)).toContainText('100%');
  await expect(rows.nth(9)).toContainText('2026');
  await expect(page.getByTestId('chart-pareto-front').locator('canvas')).toBeVisible();
});

test('the Station keeping toggle colours the controlled cluster by position error and shows the metres legend', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const toggle = page.getByTestId('station-keeping');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Cluster (RIC)' })).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByTestId('station-keeping-legend');
  await expect(legend).toBeVisible();
  // The worker integrates 3 days of 81 controlled satellites (seconds), then the scale in metres appears.
  await expect(legend).toContainText('position error 0', { timeout: 60_000 });
  await expect(legend).toContainText(/deadband 2\.0 m · worst \d\.\d m over 3 days/);
  await page.waitForTimeout(1_000);
  await page.locator('.scene').screenshot({ path: resolve(SCREENSHOT_DIR, 'screenshot-station-keeping.png') });
  // The legend's own colour ramp is masked: the green counted is the satellites'.
  const coloured = await pixelVariety(page, await page.locator('.scene').screenshot({ mask: [legend] }));
  await toggle.click();
  await expect(legend).toHaveCount(0);
  await page.waitForTimeout(500);
  const plain = await pixelVariety(page, await page.locator('.scene').screenshot());
  // 81 markers of about 12 x 12 pixels, a fair part of them green (1.7 % of the view when written), against none in gold.
  expect(coloured.green).toBeGreaterThan(0.002);
  expect(plain.green).toBeLessThan(coloured.green / 10);
  expect(errors).toEqual([]);
});
