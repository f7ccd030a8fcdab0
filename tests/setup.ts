import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { browserPath } from '../scripts/chromium';
import { serve } from '../scripts/serve';

/** The engine's test story, built apart (npm run build:fixture). */
const FIXTURE_BUILD = 'dist-fixture';

/** One server and one choice of browser for every browser test; a second server for the test story's build, when there is one. */
export default async function setup(project: TestProject) {
  project.provide('browserPath', await browserPath());
  const server = await serve(0);
  project.provide('baseUrl', server.url);
  const fixture = existsSync(FIXTURE_BUILD) ? await serve(0, undefined, FIXTURE_BUILD) : null;
  project.provide('fixtureUrl', fixture?.url ?? null);
  return () => Promise.all([server.close(), fixture?.close()]);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string;
    /** Null without a build of the test story. */
    fixtureUrl: string | null;
  }
}
