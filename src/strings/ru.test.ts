import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en as storyEn } from '../stories/kazakhstan-2022/strings';
import { ar as storyAr } from '../stories/kazakhstan-2022/strings.ar';
import { ru as storyRu } from '../stories/kazakhstan-2022/strings.ru';
import { ar } from './ar';
import { en } from './en';
import { ru } from './ru';

/** Every string of a tree, by the key i18next reads it by (`layers.heading`). */
const leaves = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'object' && v ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );

const SUFFIX = /_(zero|one|two|few|many|other)$/u;

/** A tree's keys with a count's forms as one key (`reader.marked_few` is `reader.marked`). */
const stems = (tree: object) => [...new Set(leaves(tree).map(([k]) => k.replace(SUFFIX, '')))].sort();

/** What a translation lacks or adds against the English keys, and any count whose forms are not its language's. */
function keyProblems(english: object, other: object, lang: string): string[] {
  const want = stems(english);
  const have = stems(other);
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map(String).sort();
  const counts = new Map<string, string[]>();
  for (const [k] of leaves(other)) {
    const form = SUFFIX.exec(k)?.[1];
    if (form) counts.set(k.replace(SUFFIX, ''), [...(counts.get(k.replace(SUFFIX, '')) ?? []), form]);
  }
  return [
    ...want.filter((k) => !have.includes(k)).map((k) => `${lang} lacks ${k}`),
    ...have.filter((k) => !want.includes(k)).map((k) => `${lang} has ${k}, which English has not`),
    ...[...counts].flatMap(([stem, got]) =>
      got.sort().join() === forms.join() ? [] : [`${lang} ${stem} has forms ${got.join()}, not ${forms.join()}`],
    ),
  ];
}

/** Strings quoted from the article: they stay its Arabic in every language. */
const QUOTED: Record<string, string> = {
  'intro.headline': 'the article’s headline, quoted as it was published',
  'intro.photoCaption': 'the caption of the article’s photo, quoted as it was published',
};

/** Latin text a Russian string may hold: names and codes that Russian writes as they are. */
const LATIN: [string, string][] = [
  ['Panorama.am', 'an outlet’s own name'],
  ['Sputnik', 'an outlet’s own name'],
  ['Kazinform', 'an outlet’s own name, as its source entry writes it'],
  ['Getty', 'the photo agency, as the article’s caption writes it'],
  ['Natural Earth', 'a data set’s name'],
  ['GeoNames', 'a data set’s name'],
  ['CC BY', 'a licence’s name'],
  ['WebGL', 'a technology’s name'],
  ['GeoJSON', 'a file format'],
  ['RFC', 'the standard that defines GeoJSON'],
  ['CSV', 'a file format'],
  ['HTML', 'a file format'],
  ['Page Up', 'a key'],
  ['Page Down', 'a key'],
  ['Esc', 'a key'],
  ['Ctrl+C', 'a key'],
  ['⌘C', 'a key'],
  ['«licence»', 'a member name inside the downloaded files'],
  ['«derived_from»', 'a member name inside the downloaded files'],
  ['«sources»', 'a member name inside the downloaded files'],
];

const PLACEHOLDER = /\{\{\w+\}\}/gu;

/** Where a Russian string still holds Arabic or English. */
function textProblems(english: object, russian: object): string[] {
  const before = new Map(leaves(english));
  return leaves(russian).flatMap(([key, text]) => {
    if (key in QUOTED) return [];
    const words = LATIN.reduce((t, [name]) => t.replaceAll(name, ''), text.replace(PLACEHOLDER, ''));
    return [
      ...(/\p{Script=Arabic}/u.test(text) ? [`${key} holds Arabic: ${text}`] : []),
      ...(/\p{Script=Latin}/u.test(words) ? [`${key} holds Latin text: ${text}`] : []),
      ...(text === before.get(key) && /\p{L}/u.test(words) ? [`${key} is the English string: ${text}`] : []),
    ];
  });
}

describe('Russian strings', () => {
  it('have every key the English ones have and no other, the engine’s and the story’s', () => {
    expect(keyProblems(en, ru, 'ru')).toEqual([]);
    expect(keyProblems(storyEn, storyRu, 'ru')).toEqual([]);
  });

  it('and so have the Arabic ones, each count in its language’s plural forms', () => {
    expect(keyProblems(en, en, 'en')).toEqual([]);
    expect(keyProblems(en, ar, 'ar')).toEqual([]);
    expect(keyProblems(storyEn, storyAr, 'ar')).toEqual([]);
  });

  it('a missing key, an extra one or a missing plural form is named', () => {
    const { marked_many: _many, ...reader } = ru.reader as typeof ru.reader & { marked_many: string };
    const { retry: _retry, ...layers } = ru.layers;
    expect(keyProblems(en, { ...ru, layers, reader, extra: 'x' }, 'ru')).toEqual([
      'ru lacks layers.retry',
      'ru has extra, which English has not',
      'ru reader.marked has forms few,one,other, not few,many,one,other',
    ]);
  });

  it('hold no Arabic and no English, beyond quotes of the article and names written in Latin', () => {
    expect(textProblems(en, ru)).toEqual([]);
    expect(textProblems(storyEn, storyRu)).toEqual([]);
  });

  it('a string left in English or holding Arabic is named', () => {
    const layers = { ...ru.layers, retry: en.layers.retry, heading: 'طبقات' };
    expect(textProblems(en, { layers })).toEqual([
      'layers.heading holds Arabic: طبقات',
      'layers.retry holds Latin text: Retry',
      'layers.retry is the English string: Retry',
    ]);
  });

  it('count in Russian’s plural forms', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'ru', resources: { ru: { translation: ru } } });
    const marked = (count: number) => i18n.t('reader.marked', { name: 'Алматы', count });
    expect([1, 3, 5, 21].map(marked)).toEqual([
      'Алматы: выделено 1 упоминание',
      'Алматы: выделено 3 упоминания',
      'Алматы: выделено 5 упоминаний',
      'Алматы: выделено 21 упоминание',
    ]);
    expect(i18n.t('data.features', { count: 1234, n: '1\u00a0234' })).toBe('1\u00a0234 объекта');
  });

  it('keep every hedge of a figure', () => {
    const hedges = { 'more-than': 'более', about: 'около', 'at-most': 'не более', reportedly: 'по сообщениям' };
    for (const words of Object.values(storyRu.figure)) {
      for (const [qualifier, hedge] of Object.entries(hedges)) expect(words[qualifier as keyof typeof words]).toContain(hedge);
    }
  });
});
