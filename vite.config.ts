import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The layer files are fetched at run time, each on its own, so that one bad file
  // cannot stop the others: they are assets with hashed names, not bundled modules.
  assetsInclude: ['**/*.geojson'],
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
