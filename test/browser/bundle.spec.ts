import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './helpers.ts';

/** Budget of JavaScript loaded before first paint (the entry and its static imports), kB gzip. */
const INITIAL_JS_BUDGET_KB = 400;

test(`initial JavaScript is at most ${INITIAL_JS_BUDGET_KB} kB gzip (three.js and charts load later)`, () => {
  const dist = resolve(REPO_ROOT, 'apps/web/dist');
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(resolve(dist, `.${src}`))).length, 0);
  console.log(`initial JS: ${scripts.length} files, ${(bytes / 1000).toFixed(1)} kB gzip`);
  expect(bytes / 1000).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});
