import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ParseKeys } from 'i18next';
import { LANGS, type Lang } from './lang';

/** How sure a figure is, as its source gives it. */
export const QUALIFIERS = ['more-than', 'about', 'at-most', 'reportedly', 'more-than-reportedly', 'exact'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A reported figure and where it comes from: a source id of the story's sources. */
export interface Figure {
  /** What is counted, one of those its layer's symbols name; the story's strings word it (`figure.<kind>.<qualifier>`). */
  kind: string;
  value: number;
  qualifier: Qualifier;
  source: string;
  /** Paragraph of the article, required when `source` is `article`. */
  paragraph?: number;
}

/** Properties every feature of every layer file carries. */
export interface BaseProps extends Names {
  /** Unique within its file; the selection id unless `ref` is set. */
  id: string;
  /** The feature this one belongs to (a proportional symbol or its flow belongs to the place it stands for). */
  ref?: string;
  kind?: string;
  /** Excerpt ids of the story's excerpts. */
  excerpts?: string[];
  figures?: Figure[];
  /** ISO date (YYYY-MM-DD) of the event the feature marks. */
  date?: string;
  date_source?: string;
  length_km?: number;
  rank?: number;
  /** The properties its layers' parts read (their kinds say which, and the validator checks them). */
  [prop: string]: unknown;
}

export type LayerFeature = Feature<Geometry, BaseProps>;
export type LayerCollection = FeatureCollection<Geometry, BaseProps>;

/**
 * A figure in words: the story's string for its kind and hedge, which every kind its symbols
 * name has in every language (a unit test checks the story's strings).
 */
export const figureKey = ({ kind, qualifier }: Pick<Figure, 'kind' | 'qualifier'>) => `figure.${kind}.${qualifier}` as ParseKeys;

/** A thing's name in each language (`name_en`, `name_ar`, …): every layer file's features carry them. */
export type Names = Record<`name_${Lang}`, string>;

/** The property that holds a name in `lang`. */
export const nameKey = (lang: Lang): keyof Names => `name_${lang}`;

/** Names made one language at a time. */
export const namesBy = (name: (lang: Lang) => string): Names =>
  Object.fromEntries(LANGS.map((l) => [nameKey(l), name(l)])) as Names;

/**
 * Just the names of something that has them (a feature's properties, a row); empty in a language
 * whose names table has not arrived (src/domain/names.ts).
 */
export const namesOf = (p: Partial<Names>): Names => namesBy((l) => p[nameKey(l)] ?? '');

/** Empty names in every language: not yet known, or a lake or river the map does not name. */
export const NO_NAMES: Names = namesBy(() => '');

/** A thing's name in a language, or its English name where it has none in that language. */
export const nameIn = (names: { name_en: string } & Partial<Record<`name_${Lang}`, string>>, lang: Lang): string =>
  names[`name_${lang}`] || names.name_en;

/** The id a click on this feature selects. */
export const selectionId = (p: Pick<BaseProps, 'id' | 'ref'>): string => p.ref ?? p.id;
