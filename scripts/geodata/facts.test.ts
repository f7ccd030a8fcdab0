import { describe, expect, it } from 'vitest';
import { byId, placesFrom, readFacts } from './facts';
import { FACTS_DIR } from './inputs';

describe('placesFrom', () => {
  it('drops the note in parentheses from the English name and reads numbers', () => {
    const [p] = placesFrom([
      { id: 'almaty', name_en: 'Almaty (largest city)', name_ar: 'ألماتا', lon: '76.9', lat: '43.25', kind: 'city' },
    ]);
    expect(p).toEqual({ id: 'almaty', name_en: 'Almaty', name_ar: 'ألماتا', lon: 76.9, lat: 43.25, kind: 'city' });
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
    expect(facts.episodes.every((e) => Boolean(e.at) !== Boolean(e.border))).toBe(true);
    expect(Object.keys(facts.annotations)).toContain('csto');
  });
});
