import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTable, setStory, story, symbolsOf } from './story';

const src = new URL('..', import.meta.url).pathname;
const ENGINE = ['domain', 'map', 'data', 'ui', 'app', 'strings'];

/** Every engine module (tests and type declarations aside), with its import specifiers. */
function engineImports(): { file: string; specifier: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(src, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return ENGINE.flatMap(walk)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|\.d\.ts$/.test(f))
    .flatMap((file) =>
      [...readFileSync(join(src, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => ({ file, specifier: m[1]! })),
    );
}

describe('the engine', () => {
  it('imports no story module: a story reaches it only through setStory', () => {
    const imports = engineImports();
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.filter(({ specifier }) => /stories\/|@story|\/content\//.test(specifier))).toEqual([]);
  });

  it('reads the story it was handed', () => {
    const real = story();
    const other = { ...real, id: 'other' };
    setStory(other);
    expect(story()).toBe(other);
    setStory(real);
  });
});

describe('symbolsOf and figureTable', () => {
  it('find the proportional symbols, the property that sizes them, and the table they offer', () => {
    const { layers } = story();
    expect(symbolsOf(layers).map(({ file, value }) => ({ file, value }))).toEqual([{ file: 'csto', value: 'troops' }]);
    expect(figureTable(layers)).toMatchObject({ file: 'csto', value: 'troops', words: { name: 'csto-troop-figures' } });
  });

  it('find none in layers without symbols', () => {
    const without = story().layers.filter((l) => l.file.id !== 'csto');
    expect(symbolsOf(without)).toEqual([]);
    expect(figureTable(without)).toBeNull();
  });
});
