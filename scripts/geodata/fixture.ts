/**
 * The layer files of the engine's test story (tests/fixtures/stories/caucasus): a few countries
 * and capitals of the built base map, and the border two of them share in the same topology,
 * each citing the fixture's placeholder excerpt for it. Nothing is drawn by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LayerCollection } from '../../src/domain/features';
import type { LinearGeometry } from '../../src/domain/geometry';
import type { Lang } from '../../src/domain/lang';
import { tableLangs, withNames, type NameTable } from '../../src/domain/names';
import { feature, namesOf, props, type Names, type OutFeature } from './features';
import { readJson } from './inputs';
import { render, serialiseNames } from './write';

/** A built layer file's features (`dir`/`file`.geojson) with every name, those of its names tables (`langs`) put back. */
export function builtFeatures(dir: string, file: string, langs: readonly Lang[]): OutFeature[] {
  const fc = readJson<LayerCollection>(path.join(dir, `${file}.geojson`));
  return langs.reduce((c, l) => withNames(c, readJson<NameTable>(path.join(dir, `names.${l}.json`))[file], l), fc).features;
}

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

/** The base map's files the test story serves from the project's geodata/ (its geodata.ts). */
export const SHARED_FILES = ['countries', 'labels', 'water'] as const;

/** The project's built files that the test story shares, as text (file name → text). */
export const sharedTexts = (dir: string): Record<string, string> =>
  Object.fromEntries(SHARED_FILES.map((f) => [`${f}.geojson`, fs.readFileSync(path.join(dir, `${f}.geojson`), 'utf8')]));

/**
 * The test story's files as text, from the project's built files in `dir` (whose article is in
 * `projectLang`): its layers, and its names tables, which also name the features of the files
 * it shares with the project.
 */
export function fixtureTexts(
  dir: string,
  border: (a: string, b: string) => LinearGeometry,
  projectLang: Lang,
  ownLang: Lang,
): Record<string, string> {
  const built = (file: string) => builtFeatures(dir, file, tableLangs(projectLang));
  const { texts } = render(fixtureLayers(CAUCASUS, built('countries'), built('places'), border), tableLangs(ownLang));
  for (const lang of tableLangs(ownLang)) {
    const project = readJson<NameTable>(path.join(dir, `names.${lang}.json`));
    const own = JSON.parse(texts[`names.${lang}.json`] ?? '{}') as NameTable;
    texts[`names.${lang}.json`] = serialiseNames({ ...Object.fromEntries(SHARED_FILES.map((f) => [f, project[f] ?? {}])), ...own });
  }
  return texts;
}
