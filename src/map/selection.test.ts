import { describe, expect, it } from 'vitest';
import type { LayerCollection, LayerFeature } from '../domain/features';
import { FROM_FILE } from './kinds/expressions';
import { selectionData } from './selection';

const point = (id: string, ref?: string): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { id, ...(ref ? { ref } : {}), name_en: id, name_ar: id, name_ru: id },
});
const files = new Map<string, LayerCollection>([
  ['countries', { type: 'FeatureCollection', features: [point('KAZ'), point('RUS')] }],
  ['csto', { type: 'FeatureCollection', features: [point('kaz-capital', 'KAZ'), point('RUS')] }],
]);

describe('selectionData', () => {
  it('holds every feature the id selects, by id or by ref, marked with its file', () => {
    const data = selectionData(files, 'KAZ');
    expect(data.features.map((f) => [f.properties.id, f.properties[FROM_FILE]])).toEqual([
      ['KAZ', 'countries'],
      ['kaz-capital', 'csto'],
    ]);
  });

  it('holds nothing while nothing, or nothing drawn, is selected', () => {
    expect(selectionData(files, null).features).toEqual([]);
    expect(selectionData(files, 'ARM').features).toEqual([]);
  });

  it('leaves the files as they are', () => {
    selectionData(files, 'RUS');
    expect(files.get('csto')!.features[1]!.properties).not.toHaveProperty(FROM_FILE);
  });
});
