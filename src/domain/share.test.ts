import { describe, expect, it } from 'vitest';
import type { LayerCollection } from './features';
import { readFileSync } from 'node:fs';
import { events } from '../stories/kazakhstan-2022/events';
import { LAYERS } from '../stories/kazakhstan-2022/layers';
import { partLegend } from '../map/kinds';
import { annotatedFile, citedSourceIds, iframeSnippet, legendAt, scaleBar, type FileNote } from './share';

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
        name_ru: 'A',
        figures: [
          { kind: 'troops', value: 70, qualifier: 'exact', source: 'tvr' },
          { kind: 'troops', value: 600, qualifier: 'at-most', source: 'article', paragraph: 8 },
        ],
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [52.9, 43.3] },
      properties: { id: 'b', name_en: 'B', name_ar: 'ب', name_ru: 'B', date: '2022-01-02', date_source: 'asia' },
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

describe('legendAt', () => {
  const csto = JSON.parse(readFileSync(new URL('../../geodata/csto.geojson', import.meta.url), 'utf8')) as LayerCollection;
  const entries = partLegend(LAYERS.find((l) => l.id === 'csto')!.parts);
  const labels = (date: string | null) => legendAt(entries, csto.features, date, events).map((e) => e.label);

  it('lists every entry for every day at once', () => {
    expect(labels(null)).toEqual(entries.map((e) => e.label));
  });

  it('lists no troops leaving before the withdrawal begins, lists them while they leave, and none once all are gone', () => {
    expect(labels('2022-01-06')).not.toContain('legend.withdrawing');
    expect(labels('2022-01-06')).toContain('legend.route');
    expect(labels('2022-01-14')).toContain('legend.withdrawing');
    const gone = labels('2022-01-19');
    for (const label of ['legend.troops', 'legend.route', 'legend.withdrawing']) expect(gone).not.toContain(label);
    expect(gone).toContain('legend.host');
  });

  it('lists nothing for a layer that draws nothing that day', () => {
    expect(labels('2022-01-01')).toEqual([]);
  });

  it('keeps the line of a layer that has no flows, on any day it draws it', () => {
    const border = { type: 'LineString' as const, coordinates: [[70, 40], [71, 40]] };
    const features: LayerCollection['features'] = [
      { type: 'Feature', geometry: border, properties: { id: 'kgz-tjk-border', name_en: 'Border', name_ar: 'حدود', name_ru: 'Граница', kind: 'border' } },
    ];
    const line = [{ label: 'legend.episodeBorder', symbol: 'line' }] as const;
    expect(legendAt(line, features, '2022-01-06', events)).toEqual(line);
  });
});

describe('scaleBar', () => {
  it('is a round distance no longer than asked', () => {
    // Zoom 4 at 45°N (512 px tiles): about 3.46 km a pixel, so 120 px hold 415 km and the bar says 200.
    const { km, px } = scaleBar(45, 4, 120);
    expect(km).toBe(200);
    expect(px).toBeCloseTo(57.8, 0);
    expect(scaleBar(45, 4, 200).km).toBe(500);
    expect(scaleBar(0, 8, 100).km).toBe(20);
  });
});
