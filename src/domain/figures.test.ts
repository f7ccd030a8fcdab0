import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { LayerCollection } from './features';
import { figureRows, figuresCsv, sortRows } from './figures';

const fc = JSON.parse(readFileSync(new URL('./fixtures/good/csto.geojson', import.meta.url), 'utf8')) as LayerCollection;
const sources = new Proxy({}, {
  get: (_, id: string) => ({ outlet: `Outlet "${id}", Ltd`, date: id === 'article' ? '2022-01-13' : '2022-01-07' }),
});

const small: LayerCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {
        id: 'RUS',
        name_en: 'Russia',
        name_ar: 'روسيا',
        name_ru: 'Россия',
        troops: 2500,
        figures: [
          { kind: 'troops', value: 2500, qualifier: 'more-than', source: 'article', paragraph: 7 },
          { kind: 'troops', value: 3000, qualifier: 'reportedly', source: 'b' },
        ],
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {
        id: 'ARM',
        name_en: 'Armenia',
        name_ar: 'أرمينيا',
        name_ru: 'Армения',
        troops: 100,
        figures: [{ kind: 'troops', value: 100, qualifier: 'exact', source: 'a' }],
      },
    },
  ],
};
const smallSources = {
  article: { outlet: 'The article', date: '2022-01-13' },
  a: { outlet: 'Alpha, "A"', date: '2022-01-07' },
  b: { outlet: 'Beta', date: '2022-01-06' },
};

describe('figureRows', () => {
  it('gives every figure of every feature a row with its outlet and date, and marks the one the map draws', () => {
    const rows = figureRows({ file: 'csto', data: small, value: 'troops' }, smallSources);
    expect(rows.map((r) => [r.id, r.value, r.outlet, r.date, r.paragraph, r.drawn])).toEqual([
      ['RUS', 2500, 'The article', '2022-01-13', 7, true],
      ['RUS', 3000, 'Beta', '2022-01-06', undefined, false],
      ['ARM', 100, 'Alpha, "A"', '2022-01-07', undefined, true],
    ]);
  });

  it('reads the committed fixture: one row per figure', () => {
    const figures = fc.features.reduce((n, f) => n + (f.properties.figures?.length ?? 0), 0);
    expect(figures).toBeGreaterThan(0);
    expect(figureRows({ file: 'csto', data: fc, value: 'troops' }, sources)).toHaveLength(figures);
  });

  it('names the feature and the source when a source is unknown', () => {
    expect(() => figureRows({ file: 'csto', data: small, value: 'troops' }, { article: smallSources.article, b: smallSources.b })).toThrow(
      'csto.geojson: feature "ARM" cites unknown source "a"',
    );
  });
});

describe('sortRows', () => {
  const rows = figureRows({ file: 'csto', data: small, value: 'troops' }, smallSources);
  it('sorts by figure both ways', () => {
    expect(sortRows(rows, 'value', 'ascending', 'en').map((r) => r.value)).toEqual([100, 2500, 3000]);
    expect(sortRows(rows, 'value', 'descending', 'en').map((r) => r.value)).toEqual([3000, 2500, 100]);
  });
  it('sorts countries by their name in the reader’s language, ties in their order', () => {
    expect(sortRows(rows, 'country', 'ascending', 'en').map((r) => r.value)).toEqual([100, 2500, 3000]);
    expect(sortRows(rows, 'country', 'descending', 'ar').map((r) => r.value)).toEqual([2500, 3000, 100]);
  });
  it('sorts by source date', () => {
    expect(sortRows(rows, 'date', 'ascending', 'en').map((r) => r.date)).toEqual(['2022-01-06', '2022-01-07', '2022-01-13']);
  });
});

describe('figuresCsv', () => {
  it('quotes what needs quoting, so the CSV reads back to the same rows', () => {
    const csv = figuresCsv(figureRows({ file: 'csto', data: small, value: 'troops' }, smallSources));
    expect(csv.split('\n')[0]).toBe(
      'country_id,country_ar,country_en,country_ru,figure,qualifier,value,source,source_date,article_paragraph,drawn_on_map',
    );
    expect(csv).toContain('"Alpha, ""A"""');
    const back = csvParse(csv);
    expect(back.map((r) => [r.country_id, r.value, r.source, r.article_paragraph, r.drawn_on_map])).toEqual([
      ['RUS', '2500', 'The article', '7', 'yes'],
      ['RUS', '3000', 'Beta', '', 'no'],
      ['ARM', '100', 'Alpha, "A"', '', 'yes'],
    ]);
  });
});
