import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { articleEn } from '../stories/kazakhstan-2022/article.en';
import { articleRu } from '../stories/kazakhstan-2022/article.ru';
import { gazetteer } from '../stories/kazakhstan-2022/gazetteer';
import { gazetteerEn } from '../stories/kazakhstan-2022/gazetteer.en';
import { gazetteerRu } from '../stories/kazakhstan-2022/gazetteer.ru';
import { bodyParagraphs } from './article';
import {
  findMentions,
  formPattern,
  mentionsIn,
  paragraphsById,
  selectionOf,
  wordPattern,
  type GazetteerEntry,
  type Mention,
  type MentionForm,
} from './gazetteer';
import type { Lang } from './lang';

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

/** The class the patterns' word boundaries test, as they spell it. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';

/**
 * The plain matcher: each form's whole pattern searched on its own with `matchAll`, then the
 * longest candidate first, the earlier, the entry listed first. Its boundary class is cut down
 * to the word characters of `alphabet` (all its texts may hold), which on those texts is the
 * same class, so it compiles in microseconds instead of a millisecond a form.
 */
function referenceMatcher(entries: readonly GazetteerEntry[], lang: Lang, alphabet: string) {
  const flags = lang === 'ar' ? 'u' : 'iu';
  const isWord = new RegExp(WORD, flags);
  const chars = new Set(alphabet);
  const local = `[${[...chars]
    .filter((c) => isWord.test(c))
    .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .join('')}]`;
  const forms = entries.flatMap((e) =>
    (
      [
        ...e.names.map((f) => [f, 'name']),
        ...(e.adjectives ?? []).map((f) => [f, 'adjective']),
        ...(e.references ?? []).map((f) => [f, 'reference']),
      ] as [string, MentionForm][]
    ).map(([f, form]) => {
      const pattern = lang === 'ar' ? formPattern(f, form) : wordPattern(f);
      if (pattern.split(WORD).length !== 3) throw new Error(`no word boundaries in ${pattern}`);
      return { id: e.id, form, re: new RegExp(pattern.replaceAll(WORD, local), `g${flags}`) };
    }),
  );
  return (paragraphs: readonly string[]): Mention[] =>
    paragraphs.flatMap((text, i) => {
      for (const c of text) if (!chars.has(c)) throw new Error(`U+${c.codePointAt(0)!.toString(16)} is not in the alphabet`);
      const candidates = forms.flatMap(({ id, form, re }, order) =>
        [...text.matchAll(re)].map((m) => ({ id, paragraph: i + 1, start: m.index, end: m.index + m[0].length, text: m[0], form, order })),
      );
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
      const kept: Mention[] = [];
      for (const { order: _order, ...c } of candidates) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      return kept.sort((a, b) => a.start - b.start);
    });
}

const formsOf = (entries: readonly GazetteerEntry[]): string[] =>
  entries.flatMap((e) => [...e.names, ...(e.adjectives ?? []), ...(e.references ?? [])]);

describe('the matcher finds what each form’s own whole pattern finds', () => {
  const articles: [Lang, readonly string[], readonly GazetteerEntry[]][] = [
    ['ar', paragraphs, gazetteer],
    ['en', articleEn.paragraphs, gazetteerEn],
    ['ru', articleRu.paragraphs, gazetteerRu],
  ];
  for (const [lang, paras, entries] of articles) {
    it(`in the whole article in ${lang}`, () => {
      const expected = referenceMatcher(entries, lang, paras.join(''))(paras);
      expect(expected.length).toBeGreaterThan(90);
      expect(findMentions(paras, entries, lang)).toEqual(expected);
    });
  }

  it('reads fewer proclitics where the reading with more would run into the next word', () => {
    // "ول" read as و + ل + quote + "ول" ends inside "ولد"; read as itself it ends at the quote.
    const entries: GazetteerEntry[] = [{ id: 'x', kind: 'place', en: 'x', names: ['ول'], namedInArticle: false }];
    expect(mentionsIn('ول"ولد', entries).map((m) => [m.start, m.end])).toEqual([[0, 2]]);
    expect(findMentions(['ول"ولد'], entries)).toEqual(referenceMatcher(entries, 'ar', 'ول"د')(['ول"ولد']));
  });

  /** Texts of forms, pieces of words and separators, in any order, so forms touch, overlap and run into words. */
  const texts = (pieces: readonly string[], forms: fc.Arbitrary<string>) =>
    fc.array(fc.oneof({ arbitrary: forms, weight: 2 }, { arbitrary: fc.constantFrom(...pieces), weight: 3 }), { maxLength: 25 }).map((a) => a.join(''));
  // Spaces, punctuation, a digit, astral letters and a symbol, a lone surrogate.
  const SEPARATORS = [' ', '\t', '\u00A0', '\n', '  ', '.', ',', '-', '—', '"', '«', '»', '“', '”', '(', '7', '𝐀', '𝐁', '😀', '\uD835'];

  it('in Arabic texts, with proclitics, marks, tatweel, quotes and spelling variants', () => {
    // "ول" is made only of proclitics, so it has more than one reading at a start.
    const entries = [...gazetteer, { id: 'x', kind: 'place', en: 'x', names: ['ول'], namedInArticle: false } satisfies GazetteerEntry];
    const forms = formsOf(entries);
    const pieces = [...SEPARATORS, 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'ـ', '\u064E', '\u0651', '\u0670', 'ا', 'أ', 'إ', 'ى', 'ي', 'ه', 'ة', 'ات', 'ت', 'ية', '٣', '،', '𞸀'];
    const reference = referenceMatcher(entries, 'ar', [...forms, ...pieces].join(''));
    fc.assert(
      fc.property(texts(pieces, fc.constantFrom(...forms)), (text) => {
        expect(findMentions([text], entries)).toEqual(reference([text]));
      }),
      { numRuns: 100 },
    );
  });

  // A form that starts with a surrogate pair, so a search goes on from the next character, not mid-pair.
  const astral: GazetteerEntry = { id: 'y', kind: 'place', en: 'y', names: ['𝐀𝐁'], namedInArticle: false };
  for (const [lang, entries] of [
    ['ru', gazetteerRu],
    ['en', [...gazetteerEn, astral]],
  ] as const) {
    it(`in ${lang} texts, in any case, with endings and marks that run into a word`, () => {
      const forms = formsOf(entries);
      // Endings that make a longer word; a combining accent; letters that fold to others (ſ, K, ᲀ).
      const pieces = [...SEPARATORS, 'а', 'ов', 'е', 's', 'an', '\u0301', 'ſ', '\u212A', '\u1C80', 'ё'];
      const cased = [...new Set([...forms, ...pieces].join(''))].flatMap((c) => [c, c.toUpperCase(), c.toLowerCase()]);
      const reference = referenceMatcher(entries, lang, cased.join(''));
      fc.assert(
        fc.property(texts(pieces, fc.mixedCase(fc.constantFrom(...forms))), (text) => {
          expect(findMentions([text], entries, lang)).toEqual(reference([text]));
        }),
        { numRuns: 100 },
      );
    });
  }
});
