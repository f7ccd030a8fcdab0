/** The layer files as text, their sizes for manifest.json and the README, and writing them. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OutFeature } from './features';
import type { FileStat } from './readme';

/** A FeatureCollection with one feature per line: diffs of a rebuild stay readable. */
export function serialise(features: OutFeature[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

export interface Rendered {
  /** File name → text, in the order given. */
  texts: Record<string, string>;
  stats: FileStat[];
  total: Omit<FileStat, 'file'>;
}

/** Each layer's text and sizes (gzip at level 9), and their totals. */
export function render(layers: [file: string, features: OutFeature[]][]): Rendered {
  const texts: Record<string, string> = {};
  const stats = layers.map(([file, features]): FileStat => {
    const text = serialise(features);
    texts[file] = text;
    const buf = Buffer.from(text, 'utf8');
    return { file, bytes: buf.length, gzip_bytes: zlib.gzipSync(buf, { level: 9 }).length, features: features.length };
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
