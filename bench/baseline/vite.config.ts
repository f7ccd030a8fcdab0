import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the benchmark's baseline page into bench/out/baseline, served at /baseline/.
// Same asset rules as the app's config: layer files stay separate hashed files.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/baseline/',
  publicDir: false,
  assetsInclude: ['**/*.geojson'],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    outDir: fileURLToPath(new URL('../out/baseline', import.meta.url)),
    emptyOutDir: true,
  },
});
