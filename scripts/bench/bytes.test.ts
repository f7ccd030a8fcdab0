import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { byKind, compressed, kindOf } from './bytes';
import type { FileBytes } from './types';

describe('kindOf', () => {
  it('sorts a path into js, css, data, fonts or other', () => {
    expect(
      ['/assets/index-1.js', '/assets/maplibre-gl-worker-2.mjs', '/assets/a.css', '/geodata/csto.geojson', '/manifest.json', '/f.woff2', '/f.ttf', '/', '/favicon.svg'].map(kindOf),
    ).toEqual(['js', 'js', 'css', 'data', 'data', 'fonts', 'fonts', 'other', 'other']);
  });
});

describe('compressed', () => {
  it('gives the gzip and brotli sizes of a body, the same each time it is asked', () => {
    const body = Buffer.from('{"type":"FeatureCollection"}'.repeat(200));
    const sizes = compressed(body);
    expect(sizes).toEqual({
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
    expect(sizes.gzip).toBeLessThan(body.length / 10);
    expect(compressed(Buffer.from(body))).toEqual(sizes);
    expect(compressed(Buffer.from('other'))).not.toEqual(sizes);
  });
});

describe('byKind', () => {
  it('adds up each kind and the total, for raw, gzip and brotli bytes', () => {
    const file = (path: string, kind: FileBytes['kind'], raw: number): FileBytes => ({
      path,
      kind,
      raw,
      gzip: raw / 2,
      brotli: raw / 4,
      requests: 1,
    });
    const { raw, gzip, brotli } = byKind([file('/a.js', 'js', 400), file('/b.js', 'js', 200), file('/c.geojson', 'data', 800)]);
    expect(raw).toEqual({ js: 600, css: 0, data: 800, fonts: 0, other: 0, total: 1400 });
    expect(gzip.total).toBe(700);
    expect(brotli).toEqual({ js: 150, css: 0, data: 200, fonts: 0, other: 0, total: 350 });
  });
});
