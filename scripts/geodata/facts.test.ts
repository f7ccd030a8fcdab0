import { describe, expect, it } from 'vitest';
import { byId, placesFrom, readFacts, regionsFrom } from './facts';
import { FACTS_DIR } from './inputs';

describe('placesFrom', () => {
  const row = { id: 'almaty', name_en: 'Almaty (largest city)', name_ar: 'ألماتا', name_ru: 'Алматы', lon: '76.9', lat: '43.25', kind: 'city' };

  it('takes a name in each language, drops the note in parentheses from it, and reads numbers', () => {
    expect(placesFrom([row])).toEqual([
      { id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', name_ru: 'Алматы', lon: 76.9, lat: 43.25, kind: 'city' },
    ]);
  });

  it('fails on a row without a name in one of the languages, naming the row and the column', () => {
    expect(() => placesFrom([{ ...row, name_ru: '' }])).toThrow('places.csv: almaty has no name_ru');
  });
});

describe('regionsFrom', () => {
  it('reads the ISO code and where the Russian name comes from', () => {
    const [r] = regionsFrom([
      { source_id: 'KZ.MG', source_name: 'Mangghystau', id: 'mangystau', iso: 'KZ-MAN', name_en: 'Mangystau', name_ar: 'مانغيستاو', name_ru: 'Мангистауская область', name_ru_from: 'iso3166-2-db' },
    ]);
    expect(r).toEqual({ id: 'mangystau', source_id: 'KZ.MG', iso: 'KZ-MAN', name_ar: 'مانغيستاو', name_en: 'Mangystau', name_ru: 'Мангистауская область', name_ru_from: 'iso3166-2-db' });
  });
});

describe('byId', () => {
  it('finds a row, and names the file when the id is not in it', () => {
    const find = byId([{ id: 'a' }, { id: 'b' }], 'places.csv');
    expect(find('b')).toEqual({ id: 'b' });
    expect(() => find('c')).toThrow('places.csv has no "c"');
  });
});

describe('readFacts', () => {
  it('reads the fact files the build needs', () => {
    const facts = readFacts(FACTS_DIR);
    expect(facts.regions).toHaveLength(16);
    expect(facts.places.map((p) => p.id)).toEqual(expect.arrayContaining(['almaty', 'zhanaozen', 'almaty_airport', 'moscow']));
    expect(facts.places.every((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat))).toBe(true);
    // January 2022's names: the capital was Nur-Sultan.
    expect(byId(facts.places, 'places.csv')('nur_sultan').name_ru).toBe('Нур-Султан');
    expect(byId(facts.regions, 'regions.csv')('astana').name_ru).toBe('Нур-Султан');
    expect(facts.episodes.every((e) => /[а-я]/.test(e.name_ru))).toBe(true);
    expect(facts.episodes.every((e) => Boolean(e.at) !== Boolean(e.border))).toBe(true);
    expect(Object.keys(facts.annotations)).toContain('csto');
  });
});
