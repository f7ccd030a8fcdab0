import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium against the production build, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    maxConcurrency: 3,
    hookTimeout: 90_000,
    globalSetup: ['tests/setup.ts'],
  },
});
