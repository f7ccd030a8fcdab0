/**
 * What a story hands the engine: everything one article brings (its layers and files, dated
 * events, sources, home view; its strings, excerpts and notes load when first shown, its chapters
 * and its text when opened). The engine reads the story only through `story()`; no engine module imports a story.
 */
import type { ParseKeys } from 'i18next';
import type { Bounds } from './bounds';
import type { Chapter } from './chapters';
import type { GazetteerEntry } from './gazetteer';
import type { Expectations, LayerExpectation } from './layerFiles';
import type { Sourced, SourcedNumber, TimelineEvent } from './timeline';
import type { Part } from '../map/kinds';
import type { Colour } from '../map/palette';
import { LANGS, type ByLang, type Lang } from './lang';
import { mergeRules, type PropRule } from './validateProps';

/**
 * The words every story gives the engine in each language, beyond those its data names by key
 * (layers, legends, roles, figures): its title, its article's citation and what the map is.
 */
export interface StoryStrings {
  title: string;
  shortTitle: string;
  description: string;
  intro: {
    heading: string;
    date: string;
    /** The headline as written, in the article's language. */
    headline: string;
    /** The headline in English, for readers of the other languages. */
    headlineEn: string;
    photo: string;
    /** The photo's caption as written. */
    photoCaption: string;
    photoGloss: string;
    /** What the copy of the article does not say of its outlet or author. */
    noOutlet: string;
    body: string;
  };
  map: { label: string; attribution: string };
  timeline: { heading: string };
  /** The reader's buttons for the article as written and our translation, and the note over the translation. */
  reader: { original: string; translation: string; translated: string };
}

/** A story's strings type, checked to hold what the engine asks for (`export type Strings = Words<typeof en>`). */
export type Words<T extends StoryStrings> = T;

/** A layer file's id: its name without `.geojson`. */
export type FileId = string;

/** How a legend entry is drawn, in the colour the map draws it in. */
export interface LegendEntry {
  label: ParseKeys;
  symbol: 'fill' | 'line' | 'dashed' | 'circle' | 'ring' | 'circles' | 'withdrawing' | 'hatch' | 'place';
  colour: Colour;
  /** For `circles`: reference circles at the map's scale (pixels of radius per square root of the value), under the legend. */
  sizes?: SizeKey;
}

export interface SizeKey {
  scale: number;
  /** The values of the reference circles: the range the map's circles span. */
  values: readonly number[];
  /** Its caption, given the values as `{{list}}`. */
  label: ParseKeys;
}

export interface LayerDef {
  id: string;
  /** Its name in the layer panel. */
  name: ParseKeys;
  /** The file it draws, defined with it. */
  file: FileDef;
  /** What the map draws of the file: parts of the engine's kinds (src/map/kinds), each with its options. */
  parts: readonly Part[];
  visible: boolean;
  /** Its features come and go with the timeline's date (see `src/stories/kazakhstan-2022/events.ts`). */
  timed?: boolean;
  /** A note under the legend (which the parts' kinds draw). */
  note?: ParseKeys;
}

/** A group of the list of everything on the map (and of the place search): the features of some files, of some kinds. */
export interface ListDef {
  key: string;
  /** Its heading. */
  label: ParseKeys;
  files: readonly FileId[];
  /** The features' kinds it takes (by default every kind). */
  kinds?: readonly string[];
}

/** A layer file (geodata/<id>.geojson): the base map's, or the one a layer draws. */
export interface FileDef {
  id: string;
  /** Its name in the sources view. */
  name: ParseKeys;
  /** Part of the base map: always drawn, not a layer the reader turns on and off. */
  base?: boolean;
  /** What its features are where they do not say (their `kind`); by default places. */
  kind?: string;
  /** What the validator lets the file hold. */
  expect: LayerExpectation;
  /** What the file is made from and on what terms (as geodata/README.md says); every downloaded copy carries them. */
  terms: FileTerms;
}

export interface FileTerms {
  derivedFrom: string;
  licence: string;
  /** Source ids (src/stories/kazakhstan-2022/sources.ts) behind the file beyond those its features cite. */
  sources: string[];
}

/**
 * A quote of the article: in the story's `articleLang` its verbatim words, in every other
 * language our translation of them.
 */
export type Excerpt = {
  id: string;
  paragraph: number;
  /** Ours, shown under the quote where the article is loose: what the sources say instead. */
  note?: { sources: readonly Sourced[]; figures?: readonly SourcedNumber[] } & ByLang;
} & ByLang;

/** Where a figure or date shown comes from. The app lists these as text and never fetches them. */
export interface Source {
  id: string;
  outlet: string;
  /** ISO date of publication, or a month (YYYY-MM) where the day is not known. */
  date: string;
  url?: string;
  note?: string;
}

/** What a panel must say beside its figures and excerpts, in both languages, with its sources. */
export interface Note {
  text: ByLang;
  sources: readonly Sourced[];
  figures?: readonly SourcedNumber[];
}

/** Our translation of the article into one language, and what marks its mentions. */
export interface Translation {
  /** Paragraph n is the article's body paragraph n. */
  paragraphs: readonly string[];
  /** Ours, by paragraph: where the article slips, what the sources say. */
  notes: Readonly<Record<number, string>>;
  gazetteer: readonly GazetteerEntry[];
}

