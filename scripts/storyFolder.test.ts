import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyFolder } from './storyFolder';

describe('storyFolder', () => {
  it('finds a name under src/stories and a path from the root', () => {
    expect(storyFolder('kazakhstan-2022')).toBe(resolve('src/stories/kazakhstan-2022'));
    expect(storyFolder('tests/fixtures/stories/caucasus')).toBe(resolve('tests/fixtures/stories/caucasus'));
  });
});
