import type { TestProject } from 'vitest/node';
import { browserPath } from '../scripts/chromium';
import { serve } from '../scripts/serve';

/** One server and one choice of browser for every browser test. */
export default async function setup(project: TestProject) {
  project.provide('browserPath', await browserPath());
  const server = await serve(0);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string;
  }
}
