import { resolve } from 'node:path';

/**
 * The story folder a build is for: STORY names a folder under src/stories, or, with a slash,
 * a path from the project's root (a test fixture's story); this article's by default.
 */
export const storyFolder = (name = process.env.STORY ?? 'kazakhstan-2022'): string =>
  name.includes('/') ? resolve(name) : resolve('src/stories', name);
