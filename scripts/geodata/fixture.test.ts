import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ARTICLE_LANG, storyCheck, tablesCheck } from './check';
import { namesBy, type OutFeature } from './features';
import { excerptOf, fixtureLayers, fixtureTexts, sharedTexts } from './fixture';
import { OUT_DIR, ROOT, readJson } from './inputs';
import { installedWorld, square } from './shapes.fixture';
import { sharedBorder } from './story';

const country = (id: string, x: number): OutFeature => ({ type: 'Feature', properties: { id, ...namesBy((l) => `${id}-${l}`), kind: 'country' }, geometry: square(x, 0) });
const capital = (id: string, x: number): OutFeature => ({
  type: 'Feature',
  properties: { id, ...namesBy((l) => `${id}-${l}`), kind: 'capital', excerpts: ['article-words'] },
  geometry: { type: 'Point', coordinates: [x, 0.5] },
});
const spec = { countries: ['A', 'B'], capitals: ['a'], border: { id: 'a-b', between: ['A', 'B'] as const, name_ar: 'أ–ب', name_en: 'A–B', name_ru: 'А–Б' } };
const line = { type: 'LineString' as const, coordinates: [[1, 0], [1, 1]] };

describe('fixtureLayers', () => {
  it('takes the countries and capitals it names, each citing its own excerpt, and the border the two share', () => {
    const borders: string[][] = [];
    const files = Object.fromEntries(
      fixtureLayers(spec, [country('A', 0), country('B', 1), country('C', 2)], [capital('a', 0.5), capital('c', 2.5)], (a, b) => {
        borders.push([a, b]);
        return line;
      }),
    );
    expect(files['states.geojson']!.map((f) => [f.properties.id, f.properties.excerpts])).toEqual([
      ['A', ['fixture-a']],
      ['B', ['fixture-b']],
    ]);
    expect(files['states.geojson']![1]!.geometry).toEqual(square(1, 0));
    expect(files['capitals.geojson']!.map((f) => [f.properties.id, f.properties.kind, f.properties.excerpts, f.geometry])).toEqual([
      ['a', 'capital', ['fixture-a'], { type: 'Point', coordinates: [0.5, 0.5] }],
    ]);
    expect(borders).toEqual([['A', 'B']]);
    expect(files['border.geojson']!.map((f) => [f.properties.id, f.properties.kind, f.properties.excerpts, f.geometry])).toEqual([
      ['a-b', 'border', ['fixture-a-b'], line],
    ]);
    // The base map's places: the other capitals, without the article's excerpts.
    expect(files['places.geojson']!.map((f) => f.properties)).toEqual([{ id: 'c', name_ar: 'c-ar', name_en: 'c-en', name_ru: 'c-ru', kind: 'capital' }]);
  });

  it('fails on an id the built files lack, naming the file', () => {
    expect(() => fixtureLayers(spec, [country('A', 0)], [], () => line)).toThrow('countries.geojson has no feature B');
  });

  it('names each excerpt after its feature', () => {
    expect(excerptOf('ARM')).toBe('fixture-arm');
  });
});

describe('the committed test story', () => {
  const dir = path.join(ROOT, 'tests/fixtures/stories/caucasus');

  it('validates against its own files, excerpts and sources, and a citation it lacks fails', async () => {
    const check = await storyCheck(dir);
    const texts = Object.fromEntries(fs.readdirSync(path.join(dir, 'geodata')).map((n) => [n, fs.readFileSync(path.join(dir, 'geodata', n), 'utf8')]));
    for (const [name, text] of Object.entries(texts)) if (name.endsWith('.geojson')) expect(check(name, text), name).toEqual([]);
    expect(tablesCheck({ ...texts, ...sharedTexts(OUT_DIR) }, ARTICLE_LANG)).toEqual([]);
    expect(Object.keys(texts)).toContain('names.ru.json');
    const text = fs.readFileSync(path.join(dir, 'geodata/capitals.geojson'), 'utf8').replace('fixture-baku', 'fixture-nowhere');
    expect(check('capitals.geojson', text).map((p) => [p.feature, p.problem])).toEqual([['baku', 'excerpt "fixture-nowhere" does not exist in the excerpts']]);
  });

  it('lets its features carry only what its own layers read: none reads a role or a troop count', async () => {
    const check = await storyCheck(dir);
    const changed = (name: string, add: Record<string, unknown>) => {
      const fc = readJson<FeatureCollection>(path.join(dir, 'geodata', name));
      Object.assign(fc.features[0]!.properties!, add);
      return check(name, JSON.stringify(fc)).map((p) => p.problem);
    };
    expect(changed('states.geojson', { role: 'host' })).toEqual(['unknown property "role"']);
    expect(changed('capitals.geojson', { troops: 500, figures: [] })).toEqual(['unknown property "troops"', 'unknown property "figures"']);
    expect(changed('capitals.geojson', { kind: 'city' })).toEqual(['kind "city" is not one of "capital"']);
  });

  it('holds the files the derivation gives, byte for byte', () => {
    const world = installedWorld();
    const texts = fixtureTexts(OUT_DIR, (a, b) => sharedBorder(world, a, b), ARTICLE_LANG, ARTICLE_LANG);
    for (const [name, text] of Object.entries(texts)) {
      expect(fs.readFileSync(path.join(dir, 'geodata', name), 'utf8'), name).toBe(text);
    }
  });
});
