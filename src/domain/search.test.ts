import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listEntities, type Collections } from './entity';
import type { LayerCollection } from './features';
import type { Lang } from './lang';
import type { NameTable } from './names';
import { fold, foundIn, searchableData, searchPlaces, type NameTables, type Searchable } from './search';

describe('fold', () => {
  it('drops short vowels, shadda, sukun and tatweel', () => {
    expect(fold('أَلْمَاتَا')).toBe(fold('ألماتا'));
    expect(fold('ألمـــاتا')).toBe(fold('ألماتا'));
  });

  it('reads every alef alike, ة as ه and ى as ي', () => {
    for (const a of ['أ', 'إ', 'آ', 'ٱ']) expect(fold(`${a}رمينيا`)).toBe('ارمينيا');
    expect(fold('مدينة')).toBe(fold('مدينه'));
    expect(fold('مصطفى')).toBe(fold('مصطفي'));
  });

  it('lower-cases Latin, drops its accents and reads hyphens as spaces', () => {
    expect(fold('Nur-Sultan')).toBe('nur sultan');
    expect(fold('  Zhanaözen ')).toBe('zhanaozen');
  });

  it('keeps distinct letters distinct', () => {
    expect(fold('روسيا')).not.toBe(fold('روسيه'));
    expect(fold('باكو')).not.toBe(fold('باكي'));
  });
});

describe('searchPlaces', () => {
  const items = [
    { id: 'KAZ', name_en: 'Kazakhstan', name_ar: 'كازاخستان', name_ru: 'Казахстан' },
    { id: 'almaty_airport', name_en: 'Almaty airport', name_ar: 'مطار ألماتا', name_ru: 'Аэропорт Алматы' },
    { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы' },
    { id: 'ARM', name_en: 'Armenia', name_ar: 'أرمينيا', name_ru: 'Армения' },
    { id: 'nur_sultan', name_en: 'Nur-Sultan (Astana)', name_ar: 'نور سلطان (أستانا)', name_ru: 'Нур-Султан (Астана)' },
  ];
  const ids = (q: string) => searchPlaces(q, items).map((i) => i.id);

  it('finds English names in any case, a whole or starting match before a part', () => {
    expect(ids('almaty')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('AIRPORT')).toEqual(['almaty_airport']);
    expect(ids('stan')).toEqual(['KAZ', 'nur_sultan']);
    expect(ids('astana')).toEqual(['nur_sultan']);
  });

  it('finds Arabic names typed with another alef or with vowels', () => {
    expect(ids('الماتا')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('إِرمينيا')).toEqual(['ARM']);
    expect(ids('استانا')).toEqual(['nur_sultan']);
  });

  it('finds Russian names in any case, with ё typed as е', () => {
    expect(ids('АЛМАТЫ')).toEqual(['almaty', 'almaty_airport']);
    expect(ids('астана')).toEqual(['nur_sultan']);
    expect(searchPlaces('озёра', [{ id: 'l', name_en: 'Lakes', name_ar: 'بحيرات', name_ru: 'Озера' }]).map((i) => i.id)).toEqual(['l']);
  });

  it('finds a place whose names in a language have not arrived by its other names', () => {
    const partial: Searchable[] = [{ id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا' }];
    expect(searchPlaces('alm', partial).map((i) => i.id)).toEqual(['almaty']);
    expect(foundIn('alm', partial[0]!, 'ru')).toBe('en');
  });

  it('names the language a hit was found in when it is not the page’s', () => {
    const almaty = items[2]!;
    expect(foundIn('алматы', almaty, 'en')).toBe('ru');
    expect(foundIn('ألماتا', almaty, 'ru')).toBe('ar');
    expect(foundIn('Almaty', almaty, 'en')).toBeNull();
    // Where the page's name answers as well as another, the page's wins.
    expect(foundIn('alm', { id: 'x', name_en: 'Alma', name_ar: 'Alma', name_ru: 'Almo' }, 'ar')).toBeNull();
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('Moscow')).toEqual([]);
  });
});

describe('searchableData', () => {
  const point = (id: string, name_en: string, name_ar: string) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [52.8, 43.3] },
    properties: { id, name_en, name_ar, kind: 'city' },
  });
  const protest = { type: 'FeatureCollection', features: [point('zhanaozen', 'Zhanaozen', 'جاناوزن'), point('aktau', 'Aktau', 'أكتاو')] } as LayerCollection;
  const data: Collections = { protest };
  const ru: NameTable = { protest: { zhanaozen: 'Жанаозен' } };
  const items = (tables: NameTables) =>
    searchableData(data, tables).protest!.features.map((f) => f.properties);
  const ids = (q: string, tables: NameTables) => searchPlaces(q, items(tables)).map((i) => i.id);

  it('finds a place by its name in a table of a language the page is not in', () => {
    expect(ids('Жанаозен', { ru })).toEqual(['zhanaozen']);
    expect(ids('жана', { ru })).toEqual(['zhanaozen']);
    const [hit] = searchPlaces('Жанаозен', items({ ru }));
    expect(foundIn('Жанаозен', hit!, 'en')).toBe('ru');
    expect(foundIn('Жанаозен', hit!, 'ar')).toBe('ru');
  });

  it('finds nothing by a table that has not arrived, and does not fail on the names it lacks', () => {
    expect(ids('Жанаозен', {})).toEqual([]);
    // The names the files carry still answer meanwhile.
    expect(ids('zhana', {})).toEqual(['zhanaozen']);
    expect(ids('جاناوزن', {})).toEqual(['zhanaozen']);
    // A feature the table does not name keeps its other names and is not found in the table's script.
    expect(ids('Актау', { ru })).toEqual([]);
    expect(ids('aktau', { ru })).toEqual(['aktau']);
    expect(items({ ru })[1]).not.toHaveProperty('name_ru');
    // A table without the file at all.
    expect(ids('Жанаозен', { ru: { places: { aktau: 'Актау' } } })).toEqual([]);
  });

  it('leaves the collections as they were without tables, and gives the same ones back for the same table', () => {
    expect(searchableData(data, {}).protest).toBe(protest);
    expect(searchableData(data, { ru }).protest).toBe(searchableData(data, { ru }).protest);
  });
});

