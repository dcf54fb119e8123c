import { availableParallelism } from 'node:os';
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
    // Test files share each worker's module graph instead of re-importing core
    // (and zod, satellite.js, astronomy-engine) per file: on 2 cores the suite's
    // import phase fell from 14 s to 4 s and its CPU time by a fifth. Core is
    // pure and its caches are keyed on their inputs, so files cannot leak state.
    isolate: false,
    // One worker per core (vitest's default leaves one core out: on 2 cores it
    // ran the files one at a time, 94 s, against 46 s with both). Many files
    // wait on child processes (the built CLI, npm pack, Slurm), so both stay busy.
    maxWorkers: availableParallelism(),
  },
});
