import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { gazetteer } from '../stories/kazakhstan-2022/gazetteer';
import { bodyParagraphs } from './article';
import {
  findMentions,
  mentionsIn,
  paragraphsById,
  selectionOf,
  type GazetteerEntry,
} from './gazetteer';

const article = readFileSync(new URL('../stories/kazakhstan-2022/article.ar.txt', import.meta.url), 'utf8');
const paragraphs = bodyParagraphs(article);
const mentions = findMentions(paragraphs, gazetteer);
const found = paragraphsById(mentions);

/**
 * Where each entry is mentioned in the article's 26 body paragraphs (names, adjectives and
 * references together). A change to the gazetteer or the matcher shows here.
 */
const EXPECTED: Record<string, number[]> = {
  KAZ: [1, 5, 7, 11, 14, 15, 21, 24, 26],
  RUS: [1, 2, 7, 8, 11, 14, 18, 24, 26],
  BLR: [7],
  ARM: [7, 11, 12],
  KGZ: [7, 11, 13],
  TJK: [7, 13],
  AZE: [11, 12],
  UKR: [19],
  usa: [19],
  'soviet-union': [5, 17],
  'former-soviet-space': [19, 26],
  almaty: [1, 3],
  almaty_airport: [3, 16],
  'western-kazakhstan': [3],
  mangystau: [],
  zhanaozen: [],
  nur_sultan: [],
  moscow: [12, 25],
  kremlin: [2, 19, 21, 22, 23],
  baku: [12],
  'nagorno-karabakh': [11],
  stepanakert: [],
  osh: [],
  kyiv: [],
  minsk: [],
  yerevan: [],
  bishkek: [],
  dushanbe: [],
  csto: [1, 2, 3, 7, 9, 10, 11, 13, 21, 23, 25],
  nato: [19],
  un: [10],
  'kaz-security-council': [5],
  knb: [17],
  kgb: [17],
  fsb: [17],
  tokayev: [1, 3, 4, 5, 6, 14, 16, 17, 18, 20, 22, 24],
  nazarbayev: [5, 17, 18, 20, 22],
  massimov: [17],
  putin: [18, 19, 21, 23],
};

const geodataIds = (() => {
  const dir = new URL('../../geodata/', import.meta.url);
  const ids = new Set<string>();
  for (const f of ['countries', 'places', 'regions', 'protest', 'almaty', 'csto', 'episodes']) {
    const fc = JSON.parse(readFileSync(new URL(`${f}.geojson`, dir), 'utf8')) as FeatureCollection;
    for (const feat of fc.features) {
      const p = feat.properties as { id: string; ref?: string };
      ids.add(p.ref ?? p.id);
    }
  }
  return ids;
})();

