import { describe, expect, it } from 'vitest';
import { baseFiles } from '../domain/story';
import { BASE_FILES, baseLayers } from './base';

describe('the base map', () => {
  it('draws exactly the story’s base files', () => {
    expect([...baseFiles()].sort()).toEqual([...BASE_FILES].sort());
    const sources = new Set(
      Object.values(baseLayers('en'))
        .flat()
        .flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])),
    );
    for (const file of BASE_FILES) expect(sources, file).toContain(file);
  });
});
