/**
 * Names in the Arabic we write (captions, labels, notes, chapter texts, layer names) are
 * spelled one way, the right way. The article's own words are quoted as they are, slips
 * included (`excerpts.ts`' `ar`), so they are not checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapters } from './chapters';
import { events } from './events';
import { excerpts } from './excerpts';
import { notes } from './notes';
import { ar as engine } from '../../strings/ar';
import { ar } from './strings.ar';

/** The right spelling of each name, and the wrong ones it replaces. */
const SPELLING: readonly { right: string; wrong: readonly RegExp[] }[] = [
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

/** Every Arabic text we wrote, with where it is. */
function ourArabic(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push([where, v]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${where}.${k}`, x);
  };
  walk('strings.ar', ar);
  walk('the engine’s strings', engine);
  for (const c of chapters) {
    walk(`chapter ${c.id}`, [c.title.ar, c.text.ar, ...(c.figures ?? []).map((f) => f.what.ar)]);
  }
  for (const e of events) walk(`event ${e.id}`, [e.label.ar, ...(e.figures ?? []).map((f) => f.what.ar)]);
  for (const [id, list] of Object.entries(notes)) walk(`note ${id}`, list.map((n) => n.text.ar));
  for (const e of Object.values(excerpts)) if (e.note) walk(`excerpt note ${e.id}`, e.note.ar);
  for (const f of ['places.csv', 'regions.csv', 'episodes.json']) {
    walk(`geodata/facts/${f}`, readFileSync(new URL(`../../../geodata/facts/${f}`, import.meta.url), 'utf8'));
  }
  return out;
}

/** The misspellings in a text: each wrong form not part of the right one. */
function misspellings(text: string): string[] {
  const found: string[] = [];
  for (const { right, wrong } of SPELLING) {
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
    for (const { right, wrong } of SPELLING) for (const w of wrong) expect(w.test(right.split(right).join(' ')), right).toBe(false);
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
