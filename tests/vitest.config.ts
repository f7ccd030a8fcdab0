import { defineConfig } from 'vitest/config';
import { storyFolder } from '../scripts/storyFolder.ts';

// Browser tests: a real Chromium against the production build, one file at a time.
export default defineConfig({
  // Tests that read the map's style read the story it was built for, handed over as in the app.
  resolve: { alias: { '@story': storyFolder() } },
  test: {
    setupFiles: ['src/story.ts'],
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // Two pages at a time: with four, software WebGL on two cores starved a page for a minute.
    maxConcurrency: 2,
    hookTimeout: 90_000,
    // The suite keeps both cores busy: a poll gives the page time before it fails.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['tests/setup.ts'],
  },
});
