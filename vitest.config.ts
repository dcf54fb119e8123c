import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Export condition under which `@solstice/core` resolves to its TypeScript source (packages/core/package.json). */
const SOURCE_CONDITION = 'solstice-source';

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    // Worker threads that tests start inherit this and resolve it the same way.
    execArgv: [`--conditions=${SOURCE_CONDITION}`],
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/browser/**'],
    testTimeout: 30_000,
  },
});
