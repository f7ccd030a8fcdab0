import { describe, expect, it } from 'vitest';
import { feature, namesBy, point, props } from './features';
import { manifest, render, serialise, summary } from './write';

const f = (id: string) => feature(point(1, 2), props({ id, ...namesBy(() => id) }));

describe('serialise', () => {
  it('writes a FeatureCollection with one feature per line', () => {
    const text = serialise([f('a'), f('b')]);
    expect(text.split('\n')).toEqual([
      '{"type":"FeatureCollection","features":[',
      '{"type":"Feature","properties":{"id":"a","name_ar":"a","name_en":"a","name_ru":"a"},"geometry":{"type":"Point","coordinates":[1,2]}},',
      '{"type":"Feature","properties":{"id":"b","name_ar":"b","name_en":"b","name_ru":"b"},"geometry":{"type":"Point","coordinates":[1,2]}}',
      ']}',
      '',
    ]);
    expect(JSON.parse(text)).toMatchObject({ type: 'FeatureCollection', features: [{}, {}] });
  });
});

describe('render', () => {
  it('moves the names of the tables’ languages out of the files, into one table per language', () => {
    const r = render([['a.geojson', [f('x'), feature(point(1, 2), props({ id: 'river', ...namesBy(() => '') }))]]], ['ru']);
    expect(Object.keys(r.texts)).toEqual(['a.geojson', 'names.ru.json']);
    expect(r.texts['a.geojson']).not.toContain('name_ru');
    expect(r.texts['a.geojson']).toContain('"name_ar":"x","name_en":"x"');
    expect(r.texts['names.ru.json']).toBe('{\n"a":{"x":"x"}\n}\n');
    expect(r.stats.map((s) => s.features)).toEqual([2, 1]);
  });

  it('gives each file its text and sizes, and the totals', () => {
    const r = render(
      [
        ['a.geojson', [f('a')]],
        ['b.geojson', [f('a'), f('b')]],
      ],
      [],
    );
    expect(Object.keys(r.texts)).toEqual(['a.geojson', 'b.geojson']);
    expect(r.stats.map((s) => [s.file, s.bytes, s.features])).toEqual([
      ['a.geojson', Buffer.byteLength(r.texts['a.geojson']!), 1],
      ['b.geojson', Buffer.byteLength(r.texts['b.geojson']!), 2],
    ]);
    expect(r.stats.every((s) => s.gzip_bytes > 0 && s.gzip_bytes < s.bytes + 30)).toBe(true);
    expect(r.total).toEqual({
      bytes: r.stats[0]!.bytes + r.stats[1]!.bytes,
      gzip_bytes: r.stats[0]!.gzip_bytes + r.stats[1]!.gzip_bytes,
      features: 3,
    });
    expect(JSON.parse(manifest(r))).toEqual({ files: r.stats, total: r.total });
  });

  it('sums up each file on one line, and the total', () => {
    const lines = summary({
      stats: [{ file: 'csto.geojson', bytes: 52024, gzip_bytes: 17820, features: 16 }],
      total: { bytes: 52024, gzip_bytes: 17820, features: 16 },
    });
    expect(lines).toEqual([
      'csto.geojson          52024 B    17820 B gzip  16 features',
      'total                 52024 B    17820 B gzip  16 features',
    ]);
  });
});
