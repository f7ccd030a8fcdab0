import { describe, expect, it } from 'vitest';
import { figureKey, nameIn, selectionId } from './features';

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
