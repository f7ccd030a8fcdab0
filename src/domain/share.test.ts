import { describe, expect, it } from 'vitest';
import type { LayerCollection } from './features';
import { annotatedFile, citedSourceIds, iframeSnippet, type FileNote } from './share';

const fc: LayerCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [76.9, 43.2] },
      properties: {
        id: 'a',
        name_en: 'A',
        name_ar: 'أ',
        figures: [
          { kind: 'troops', value: 70, qualifier: 'exact', source: 'tvr' },
          { kind: 'troops', value: 600, qualifier: 'at-most', source: 'article', paragraph: 8 },
        ],
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [52.9, 43.3] },
      properties: { id: 'b', name_en: 'B', name_ar: 'ب', date: '2022-01-02', date_source: 'asia' },
    },
  ],
};

const note: FileNote = {
  name: 'csto',
  licence: 'Public domain',
  derived_from: 'Natural Earth',
  sources: [{ id: 'tvr', outlet: 'TVR', date: '2022-01-06' }],
};

describe('citedSourceIds', () => {
  it('lists each figure and date source once, sorted', () => {
    expect(citedSourceIds([fc, fc])).toEqual(['article', 'asia', 'tvr']);
  });

  it('is empty for a file that cites nothing', () => {
    expect(citedSourceIds([{ type: 'FeatureCollection', features: [] }])).toEqual([]);
  });
});

describe('annotatedFile', () => {
  it('keeps every feature and puts the note before them', () => {
    const text = annotatedFile(fc, note);
    const back = JSON.parse(text) as object;
    expect(back).toEqual({ ...fc, ...note });
    expect(Object.keys(back)).toEqual(['type', 'name', 'licence', 'derived_from', 'sources', 'features']);
  });
});

describe('iframeSnippet', () => {
  it('escapes what would end the attribute', () => {
    const html = iframeSnippet('https://example.test/?a=1&embed=1', 'Maps "and" <more>');
    expect(html).toContain('src="https://example.test/?a=1&amp;embed=1"');
    expect(html).toContain('title="Maps &quot;and&quot; &lt;more&gt;"');
    expect(html.startsWith('<iframe ')).toBe(true);
    expect(html.endsWith('></iframe>')).toBe(true);
  });
});
