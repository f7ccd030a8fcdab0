import { describe, expect, it } from 'vitest';
import { figureKey, nameIn, selectedIn, selectionId, type LayerCollection } from './features';

describe('nameIn', () => {
  it('gives the name in the language asked for, and the English one where that is empty', () => {
    const almaty = { name_en: 'Almaty', name_ar: 'ألماتا' };
    expect(nameIn(almaty, 'ar')).toBe('ألماتا');
    expect(nameIn(almaty, 'en')).toBe('Almaty');
    expect(nameIn({ name_en: 'Lake', name_ar: '' }, 'ar')).toBe('Lake');
    expect(nameIn({ name_en: 'Lake' }, 'ar')).toBe('Lake');
  });
});

describe('figureKey', () => {
  it('words a figure by its kind and hedge', () => {
    expect(figureKey({ kind: 'troops', qualifier: 'more-than' })).toBe('figure.troops.more-than');
  });
});

describe('selectionId', () => {
  it('selects what a symbol refers to, else the feature itself', () => {
    expect(selectionId({ id: 'RUS-troops', ref: 'RUS' })).toBe('RUS');
    expect(selectionId({ id: 'RUS' })).toBe('RUS');
  });
});

describe('selectedIn', () => {
  const collection = (...props: { id: string; ref?: string }[]): LayerCollection => ({
    type: 'FeatureCollection',
    features: props.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name_en: p.id, name_ar: '', name_ru: '', ...p } })),
  });
  const files = new Map([
    ['csto', collection({ id: 'RUS' }, { id: 'RUS-troops', ref: 'RUS' }, { id: 'KAZ' })],
    ['countries', collection({ id: 'RUS' }, { id: 'CHN' })],
    ['places', collection({ id: 'moscow' })],
  ]);

  it('marks the feature a selection names and those that refer to it, in every file that holds them', () => {
    expect(selectedIn(files, 'RUS')).toEqual([
      { source: 'csto', id: 'RUS' },
      { source: 'csto', id: 'RUS-troops' },
      { source: 'countries', id: 'RUS' },
    ]);
    expect(selectedIn(files, 'moscow')).toEqual([{ source: 'places', id: 'moscow' }]);
  });

  it('marks nothing with no selection, or one that no file holds', () => {
    expect(selectedIn(files, null)).toEqual([]);
    expect(selectedIn(files, 'ARM')).toEqual([]);
  });
});
