import { describe, expect, it } from 'vitest';
import type { LayerCollection } from './features';
import { fileLangs, parseNameTable, splitNames, tableLangs, tableProblems, withNames } from './names';

const feature = (id: string, names: Record<string, string>) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [76.9, 43.25] },
  properties: { id, ...names },
});
const almaty = feature('almaty', { name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы' });
const river = feature('river-93', { name_en: '', name_ar: '', name_ru: '' });

describe('which names a file holds', () => {
  it('are English and the article’s language; every other language has a table', () => {
    expect(fileLangs('ar')).toEqual(['en', 'ar']);
    expect(tableLangs('ar')).toEqual(['ru']);
    expect(fileLangs('en')).toEqual(['en']);
    expect(tableLangs('en')).toEqual(['ar', 'ru']);
  });
});

describe('splitNames', () => {
  it('takes a table’s language out of every feature, and leaves an unnamed one out of the table', () => {
    const { features, tables } = splitNames([almaty, river], ['ru']);
    expect(features.map((f) => f.properties)).toEqual([
      { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا' },
      { id: 'river-93', name_en: '', name_ar: '' },
    ]);
    expect(tables).toEqual({ ru: { almaty: 'Алматы' } });
    // The features given keep their names.
    expect(almaty.properties).toHaveProperty('name_ru', 'Алматы');
  });
});

describe('withNames', () => {
  const fc = { type: 'FeatureCollection', features: splitNames([almaty, river], ['ru']).features } as LayerCollection;

  it('puts a table’s names back on the features it names, and gives the same object for the same table', () => {
    const table = { almaty: 'Алматы' };
    const named = withNames(fc, table, 'ru');
    expect(named.features.map((f) => f.properties.name_ru)).toEqual(['Алматы', undefined]);
    expect(named.features[1]).toBe(fc.features[1]);
    expect(withNames(fc, table, 'ru')).toBe(named);
    expect(withNames(fc, undefined, 'ru')).toBe(fc);
  });
});

describe('tableProblems', () => {
  it('names a named feature without a name, and a name for a feature or file that is not there', () => {
    const files = { places: [almaty, river] };
    expect(tableProblems({ places: { almaty: 'Алматы' } }, files, 'ru')).toEqual([]);
    expect(tableProblems({ places: { bishkek: 'Бишкек' }, roads: {} }, files, 'ru')).toEqual([
      'names.ru.json: places: almaty: no name in "ru"',
      'names.ru.json: places: bishkek: no such feature',
      'names.ru.json: roads: no such file',
    ]);
  });
});

describe('parseNameTable', () => {
  it('reads a table, and names the file and what is wrong with one that is not', () => {
    expect(parseNameTable('names.ru.json', '{"places":{"almaty":"Алматы"}}')).toEqual({ table: { places: { almaty: 'Алматы' } } });
    const broken = parseNameTable('names.ru.json', '{"places":');
    expect('problem' in broken && broken.problem).toMatch(/^names\.ru\.json: not JSON/);
    expect(parseNameTable('names.ru.json', '{"places":{"almaty":7}}')).toEqual({
      problem: 'names.ru.json: not a table of names by file and feature id (places.almaty)',
    });
  });
});
