import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

const run = promisify(execFile);

/** Runs the real `solstice` command (the same entry point users run) and returns its stdout. */
export async function solstice(args: readonly string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [resolve(REPO_ROOT, 'packages/cli/bin/solstice.mjs'), ...args], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The number at a dotted path of a JSON value. */
export function atPath(value: unknown, path: string): unknown {
  let node = value;
  for (const segment of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every `[data-key]` figure on the page as path -> the exact number core returned. */
export async function figuresOnPage(page: Page): Promise<Map<string, number>> {
  const pairs = await page.locator('[data-key][data-value]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('data-key')!, element.getAttribute('data-value')!] as const),
  );
  return new Map(pairs.map(([key, value]) => [key, Number(value)]));
}

/** Waits until the stats overlay has published numbers and returns them. */
export async function readStats(page: Page): Promise<{ drawCalls: number; satellites: number }> {
  const calls = page.getByTestId('draw-calls');
  const satellites = page.getByTestId('satellite-count');
  await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="satellite-count"]')?.textContent ?? '') && Number(document.querySelector('[data-testid="satellite-count"]')?.textContent) > 0);
  // Let a few frames pass so the count belongs to a steady frame.
  await page.waitForTimeout(1_200);
  return { drawCalls: Number(await calls.textContent()), satellites: Number(await satellites.textContent()) };
}
