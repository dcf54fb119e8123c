import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `@solstice/core` resolves to its TypeScript source in the monorepo (packages/core/package.json).
  resolve: { conditions: ['solstice-source', ...defaultClientConditions] },
  // The 3D scene chunk (three.js, react-three-fiber) is about 1 MB before gzip; it loads after first paint.
  build: { chunkSizeWarningLimit: 1_200 },
  // The Monte Carlo worker is an ES module (core's dependencies use top-level await).
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
