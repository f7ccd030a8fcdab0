/** What the page downloaded, by kind of file, as a compressing server would send it. */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { KINDS, type FileBytes, type Kind, type Run } from './types';

const compressedCache = new Map<string, { gzip: number; brotli: number }>();
/** gzip level 9 and brotli quality 11 sizes of a body (remembered: the same files come back every run). */
export function compressed(body: Buffer): { gzip: number; brotli: number } {
  const key = createHash('sha1').update(body).digest('hex');
  let sizes = compressedCache.get(key);
  if (!sizes) {
    sizes = {
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    compressedCache.set(key, sizes);
  }
  return sizes;
}

export function kindOf(pathname: string): Kind {
  if (/\.(m?js)$/.test(pathname)) return 'js';
  if (/\.css$/.test(pathname)) return 'css';
  if (/\.(geojson|json)$/.test(pathname)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  return 'other';
}

/** Raw, gzip and brotli bytes of the files by kind, and in all. */
export function byKind(files: Iterable<FileBytes>): Pick<Run['bytes'], 'gzip' | 'raw' | 'brotli'> {
  const zero = () => Object.fromEntries([...KINDS, 'total'].map((k) => [k, 0])) as Record<Kind | 'total', number>;
  const gzip = zero();
  const raw = zero();
  const brotli = zero();
  for (const f of files) {
    brotli[f.kind] += f.brotli;
    brotli.total += f.brotli;
    gzip[f.kind] += f.gzip;
    gzip.total += f.gzip;
    raw[f.kind] += f.raw;
    raw.total += f.raw;
  }
  return { gzip, raw, brotli };
}