/** The article and what marks its mentions, loaded with the reader. */
export interface ReaderContent {
  /** The article as written, in the story's `articleLang`: headline, then body paragraphs. */
  article: string;
  /** The names to mark in the article as written. */
  gazetteer: readonly GazetteerEntry[];
  /** Our translation into every language but the article's. */
  translations: Partial<ByLang<Translation>>;
}

/** What a context, a chapter and a day quote and add: the excerpts by id, the notes by selection id, the events' words by event id. */
export interface StoryTexts {
  excerpts: Readonly<Record<string, Excerpt>>;
  notes: Readonly<Record<string, readonly Note[]>>;
  events: Readonly<Record<string, ByLang>>;
}

export interface Story {
  id: string;
  /** The saved image's file name, before its language and `.png`. */
  imageName: string;
  /** The interface's words in each language (i18next resources), loaded when the language is first shown. */
  strings: Record<Lang, () => Promise<Record<string, unknown>>>;
  /**
   * Every layer file, the base map's first (`filesOf`): the one list every other list of files is
   * derived from (loading, validation, downloads, the map's sources, the tests).
   */
  files: readonly FileDef[];
  /** Where a layer file is served; undefined for a file the build does not have. */
  fileUrl(file: FileId): string | undefined;
  /** Where a language's names table is served (src/domain/names.ts); undefined for a language the build has none for. */
  namesUrl(lang: Lang): string | undefined;
  /** The thematic layers, in the order of the layer panel. */
  layers: readonly LayerDef[];
  /** The groups of the list of everything on the map, in its order. */
  lists: readonly ListDef[];
  /** The first view for a map this many CSS pixels wide. */
  homeBounds(width: number): Bounds;
  events: readonly TimelineEvent[];
  /** The days the timeline shows, first and last (YYYY-MM-DD). */
  axis: { start: string; end: string };
  /** The language the article is written in: its words are shown as written, and translated for readers of the others. */
  articleLang: Lang;
  /** The kinds of line whose length is a distance the panel gives (a route's, not a border's), and its words (given `km`). */
  routes?: { kinds: readonly string[]; length: ParseKeys };
  /** The countries the story is about, by id: their names are placed before other countries' and capitals'. */
  actors: readonly string[];
  /** The excerpts' ids, which layer files may cite; their words come with `texts`. */
  excerptIds: readonly string[];
  sources: Readonly<Record<string, Source>>;
  /** The tour's chapters, loaded when the tour opens; the same promise each time. */
  chapters(): Promise<readonly Chapter[]>;
  /** The article's text and gazetteer, loaded when the reader opens; the same promise each time. */
  reader(): Promise<ReaderContent>;
  /** The excerpts and notes, loaded when a context or a chapter first shows them; the same promise each time. */
  texts(): Promise<StoryTexts>;
}

let current: Story | null = null;

/** Hands the story to the engine; the entry does this before any engine module reads it. */
export function setStory(s: Story): void {
  current = s;
}

/** The story the engine draws. */
export function story(): Story {
  if (!current) throw new Error('No story: the entry must call setStory before the engine reads it');
  return current;
}

/** A story's files: the base map's, then each layer's own, in the panel's order. */
export const filesOf = (base: readonly FileDef[], layers: readonly LayerDef[]): FileDef[] => [...base, ...layers.map((l) => l.file)];

/** The story's layer files by id, in its order. */
export const fileIds = (files = story().files): FileId[] => files.map((f) => f.id);
/** The files the base map draws from. */
export const baseFiles = (files = story().files): FileId[] => files.filter((f) => f.base).map((f) => f.id);
/**
 * What each file may hold, by id, for the validator: its own expectation, and the properties
 * that the parts of the layers drawing it read (by file id; `layerProps` in src/map/kinds derives them).
 */
export const expectations = (files: readonly FileDef[], props: Readonly<Record<FileId, readonly PropRule[]>>): Expectations =>
  Object.fromEntries(files.map((f) => [f.id, { ...f.expect, props: mergeRules(props[f.id] ?? []) }]));
/** A layer's figures as a table: the file of its proportional symbols, the property that sizes them, the table's words. */
export interface FigureTable {
  file: FileId;
  value: string;
  words: { heading: ParseKeys; intro: ParseKeys; name: string };
}

/** The proportional symbols these layers draw: each one's file, and the property that sizes them. */
export const symbolsOf = (layers: readonly LayerDef[] = story().layers) =>
  layers.flatMap((l) => l.parts.flatMap((p) => (p.kind === 'symbols' ? [{ file: l.file.id, value: p.value, table: p.table }] : [])));

/** The story's table of figures: its first symbols that offer one. */
export function figureTable(layers = story().layers): FigureTable | null {
  const s = symbolsOf(layers).find((s) => s.table);
  return s?.table ? { file: s.file, value: s.value, words: s.table } : null;
}

/** The thematic layers' ids, in the panel's order. */
export const layerIds = (): string[] => story().layers.map((l) => l.id);
/** The layers on at first. */
export const defaultLayers = (): string[] => story().layers.filter((l) => l.visible).map((l) => l.id);

/**
 * The language of our translation shown beside the article's words: the reader's own, or for a
 * reader of the article's language the first other language.
 */
export const translationFor = (lang: Lang, articleLang = story().articleLang): Lang =>
  lang !== articleLang ? lang : LANGS.find((l) => l !== articleLang)!;