describe('the gazetteer in the article', () => {
  it('the table lists every entry exactly once', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(gazetteer.map((e) => e.id).sort());
  });

  for (const e of gazetteer) {
    it(`${e.id} is mentioned in paragraphs ${JSON.stringify(EXPECTED[e.id])}`, () => {
      expect(found[e.id] ?? []).toEqual(EXPECTED[e.id]);
    });
  }

  for (const e of gazetteer.filter((x) => x.namedInArticle)) {
    it(`${e.id} is marked as named in the article, and its name is found`, () => {
      expect(mentions.some((m) => m.id === e.id && m.form === 'name')).toBe(true);
    });
  }

  for (const e of gazetteer.filter((x) => !x.namedInArticle)) {
    it(`${e.id} is marked as not named, and no name of it is found`, () => {
      expect(mentions.some((m) => m.id === e.id && m.form === 'name')).toBe(false);
    });
  }

  it('offsets point at the written words', () => {
    for (const m of mentions) expect(paragraphs[m.paragraph - 1]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('mentions are in reading order and never overlap', () => {
    for (let i = 1; i < mentions.length; i++) {
      const a = mentions[i - 1]!;
      const b = mentions[i]!;
      if (a.paragraph === b.paragraph) expect(b.start).toBeGreaterThanOrEqual(a.end);
      else expect(b.paragraph).toBeGreaterThan(a.paragraph);
    }
  });

  it('reads Nursultan Nazarbayev as the man, not the capital', () => {
    const p5 = mentions.filter((m) => m.paragraph === 5).map((m) => [m.id, m.text]);
    expect(p5).toContainEqual(['nazarbayev', 'نور سلطان نزارباييف']);
    expect(p5.map(([id]) => id)).not.toContain('nur_sultan');
  });
});

describe('the gazetteer entries', () => {
  it('ids are unique and every name belongs to one entry', () => {
    const ids = gazetteer.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const forms = gazetteer.flatMap((e) => [...e.names, ...(e.adjectives ?? []), ...(e.references ?? [])]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('every entry on the map selects something the map has', () => {
    for (const e of gazetteer) {
      const sel = selectionOf(e);
      if (sel !== null) expect(geodataIds.has(sel), `${e.id} → ${sel}`).toBe(true);
    }
  });

  it('every place, country and region the map knows and the article names has an entry', () => {
    const named = ['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK', 'AZE', 'UKR', 'almaty', 'almaty_airport', 'moscow', 'baku'];
    for (const id of named) expect(gazetteer.find((e) => e.id === id)?.namedInArticle, id).toBe(true);
    const selections = new Set(gazetteer.map(selectionOf));
    for (const id of ['mangystau', 'stepanakert', 'moscow']) expect(selections.has(id)).toBe(true);
  });

  it('references are definite nouns', () => {
    for (const e of gazetteer) for (const r of e.references ?? []) expect(r.startsWith('ال')).toBe(true);
  });
});

describe('mentionsIn', () => {
  const entries: GazetteerEntry[] = [
    { id: 'RUS', kind: 'country', en: 'Russia', names: ['روسيا'], adjectives: ['روسي', 'روسية'], namedInArticle: true },
    { id: 'BLR', kind: 'country', en: 'Belarus', names: ['بيلاروسيا'], namedInArticle: true },
    { id: 'moscow', kind: 'place', en: 'Moscow', names: ['موسكو'], namedInArticle: true },
    { id: 'kremlin', kind: 'institution', mapId: 'moscow', en: 'Kremlin', names: ['الكرملين'], namedInArticle: true },
    { id: 'almaty', kind: 'place', en: 'Almaty', names: ['ألماتا'], namedInArticle: true },
    {
      id: 'almaty_airport',
      kind: 'place',
      en: 'Almaty airport',
      names: ['مطار ألماتا'],
      references: ['المطار'],
      namedInArticle: true,
    },
    { id: 'csto', kind: 'organisation', en: 'CSTO', names: ['منظمة "معاهدة الأمن الجماعي"'], references: ['المنظمة'], namedInArticle: true },
    { id: 'nato', kind: 'organisation', en: 'NATO', names: ['حلف الأطلسي'], namedInArticle: true },
  ];
  const ids = (text: string) => mentionsIn(text, entries).map((m) => [m.id, m.text]);

  it.each([
    ['وروسيا', 'RUS'],
    ['فروسيا', 'RUS'],
    ['بروسيا', 'RUS'],
    ['لروسيا', 'RUS'],
    ['كروسيا', 'RUS'],
    ['ولروسيا', 'RUS'],
    ['لموسكو', 'moscow'],
    ['وبموسكو', 'moscow'],
    ['الكرملين', 'kremlin'],
    ['والكرملين', 'kremlin'],
    ['بالكرملين', 'kremlin'],
    ['للكرملين', 'kremlin'],
    ['وللكرملين', 'kremlin'],
    ['فالكرملين', 'kremlin'],
    ['الروسي', 'RUS'],
    ['والروسية', 'RUS'],
    ['بالروسية', 'RUS'],
    ['للروسية', 'RUS'],
    ['روسي', 'RUS'],
    ['للمنظمة', 'csto'],
    ['بالمطار', 'almaty_airport'],
    ['لـ"روسيا"', 'RUS'],
    ['وحلف الأطلسي', 'nato'],
    ['لحلف الأطلسي', 'nato'],
  ])('finds %s as %s, the whole word', (word, id) => {
    expect(ids(`قال ${word}، ثم`)).toEqual([[id, word.replace(/"$/, '')]]);
  });

  it.each([
    ['بيلاروسيا', 'BLR'],
    ['وبيلاروسيا', 'BLR'],
  ])('does not find Russia inside %s', (word, id) => {
    expect(ids(word)).toEqual([[id, word]]);
  });

  it.each(['المطارات', 'مطارات', 'روسيات', 'الروسيا', 'موسكوفي', 'ألماتاوي', 'تروسيا', 'منظمات', 'المنظمات', 'سالكرملين'])(
    'finds nothing inside the longer word %s',
    (word) => {
      expect(ids(`هذه ${word} هنا`)).toEqual([]);
    },
  );

  it('lets the longer name win and never overlaps', () => {
    expect(ids('سقوط مطار ألماتا بسرعة')).toEqual([['almaty_airport', 'مطار ألماتا']]);
    expect(ids('في مدينة ألماتا')).toEqual([['almaty', 'ألماتا']]);
  });

  it('matches across quotation marks, line breaks and diacritics, keeping offsets', () => {
    const text = 'قمة منظمة\n"معاهدة الأمن الجماعي" و تدخّل موسكُو';
    const ms = mentionsIn(text, entries, 7);
    expect(ms.map((m) => [m.id, m.paragraph])).toEqual([
      ['csto', 7],
      ['moscow', 7],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms[0]!.text.endsWith('"')).toBe(true);
  });

  it('tolerates alif and ya spellings', () => {
    expect(ids('الماتا')).toEqual([['almaty', 'الماتا']]);
    expect(ids('إلى ألماتا')).toEqual([['almaty', 'ألماتا']]);
  });

  it('is empty for text without names', () => {
    expect(mentionsIn('', entries)).toEqual([]);
    expect(mentionsIn('لا شيء هنا', entries)).toEqual([]);
  });

  it('selectionOf follows mapId', () => {
    expect(selectionOf({ id: 'kremlin', mapId: 'moscow' })).toBe('moscow');
    expect(selectionOf({ id: 'KAZ' })).toBe('KAZ');
    expect(selectionOf({ id: 'nato', mapId: null })).toBeNull();
  });
});
