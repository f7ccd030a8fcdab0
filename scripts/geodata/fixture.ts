/**
 * The layer files of the engine's test story (tests/fixtures/stories/caucasus): a few countries
 * and capitals of the built base map, and the border two of them share in the same topology,
 * each citing the fixture's placeholder excerpt for it. Nothing is drawn by hand.
 */
import type { LinearGeometry } from '../../src/domain/geometry';
import { feature, namesOf, props, type Names, type OutFeature } from './features';

export interface FixtureSpec {
  /** Country ids of countries.geojson: the area layer. */
  countries: readonly string[];
  /** Capital ids of places.geojson: the point layer (the base map's places are the other capitals). */
  capitals: readonly string[];
  /** The line layer: the border two of the countries share. */
  border: { id: string; between: readonly [string, string] } & Names;
}

export const CAUCASUS: FixtureSpec = {
  countries: ['ARM', 'AZE', 'GEO'],
  capitals: ['yerevan', 'baku'],
  border: { id: 'arm-aze-border', between: ['ARM', 'AZE'], name_en: 'Armenia–Azerbaijan border', name_ar: 'الحدود بين أرمينيا وأذربيجان', name_ru: 'Граница Армении и Азербайджана' },
};

/** The id of the fixture's excerpt about a feature. */
export const excerptOf = (id: string): string => `fixture-${id.toLowerCase()}`;

/** The fixture's layer files, by file name, from the built countries and places. */
export function fixtureLayers(
  spec: FixtureSpec,
  countries: readonly OutFeature[],
  places: readonly OutFeature[],
  border: (a: string, b: string) => LinearGeometry,
): [file: string, features: OutFeature[]][] {
  const take = (from: readonly OutFeature[], ids: readonly string[], file: string) =>
    ids.map((id) => {
      const f = from.find((x) => x.properties.id === id);
      if (!f) throw new Error(`fixture: ${file} has no feature ${id}`);
      return feature(f.geometry, props({ id, ...namesOf(f.properties), kind: f.properties.kind, excerpts: [excerptOf(id)] }));
    });
  const { id, between } = spec.border;
  const others = places.filter((f) => f.properties.kind === 'capital' && !spec.capitals.includes(f.properties.id));
  return [
    ['states.geojson', take(countries, spec.countries, 'countries.geojson')],
    ['capitals.geojson', take(places, spec.capitals, 'places.geojson')],
    ['border.geojson', [feature(border(...between), props({ id, ...namesOf(spec.border), kind: 'border', excerpts: [excerptOf(id)] }))]],
    // The base map's places: the other capitals, without the article's excerpts.
    ['places.geojson', others.map((f) => feature(f.geometry, props({ ...f.properties, excerpts: undefined })))],
  ];
}
