import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CSTO, type Country } from './countries';
import { byId, type Place } from './facts';
import { namesBy, type Annotations } from './features';
import { installedWorld, square } from './shapes.fixture';
import { almatyFeatures, cstoFeatures, episodeFeatures, placeFeatures, protestFeatures, sharedBorder, untilArea } from './story';

const at = (id: string, lon: number, lat: number, kind = 'city'): Place => ({ id, ...namesBy((l) => `${id}-${l}`), lon, lat, kind });
const places: Place[] = [
  at('almaty', 76.9, 43.25),
  at('almaty_airport', 77.04, 43.35, 'airport'),
  at('zhanaozen', 52.8, 43.3),
  at('aktau', 51.2, 43.6),
  at('moscow', 37.6, 55.75, 'capital'),
  at('minsk', 27.56, 53.9, 'capital'),
  at('yerevan', 44.5, 40.18, 'capital'),
  at('bishkek', 74.6, 42.87, 'capital'),
  at('dushanbe', 68.78, 38.56, 'capital'),
];
const place = byId(places, 'places.csv');
/** Almaty City: a square of 0.4° round the city's point. */
const city = square(76.7, 43.05, 0.4);
const countries: Country[] = CSTO.map((id, i) => ({ id, ...namesBy((l) => `${id}-${l}`), geometry: square(i, 0) }));
const annotations: Annotations = {
  csto: Object.fromEntries(CSTO.map((id, i) => [id, { role: id === 'KAZ' ? 'host' : 'contributor', troops: id === 'KAZ' ? undefined : 100 * i }])),
  places: { aktau: { excerpts: ['e1'] } },
};

describe('placeFeatures', () => {
  it('writes the places the story layers do not draw, with their annotations', () => {
    const features = placeFeatures(places, annotations);
    expect(features.map((f) => f.properties.id)).toEqual(['aktau', 'moscow', 'minsk', 'yerevan', 'bishkek', 'dushanbe']);
    expect(features[0]!.properties.excerpts).toEqual(['e1']);
  });
});

describe('protestFeatures', () => {
  it('draws Mangystau, Zhanaozen and the spread to Almaty with its length', () => {
    const mangystau = { id: 'mangystau', source_id: 'KZ.MG', iso: 'KZ-MAN', ...namesBy((l) => `mangystau-${l}`), name_ru_from: 'iso3166-2-db' };
    const [region, start, spread] = protestFeatures(place, mangystau, square(52, 43), city, annotations);
    expect(region!.geometry).toEqual(square(52, 43));
    expect(start!.geometry).toEqual({ type: 'Point', coordinates: [52.8, 43.3] });
    expect(spread!.properties).toMatchObject({
      id: 'spread-west-almaty',
      name_en: 'zhanaozen-en – almaty-en',
      name_ru: 'zhanaozen-ru – almaty-ru',
      kind: 'spread',
    });
    expect(region!.properties).toMatchObject({ id: 'mangystau', name_ar: 'mangystau-ar', name_ru: 'mangystau-ru' });
    // About 1,950 km on the great circle.
    expect(spread!.properties.length_km).toBeGreaterThan(1900);
    expect(spread!.properties.length_km).toBeLessThan(2000);
    // Drawn up to the city's edge, measured to its centre.
    expect((spread!.geometry as LineString).coordinates.at(-1)![0]).toBeCloseTo(76.7, 3);
  });
});

describe('almatyFeatures', () => {
  it('draws the city, its point that selects the city, and the airport', () => {
    expect(almatyFeatures(place, square(76, 43), annotations).map((f) => f.properties)).toEqual([
      { id: 'almaty', ...namesBy((l) => `almaty-${l}`), kind: 'city' },
      { id: 'almaty-point', ...namesBy((l) => `almaty-${l}`), ref: 'almaty', kind: 'city' },
      { id: 'almaty_airport', ...namesBy((l) => `almaty_airport-${l}`), kind: 'airport' },
    ]);
  });
});

