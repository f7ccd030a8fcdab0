import { describe, expect, it } from 'vitest';
import { countryNames } from './names';

describe('countryNames', () => {
  it('takes the article’s Arabic spelling over the package’s', () => {
    expect(countryNames('398', 'Kazakhstan')).toEqual({ id: 'KAZ', name_en: 'Kazakhstan', name_ar: 'كازاخستان', name_ru: 'Казахстан' });
  });

  it('takes the package’s Russian name, and its short common form over a long official one', () => {
    expect(countryNames('417', 'Kyrgyzstan').name_ru).toBe('Кыргызстан');
    expect(countryNames('112', 'Belarus').name_ru).toBe('Беларусь');
    expect(countryNames('643', 'Russia').name_ru).toBe('Россия');
    expect(countryNames('156', 'China').name_ru).toBe('Китай');
  });

  it('takes the package’s Arabic name for a country the article does not name', () => {
    const { id, name_ar } = countryNames('860', 'Uzbekistan');
    expect(id).toBe('UZB');
    expect(name_ar).toMatch(/أوزبكستان/);
  });

  it('spells out abbreviated names and gives units without an ISO code their own', () => {
    expect(countryNames('070', 'Bosnia and Herz.').name_en).toBe('Bosnia and Herzegovina');
    expect(countryNames(undefined, 'N. Cyprus')).toEqual({ id: 'CYN', name_en: 'Northern Cyprus', name_ar: 'شمال قبرص', name_ru: 'Северный Кипр' });
  });

  it('fails on a unit it cannot name', () => {
    expect(() => countryNames(undefined, 'Atlantis')).toThrow('no ISO code for Atlantis');
  });
});
