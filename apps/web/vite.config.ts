import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * `npm start` opens the app in a browser where there is a desktop to open it
 * on: Linux needs a display (xdg-open fails with a stack trace on a headless
 * machine); macOS and Windows always have one.
 */
const hasDesktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);

export default defineConfig({
  plugins: [react()],
  // `@solstice/core` resolves to its TypeScript source in the monorepo (packages/core/package.json).
  resolve: { conditions: ['solstice-source', ...defaultClientConditions] },
  // The 3D scene chunk (three.js, react-three-fiber) is about 1 MB before gzip; it loads after first paint.
  build: { chunkSizeWarningLimit: 1_200 },
  // The Monte Carlo worker is an ES module (core's dependencies use top-level await).
  worker: { format: 'es' },
  server: { port: 5173, open: hasDesktop },
  preview: { port: 4173 },
});
