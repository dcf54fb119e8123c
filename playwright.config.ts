import { defineConfig } from '@playwright/test';
import { findChromium } from './test/browser/chromium.ts';

/** Port of the `vite preview` server the browser tests start (away from the dev server's 5173 and preview's 4173). */
const PORT = 4317;

/** The browser: CHROMIUM_PATH, a system Chromium, else the one in the @sparticuz/chromium devDependency. */
const chromium = await findChromium();

/**
 * Browser tests of apps/web against the built app (`npm run test:browser`
 * builds it first). They drive the Chromium `findChromium` finds (no apt, no
 * download: npm installs a fallback); Playwright never downloads a browser. The flags keep Chromium off the
 * network and render WebGL in software (SwiftShader) on machines with no GPU.
 */
export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium.path,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: `npm run preview --workspace @solstice/web -- --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
