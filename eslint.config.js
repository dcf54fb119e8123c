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
 */
const KERNEL_FOLDERS = coreTiers.kernels;
const KERNEL_TIER_PATTERNS = [
  {
    group: ['**/scenario/*', '**/evaluate/*', '**/resolve/*', '**/sweep/*', '**/reproduce/*'],
    message: 'a kernel takes plain SI numbers: it does not import scenario/, resolve/, evaluate/, sweep/ or reproduce/ (issue 15 tiers).',
  },
];
/** resolve/ (model assembly) reads kernels and the scenario, never the evaluators or the entry points built on them. */
const RESOLVE_TIER_PATTERNS = [
  {
    group: ['**/evaluate/*', '**/sweep/*', '**/reproduce/*', '**/uncertainty/*'],
    message: 'resolve/ assembles model inputs from kernels and the scenario: it does not import evaluate/, sweep/, reproduce/ or uncertainty/ (issue 15 tiers).',
  },
];
/** evaluate/ reduces resolved inputs with kernels; the entry points (sweep/, reproduce/, uncertainty/) are built on it, not the reverse. */
const EVALUATE_TIER_PATTERNS = [
  {
    group: ['**/sweep/*', '**/reproduce/*', '**/uncertainty/*'],
    message: 'evaluate/ reads resolve/ and kernels: it does not import sweep/, reproduce/ or uncertainty/ (issue 15 tiers).',
  },
];

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
  {
    // After the purity block: a later no-restricted-imports replaces an earlier one, so repeat the purity patterns.
    files: KERNEL_FOLDERS.map((folder) => `packages/core/src/${folder}/**/*.ts`),
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURITY_PATTERNS, ...KERNEL_TIER_PATTERNS] }] },
  },
  {
    files: ['packages/core/src/resolve/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURITY_PATTERNS, ...RESOLVE_TIER_PATTERNS] }] },
  },
  {
    files: ['packages/core/src/evaluate/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURITY_PATTERNS, ...EVALUATE_TIER_PATTERNS] }] },
  },
);