describe('cstoFeatures', () => {
  it('draws the members, then a troop symbol at each contributor’s capital, then its route to Almaty', () => {
    const features = cstoFeatures(countries, place, city, annotations);
    const contributors = CSTO.filter((id) => id !== 'KAZ');
    expect(features.map((f) => f.properties.id)).toEqual([
      ...CSTO,
      ...contributors.map((id) => `${id}-troops`),
      ...contributors.map((id) => `${id}-route`),
    ]);
    expect(features.find((f) => f.properties.id === 'RUS-troops')).toMatchObject({
      geometry: { type: 'Point', coordinates: [37.6, 55.75] },
      properties: { name_ru: 'RUS-ru', ref: 'RUS', kind: 'troops', troops: 100 },
    });
    const route = features.find((f) => f.properties.id === 'BLR-route')!;
    expect(route.properties).toMatchObject({ name_en: 'minsk-en – almaty-en', name_ru: 'minsk-ru – almaty-ru', ref: 'BLR', kind: 'route' });
    expect(route.geometry).toMatchObject({ type: 'LineString' });
    // Every route stops on the city's outline, so a click inside the city opens the city.
    for (const f of features.filter((f) => f.properties.kind === 'route')) {
      const [lon, lat] = (f.geometry as LineString).coordinates.at(-1)!;
      const onEdge = [lon! - 76.7, 77.1 - lon!, lat! - 43.05, 43.45 - lat!].map(Math.abs).some((d) => d < 1e-3);
      expect(onEdge, f.properties.id).toBe(true);
    }
  });

  it('fails when a member has no role or a contributor no troops', () => {
    const noRole = { csto: { ...annotations.csto, ARM: { troops: 70 } } };
    expect(() => cstoFeatures(countries, place, city, noRole)).toThrow('csto.ARM has no role');
    const noTroops = { csto: { ...annotations.csto, ARM: { role: 'contributor' as const } } };
    expect(() => cstoFeatures(countries, place, city, noTroops)).toThrow('csto.ARM has no troops');
  });
});

describe('untilArea', () => {
  it('ends a line where it first meets the area’s outline', () => {
    const line: LineString = { type: 'LineString', coordinates: [[0, 0.5], [5, 0.5], [11, 0.5]] };
    expect(untilArea(line, square(10, 0, 2)).coordinates).toEqual([[0, 0.5], [5, 0.5], [10, 0.5]]);
  });

  it('leaves a line that never meets the area as it is', () => {
    const line: LineString = { type: 'LineString', coordinates: [[0, 5], [20, 5]] };
    expect(untilArea(line, square(10, 0, 2))).toEqual(line);
  });
});

describe('episodeFeatures', () => {
  const border = (a: string, b: string) => ({ type: 'LineString' as const, coordinates: [[0, 0], [a.length, b.length]] });

  it('puts an episode at its place or along its border, with no length', () => {
    const features = episodeFeatures(
      [
        { id: 'a', at: 'aktau', ...namesBy(() => 'A'), excerpts: ['e1'] },
        { id: 'b', border: ['RUS', 'UKR'], name_ar: 'ب', name_en: 'B', name_ru: 'Б', excerpts: ['e2'] },
      ],
      place,
      border,
    );
    expect(features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [51.2, 43.6] }, border('RUS', 'UKR')]);
    expect(features[1]!.properties).toEqual({ id: 'b', name_ar: 'ب', name_en: 'B', name_ru: 'Б', kind: 'episode', excerpts: ['e2'] });
  });

  it('fails on an episode with neither place nor border', () => {
    expect(() => episodeFeatures([{ id: 'c', ...namesBy(() => 'C'), excerpts: [] }], place, border)).toThrow(
      'episodes.json: c has neither "at" nor "border"',
    );
  });
});

describe('sharedBorder', () => {
  const world = installedWorld();

  it('is the line two neighbours share, and no line for countries that do not touch', () => {
    const line = sharedBorder(world, 'KGZ', 'TJK');
    const positions = line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
    expect(positions.length).toBeGreaterThan(10);
    // The border runs through the Fergana valley and the Alay range, about 69–74° E, 39–40.5° N.
    expect(positions.every(([lon, lat]) => lon! > 69 && lon! < 74 && lat! > 39 && lat! < 40.5)).toBe(true);
    expect(() => sharedBorder(world, 'KAZ', 'ARM')).toThrow('episodes: KAZ and ARM share no border');
    expect(() => sharedBorder(world, 'KAZ', 'USA')).toThrow('episodes: KAZ or USA is not in the country topology');
  });
});
