import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `@solstice/core` resolves to its TypeScript source in the monorepo (packages/core/package.json).
  resolve: { conditions: ['solstice-source', ...defaultClientConditions] },
  server: { port: 5173 },
  preview: { port: 4173 },
});
