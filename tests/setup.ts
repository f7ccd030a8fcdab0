import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../scripts/serve';
import { browserPath } from './browser';

/** One server for every browser test, on a free port; fails loudly without a browser. */
export default async function setup(project: TestProject) {
  const path = browserPath();
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  const server = await serve(0);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
