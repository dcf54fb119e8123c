import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import coreTiers from './scripts/coreTiers.json' with { type: 'json' };

/** Core is pure: no I/O, no UI, nothing else of the monorepo (conventions: layers). */
const CORE_PURITY_PATTERNS = [
  { group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'core does no I/O: keep it pure.' },
  { group: ['react', 'react-dom', 'three', '@react-three/*', 'zustand'], message: 'core has no UI dependencies.' },
  { group: ['@solstice/cli', '@solstice/web'], message: 'core depends on nothing in the monorepo.' },
];

/**
 * Core's tiers (issue 15): kernels (the domain folders) take plain SI numbers and never import
 * the scenario, resolve/, the evaluators or the layers built on them; resolve/ turns a scenario
 * into kernel inputs; evaluate/ reduces them; the entry points (studies/, sweep/, uncertainty/,
 * reproduce/) are built on evaluate/, which also writes a scenario's exchange files (evaluate/scenarioExport.ts).
 * Each folder's tier comes from scripts/coreTiers.json, which test/architecture/importGraph.test.ts
 * also reads: kernels 0, then scenario/, resolve/, evaluate/ and the entry points.
 */
const TIER_OF = { ...Object.fromEntries(coreTiers.kernels.map((folder) => [folder, 0])), ...coreTiers.tiers };
/**
 * One lint block per tier below the top: its folders may import their own tier and lower ones, never a
 * higher one. A later no-restricted-imports replaces an earlier one, so each repeats the purity patterns.
 */
const TIER_BLOCKS = [...new Set(Object.values(TIER_OF))].flatMap((tier) => {
  const folders = Object.keys(TIER_OF).filter((folder) => TIER_OF[folder] === tier);
  const higher = Object.keys(TIER_OF).filter((folder) => TIER_OF[folder] > tier);
  if (higher.length === 0) return [];
  const pattern = {
    group: higher.map((folder) => `**/${folder}/*`),
    message: `${tier === 0 ? 'a kernel takes plain SI numbers' : `${folders.join('/, ')}/ ${folders.length === 1 ? 'is' : 'are'} tier ${tier} of core`}: it does not import ${higher.join('/, ')}/ (issue 15 tiers, scripts/coreTiers.json).`,
  };
  return [
    {
      files: folders.map((folder) => `packages/core/src/${folder}/**/*.ts`),
      ignores: ['packages/core/src/**/*.test.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURITY_PATTERNS, pattern] }] },
    },
  ];
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.turbo/**', '**/.tsbuild/**', 'coverage/**', 'docs/api/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Core is pure: no DOM, React, three.js, file system or process (conventions: layers).
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_PURITY_PATTERNS }],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'require'],
    },
  },
  {
    files: ['packages/core/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // After the purity block, which they replace for their folders.
  ...TIER_BLOCKS,
);
