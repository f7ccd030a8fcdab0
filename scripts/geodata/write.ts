/** The layer files as text, their sizes for manifest.json and the README, and writing them. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Lang } from '../../src/domain/lang';
import { splitNames, type NameTable } from '../../src/domain/names';
import type { OutFeature } from './features';
import type { FileStat } from './readme';

/** A FeatureCollection with one feature per line: diffs of a rebuild stay readable. */
export function serialise(features: OutFeature[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

/** A language's names table, one layer file per line. */
export function serialiseNames(table: NameTable): string {
  const body = Object.entries(table).map(([file, names]) => `${JSON.stringify(file)}:${JSON.stringify(names)}`);
  return `{\n${body.join(',\n')}\n}\n`;
}

export interface Rendered {
  /** File name → text, in the order given: the layer files, then each language's names table. */
  texts: Record<string, string>;
  stats: FileStat[];
  total: Omit<FileStat, 'file'>;
}

/**
 * Each layer's text and the names tables of the languages in `tables` (src/domain/names.ts), their
 * sizes (gzip at level 9) and their totals. A table counts its names as its features.
 */
export function render(layers: [file: string, features: OutFeature[]][], tables: readonly Lang[]): Rendered {
  const names = new Map<Lang, Record<string, Record<string, string>>>(tables.map((l) => [l, {}]));
  const files: [string, string, number][] = layers.map(([file, features]) => {
    const split = splitNames(features, tables);
    for (const [lang, table] of Object.entries(split.tables)) names.get(lang as Lang)![file.replace(/\.geojson$/, '')] = table;
    return [file, serialise(split.features), features.length];
  });
  for (const [lang, table] of names) {
    files.push([`names.${lang}.json`, serialiseNames(table), Object.values(table).reduce((n, t) => n + Object.keys(t).length, 0)]);
  }
  const texts: Record<string, string> = {};
  const stats = files.map(([file, text, features]): FileStat => {
    texts[file] = text;
    const buf = Buffer.from(text, 'utf8');
    return { file, bytes: buf.length, gzip_bytes: zlib.gzipSync(buf, { level: 9 }).length, features };
  });
  const sum = (k: 'bytes' | 'gzip_bytes' | 'features') => stats.reduce((s, f) => s + f[k], 0);
  return { texts, stats, total: { bytes: sum('bytes'), gzip_bytes: sum('gzip_bytes'), features: sum('features') } };
}

/** manifest.json's text. */
export const manifest = (r: Pick<Rendered, 'stats' | 'total'>): string =>
  `${JSON.stringify({ files: r.stats, total: r.total }, null, 2)}\n`;

/** One line per file for the console: bytes, gzipped bytes, features. */
export function summary(r: Pick<Rendered, 'stats' | 'total'>): string[] {
  const line = (name: string, s: Omit<FileStat, 'file'>) =>
    `${name.padEnd(18)} ${String(s.bytes).padStart(8)} B  ${String(s.gzip_bytes).padStart(7)} B gzip  ${s.features} features`;
  return [...r.stats.map((s) => line(s.file, s)), line('total', r.total)];
}

/** Writes the layer files, manifest.json and README.md into `dir`. */
export function writeAll(dir: string, r: Rendered, readme: string): void {
  for (const [name, text] of Object.entries(r.texts)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'manifest.json'), manifest(r));
  fs.writeFileSync(path.join(dir, 'README.md'), readme);
}