describe('searching the story’s own files', () => {
  const file = (id: string) => JSON.parse(readFileSync(`geodata/${id}.geojson`, 'utf8')) as LayerCollection;
  const data: Collections = Object.fromEntries(['csto', 'protest', 'almaty', 'places', 'regions', 'episodes'].map((f) => [f, file(f)]));
  const ru = JSON.parse(readFileSync('geodata/names.ru.json', 'utf8')) as NameTable;
  /** What a page finds: its files, its own language's table where it has one, and the other tables that have arrived. */
  const find = (q: string, tables: NameTables) =>
    searchPlaces(
      q,
      listEntities(searchableData(data, tables)).flatMap((g) => g.items),
    );

  it.each<[string, Lang, Lang]>([
    ['Жанаозен', 'en', 'ru'],
    ['Жанаозен', 'ar', 'ru'],
    ['Zhanaozen', 'ru', 'en'],
    ['جاناوزن', 'en', 'ar'],
    ['جاناوزن', 'ru', 'ar'],
  ])('finds Zhanaozen for «%s» on the page in %s, by its name in %s', (q, page, found) => {
    const [hit] = find(q, { ru });
    expect(hit?.id).toBe('zhanaozen');
    expect(foundIn(q, hit!, page)).toBe(found);
  });

  it('finds no Cyrillic name before the Russian table arrives', () => {
    expect(find('Жанаозен', {})).toEqual([]);
    expect(find('Zhanaozen', {})[0]?.id).toBe('zhanaozen');
  });
});
