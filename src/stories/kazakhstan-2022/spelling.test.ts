/**
 * Names in the Arabic and the Russian we write (captions, labels, notes, chapter texts, layer
 * names, translations) are spelled one way, the right way. The article's own words are quoted
 * as they are, slips included (`excerpts.ts`' `ar`), so they are not checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapters } from './chapters';
import { events } from './events';
import { eventLabels } from './eventLabels';
import { articleRu } from './article.ru';
import { excerpts } from './excerpts';
import { notes } from './notes';
import { ar as engine } from '../../strings/ar';
import { ar } from './strings.ar';

type Spelling = readonly { right: string; wrong: readonly RegExp[] }[];

/** The right spelling of each name, and the wrong ones it replaces. */
const SPELLING: Spelling = [
  // The article's slip: Massimov's first name is Karim.
  { right: 'كريم ماسيموف', wrong: [/قاسم\s+ماسيموف/, /ماسيموف/] },
  { right: 'توكاييف', wrong: [/توكايف/, /توكاي[يى]ف(?<!توكاييف)/] },
  { right: 'نزارباييف', wrong: [/نزاربايف/, /نزارباي[يى]ف(?<!نزارباييف)/, /نزار باييف/] },
  // The article writes Almaty so; a caption follows it.
  { right: 'ألماتا', wrong: [/آلماتي/, /ألماتي/, /الماتا/, /ألمآتا/] },
  { right: 'جاناوزن', wrong: [/جاناوزين/, /زاناوزن/, /ژاناوزن/, /جانا اوزن/] },
  { right: 'مانغيستاو', wrong: [/مانغستاو/, /مانجيستاو/, /منغيستاو/] },
  { right: 'قرغيزستان', wrong: [/قيرغيزستان/, /كيرغيزستان/, /قرغيزيا/] },
  { right: 'طاجيكستان', wrong: [/طاجكستان/, /تاجيكستان/] },
  { right: 'بيلاروسيا', wrong: [/روسيا البيضاء/, /بيلاروس(?![يى])/] },
  { right: 'أرمينيا', wrong: [/(?<![أإ])ارمينيا/, /ارمينية/] },
  { right: 'أذربيجان', wrong: [/(?<![أإ])اذربيجان/, /أذربيحان/] },
  { right: 'شويغو', wrong: [/شويجو/, /شويقو/] },
  { right: 'ناغورنو كاراباخ', wrong: [/ناغورني/, /قره باغ/, /كاراباغ/] },
  { right: 'ستيباناكيرت', wrong: [/ستيباناكرت/, /ستبناكيرت/] },
];

/**
 * The Russian names as written in January 2022 (Нур-Султан, not Астана) and as the region's
 * states write them (Кыргызстан, Беларусь), one way throughout.
 */
const RU_SPELLING: Spelling = [
  { right: 'Нур-Султан', wrong: [/Астан[аеуы]/, /Нурсултан(?! Назарбаев)/] },
  { right: 'Алматы', wrong: [/Алма-?Ат/, /Алмат[аеу](?!\p{L})/u] },
  { right: 'Жанаозен', wrong: [/Жана-?[оО]зен/, /Жанаузен/, /Жанаозень/] },
  { right: 'Мангистауская область', wrong: [/Мангыстау/, /Мангышлак/] },
  { right: 'Кыргызстан', wrong: [/[Кк]иргиз/, /Кыргызия/] },
  { right: 'Беларусь', wrong: [/Белорусси/] },
  { right: 'Токаев', wrong: [/Токайев/, /Тока[её]в(?<!Токаев)/] },
  { right: 'Назарбаев', wrong: [/Назарбайев/] },
  { right: 'Масимов', wrong: [/Массимов/] },
  { right: 'Шойгу', wrong: [/Шойго/] },
  { right: 'ОДКБ', wrong: [/ОДБК/, /Организаци[яиюей]+ договора/] },
];

