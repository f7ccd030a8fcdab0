import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileIds, type FileId } from './story';
import { findEntity, listEntities, type Collections } from './entity';
import type { LayerCollection } from './features';
import { withNames, type NameTable } from './names';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8')) as T;
const russian = read<NameTable>('names.ru.json');
// The files as the app has them in Russian: each with its names table's names.
const geodata: Collections = Object.fromEntries(
  fileIds().map((f: FileId) => [f, withNames(read<LayerCollection>(`${f}.geojson`), russian[f], 'ru')]),
);

describe('findEntity', () => {
  it('gathers a country from its polygon, troop symbol and route', () => {
    const rus = findEntity('RUS', geodata)!;
    expect(rus).toMatchObject({ name_en: 'Russia', name_ar: 'روسيا', name_ru: 'Россия', kind: 'country', role: 'role.contributor' });
    expect(rus.figures.map((f) => [f.value, f.source])).toEqual([
      [2500, 'article'],
      [5000, 'article'],
      [3000, 'panorama-2022-01-07'],
    ]);
    expect(rus.routeKm).toBeGreaterThan(2500);
    expect(rus.files).toEqual(['csto', 'countries', 'labels']);
  });

  it('gives a border no distance to Almaty, whatever length its line carries', () => {
    const line = { type: 'LineString' as const, coordinates: [[70, 40], [71, 40]] };
    const data: Collections = {
      episodes: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: line, properties: { id: 'b', name_en: 'Border', name_ar: 'حدود', name_ru: 'Граница', kind: 'episode', length_km: 716 } }],
      },
    };
    expect(findEntity('b', data)?.routeKm).toBeUndefined();
    for (const f of geodata.episodes!.features) expect(findEntity(f.properties.id, geodata)?.routeKm, f.properties.id).toBeUndefined();
    expect(findEntity('spread-west-almaty', geodata)?.routeKm).toBeGreaterThan(1000);
  });

  it('gives a country its role by the style its areas are drawn in, and another country the words for others', () => {
    expect(findEntity('KAZ', geodata)?.role).toBe('role.host');
    expect(findEntity('UKR', geodata)).toMatchObject({ kind: 'country', role: 'role.none' });
    expect(findEntity('mangystau', geodata)?.role).toBeUndefined();
  });

  it('takes the name from the thing itself, not from a symbol of it', () => {
    const fc = (features: LayerCollection['features']): LayerCollection => ({ type: 'FeatureCollection', features });
    const point = { type: 'Point' as const, coordinates: [0, 0] };
    const data: Collections = {
      csto: fc([{ type: 'Feature', geometry: point, properties: { id: 'X-troops', ref: 'X', name_en: 'Symbol', name_ar: 'رمز', name_ru: 'Символ', troops: 5 } }]),
      countries: fc([{ type: 'Feature', geometry: point, properties: { id: 'X', name_en: 'Xland', name_ar: 'إكس', name_ru: 'Иксландия' } }]),
    };
    expect(findEntity('X', data)?.name_en).toBe('Xland');
  });

  it('keeps one copy of an excerpt a thing carries in several files', () => {
    const mangystau = findEntity('mangystau', geodata)!;
    expect(mangystau.files).toEqual(['protest', 'regions', 'labels']);
    expect(new Set(mangystau.excerpts).size).toBe(mangystau.excerpts.length);
    expect(mangystau.excerpts).toContain('west-to-almaty');
  });

  it('carries dates with their source', () => {
    expect(findEntity('zhanaozen', geodata)?.dates).toEqual([{ date: '2022-01-02', source: 'trend-2022-01-10' }]);
  });

  it('is null for an id nothing has', () => {
    expect(findEntity('atlantis', geodata)).toBeNull();
  });
});

describe('listEntities', () => {
  const groups = listEntities(geodata);
  const ids = (key: string) => groups.find((g) => g.key === key)!.items.map((i) => i.id);

  it('lists the six members, the places and the sixteen regions once each', () => {
    expect(ids('countries')).toEqual(['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK']);
    expect(ids('places').slice(0, 4)).toEqual(['zhanaozen', 'spread-west-almaty', 'almaty', 'almaty_airport']);
    expect(ids('regions')).toHaveLength(16);
    const all = groups.flatMap((g) => g.items.map((i) => i.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('leaves out symbols and routes that stand for something else', () => {
    expect(groups.flatMap((g) => g.items.map((i) => i.id)).some((id) => /-(troops|route|point)$/.test(id))).toBe(false);
  });

  it('every listed thing can be described', () => {
    for (const id of groups.flatMap((g) => g.items.map((i) => i.id))) expect(findEntity(id, geodata)).not.toBeNull();
  });
});
