import { describe, expect, it } from 'vitest';
import { countryNames } from './names';

describe('countryNames', () => {
  it('takes the article’s Arabic spelling over the package’s', () => {
    expect(countryNames('398', 'Kazakhstan')).toEqual({ id: 'KAZ', name_en: 'Kazakhstan', name_ar: 'كازاخستان' });
  });

  it('takes the package’s Arabic name for a country the article does not name', () => {
    const { id, name_ar } = countryNames('860', 'Uzbekistan');
    expect(id).toBe('UZB');
    expect(name_ar).toMatch(/أوزبكستان/);
  });

  it('spells out abbreviated names and gives units without an ISO code their own', () => {
    expect(countryNames('070', 'Bosnia and Herz.').name_en).toBe('Bosnia and Herzegovina');
    expect(countryNames(undefined, 'N. Cyprus')).toEqual({ id: 'CYN', name_en: 'Northern Cyprus', name_ar: 'شمال قبرص' });
  });

  it('fails on a unit it cannot name', () => {
    expect(() => countryNames(undefined, 'Atlantis')).toThrow('no ISO code for Atlantis');
  });
});