const walker = (out: [string, string][]) => {
  const walk = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push([where, v]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${where}.${k}`, x);
  };
  return walk;
};

/** Every Russian text we wrote, with where it is. */
function ourRussian(): [string, string][] {
  const out: [string, string][] = [];
  const walk = walker(out);
  walk('article.ru', articleRu);
  for (const c of chapters) walk(`chapter ${c.id}`, [c.title.ru, c.text.ru, ...(c.figures ?? []).map((f) => f.what.ru)]);
  for (const e of events) walk(`event ${e.id}`, [eventLabels[e.id]!.ru, ...(e.figures ?? []).map((f) => f.what.ru)]);
  for (const [id, list] of Object.entries(notes)) walk(`note ${id}`, list.map((n) => n.text.ru));
  for (const e of Object.values(excerpts)) walk(`excerpt ${e.id}`, [e.ru, e.note?.ru]);
  return out;
}

/** Every Arabic text we wrote, with where it is. */
function ourArabic(): [string, string][] {
  const out: [string, string][] = [];
  const walk = walker(out);
  walk('strings.ar', ar);
  walk('the engine’s strings', engine);
  for (const c of chapters) {
    walk(`chapter ${c.id}`, [c.title.ar, c.text.ar, ...(c.figures ?? []).map((f) => f.what.ar)]);
  }
  for (const e of events) walk(`event ${e.id}`, [eventLabels[e.id]!.ar, ...(e.figures ?? []).map((f) => f.what.ar)]);
  for (const [id, list] of Object.entries(notes)) walk(`note ${id}`, list.map((n) => n.text.ar));
  for (const e of Object.values(excerpts)) if (e.note) walk(`excerpt note ${e.id}`, e.note.ar);
  for (const f of ['places.csv', 'regions.csv', 'episodes.json']) {
    walk(`geodata/facts/${f}`, readFileSync(new URL(`../../../geodata/facts/${f}`, import.meta.url), 'utf8'));
  }
  return out;
}

/** The misspellings in a text: each wrong form not part of the right one. */
function misspellings(text: string, list: Spelling = SPELLING): string[] {
  const found: string[] = [];
  for (const { right, wrong } of list) {
    const rest = text.split(right).join(' ');
    for (const w of wrong) {
      const m = rest.match(w);
      if (m) found.push(`${m[0]} (write ${right})`);
    }
  }
  return found;
}

describe('the spelling list', () => {
  it('catches a wrong form and passes the right one', () => {
    expect(misspellings('وفي مقدمهم قاسم ماسيموف')).toEqual(['قاسم ماسيموف (write كريم ماسيموف)', 'ماسيموف (write كريم ماسيموف)']);
    expect(misspellings('وفي مقدمهم كريم ماسيموف')).toEqual([]);
    expect(misspellings('مطار آلماتي وروسيا البيضاء')).toHaveLength(2);
    expect(misspellings('توكاييف ونزارباييف في ألماتا')).toEqual([]);
  });

  it('has each right spelling clear of its own wrong forms', () => {
    for (const { right, wrong } of [...SPELLING, ...RU_SPELLING]) for (const w of wrong) expect(w.test(right.split(right).join(' ')), right).toBe(false);
  });

  it('catches a Russian name as it was not written in January 2022, or written two ways', () => {
    expect(misspellings('в Астане и в Киргизии', RU_SPELLING)).toEqual(['Астане (write Нур-Султан)', 'Киргиз (write Кыргызстан)']);
    expect(misspellings('Нурсултан Назарбаев в Нур-Султане, Алматы, Кыргызстане', RU_SPELLING)).toEqual([]);
  });
});

describe('Arabic we wrote', () => {
  it('spells every listed name right', () => {
    const problems = ourArabic().flatMap(([where, text]) => misspellings(text).map((m) => `${where}: ${m}`));
    expect(problems).toEqual([]);
  });

  it('includes the captions that name Massimov, so the list has something to check', () => {
    expect(ourArabic().some(([, text]) => text.includes('كريم ماسيموف'))).toBe(true);
  });
});

describe('Russian we wrote', () => {
  it('spells every listed name one way, as it was in January 2022', () => {
    const problems = ourRussian().flatMap(([where, text]) => misspellings(text, RU_SPELLING).map((m) => `${where}: ${m}`));
    expect(problems).toEqual([]);
  });

  it('holds the translations, captions and the article, so the list has something to check', () => {
    const texts = ourRussian().map(([, text]) => text);
    expect(texts.some((t) => t.includes('Карима Масимова'))).toBe(true);
    expect(texts.some((t) => t.includes('Жанаозен'))).toBe(true);
  });
});
