import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium against the production build, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // Most of a browser test is waiting (loads, timeouts, retries): four pages at a time.
    maxConcurrency: 4,
    hookTimeout: 90_000,
    // The suite keeps both cores busy: a poll gives the page time before it fails.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['tests/setup.ts'],
  },
});
