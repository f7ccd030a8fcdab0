import { describe, expect, it } from 'vitest';
import { figuresIn, foreignIn, sameFigures } from './russian';

describe('checking our Russian', () => {
  it('finds Arabic and Latin words left in it, but not outlets’ names', () => {
    expect(foreignIn('Токаев (Sputnik, 6 января 2022 г.; Panorama.am)')).toEqual([]);
    expect(foreignIn('Токаев попросил CSTO о помощи')).toEqual(['CSTO']);
    expect(foreignIn('Токаев в ألماتا')).toEqual(['ألماتا']);
    expect(foreignIn('Tokayev')).toEqual(['no Cyrillic', 'Tokayev']);
  });

  it('reads figures with either thousands separator, and compares them in any order', () => {
    expect(figuresIn('более 2\u00A0500 и 20\u202F000, 6 января 2022 г.')).toEqual([2500, 20000, 6, 2022]);
    expect(figuresIn('Armenia 100, Belarus 500')).toEqual([100, 500]);
    expect(sameFigures('more than 2,500 on 6 January', '6 января более 2\u00A0500')).toBe(true);
    expect(sameFigures('more than 2,500', 'более 2\u00A0600')).toBe(false);
  });
});
