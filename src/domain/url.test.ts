import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, preferredLang, type UrlState } from './url';
import { asLang, dirOf, LANGS, localeOf } from './lang';

/** A story's layer ids, as the registry would hand them over. */
const LAYERS = ['protest', 'almaty', 'csto', 'regions', 'episodes'];
const parse = (search: string) => parseUrl(search, LAYERS);

describe('parseUrl', () => {
  it('reads every key', () => {
    expect(
      parse(
        '?lang=ar&map=4.5/48.2/66.9&layers=csto,protest,episodes&sel=mangystau&chapter=3&date=2022-01-06&panel=article&debug=1&embed=1',
      ),
    ).toEqual({
      lang: 'ar',
      view: { zoom: 4.5, lat: 48.2, lon: 66.9 },
      layers: ['protest', 'csto', 'episodes'],
      sel: 'mangystau',
      chapter: 3,
      date: '2022-01-06',
      panel: 'article',
      debug: true,
      embed: true,
    });
  });

  it('leaves missing keys to their defaults', () => {
    expect(parse('')).toEqual({ debug: false, embed: false });
  });

  it('an empty layer list means every layer is off', () => {
    expect(parse('?layers=').layers).toEqual([]);
  });

  it.each([
    ['lang=fr', 'lang'],
    ['lang=', 'lang'],
    ['map=99/40/60', 'view'],
    ['map=-3/40/60', 'view'],
    ['map=4/NaN/60', 'view'],
    ['map=4/40', 'view'],
    ['map=4/40/60/1', 'view'],
    ['map=4/95/60', 'view'],
    ['map=4/40/200', 'view'],
    ['layers=csto,bogus', 'layers'],
    ['sel=<script>alert(1)</script>', 'sel'],
    ['sel=' + 'a'.repeat(65), 'sel'],
    ['sel=', 'sel'],
    ['chapter=0', 'chapter'],
    ['chapter=51', 'chapter'],
    ['chapter=2.5', 'chapter'],
    ['chapter=-1', 'chapter'],
    ['chapter=1e1', 'chapter'],
    ['date=2022-02-30', 'date'],
    ['date=tomorrow', 'date'],
    ['panel=map', 'panel'],
  ] as const)('drops the invalid %s', (query, key) => {
    const state = parse(`?${query}`);
    expect(state[key]).toBeUndefined();
  });

  it('holds a date within the timeline', () => {
    expect(parse('?date=2021-12-25').date).toBe('2022-01-01');
    expect(parse('?date=2022-03-01').date).toBe('2022-01-19');
  });

  it.each(['embed=0', 'embed=true', 'embed=', 'embed=11'])('embed is on only for 1, not for %s', (query) => {
    expect(parse(`?${query}`).embed).toBe(false);
  });

  it('takes the first of repeated keys', () => {
    expect(parse('?lang=en&lang=ar').lang).toBe('en');
  });

  it('is not fooled by a very long value', () => {
    expect(parse(`?map=${'4/'.repeat(10_000)}`).view).toBeUndefined();
  });

  // The page reads its address only through parseUrl: such an address opens it as a bare one does.
  it.each([
    ['out-of-range values and a script tag', '?debug=1&lang=xx&map=99/999/abc&layers=nope&sel=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['NaN and empty values', '?debug=1&map=NaN/NaN/NaN&layers=,,,&sel='],
    ['a very long value', `?debug=1&map=${'9/'.repeat(500)}`],
  ])('reads an invalid address as a bare one: %s', (_, query) => {
    expect(parse(query)).toEqual(parse('?debug=1'));
  });
});

describe('formatUrl', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      lang: 'en',
      view: { zoom: 5.25, lat: 43.3, lon: 76.915 },
      layers: ['almaty', 'csto'],
      sel: 'KAZ',
      chapter: 4,
      date: '2022-01-07',
      panel: 'article',
      debug: false,
      embed: false,
    };
    const url = formatUrl(state);
    expect(url).toBe('?lang=en&map=5.25/43.3/76.915&layers=almaty,csto&sel=KAZ&chapter=4&date=2022-01-07&panel=article');
    expect(parse(url)).toEqual(state);
  });

  it('rounds the camera to what a link needs', () => {
    expect(formatUrl({ view: { zoom: 4.123456, lat: 48.1234567, lon: 66.98765432 }, debug: false, embed: false })).toBe(
      '?map=4.12/48.1235/66.9877',
    );
  });

  it('writes embed last, so that dropping it gives the full view of the same state', () => {
    const embedded = formatUrl({ lang: 'ar', sel: 'KAZ', debug: false, embed: true });
    expect(embedded).toBe('?lang=ar&sel=KAZ&embed=1');
    expect(formatUrl({ ...parse(embedded), embed: false })).toBe('?lang=ar&sel=KAZ');
  });

  it('writes nothing for the defaults', () => {
    expect(formatUrl({ debug: false, embed: false })).toBe('');
    expect(formatUrl({ panel: 'context', debug: false, embed: false })).toBe('');
  });
});

describe('preferredLang', () => {
  it.each([
    [['ar-EG', 'en-US'], 'ar'],
    [['en-GB', 'ar'], 'en'],
    [['fr-FR', 'ar-SA'], 'ar'],
    [['fr-FR', 'de'], 'en'],
    [['ru-RU', 'en'], 'ru'],
    // A reader in Kazakhstan whose browser asks for Kazakh, then Russian.
    [['kk-KZ', 'ru'], 'ru'],
    [[], 'en'],
  ] as const)('%j → %s', (langs, expected) => {
    expect(preferredLang(langs)).toBe(expected);
  });
});

describe('languages', () => {
  it('each know their direction and the locale of their numbers, with Western digits', () => {
    expect(LANGS.map((l) => [l, dirOf(l)])).toEqual([
      ['ar', 'rtl'],
      ['en', 'ltr'],
      ['ru', 'ltr'],
    ]);
    for (const l of LANGS) expect(new Intl.NumberFormat(localeOf(l)).format(2500), l).toMatch(/^2.500$/);
  });

  it('read an i18next tag as one of ours, else English', () => {
    expect(asLang('ar')).toBe('ar');
    expect(asLang('en')).toBe('en');
    expect(asLang('fr')).toBe('en');
    expect(asLang('cimode')).toBe('en');
  });
});
