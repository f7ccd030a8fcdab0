/**
 * Finding the places, countries and organisations of the gazetteer in Arabic text.
 * Pure: no DOM, no Node APIs.
 *
 * Arabic writes some prepositions and conjunctions, and the article, as one word with
 * the noun that follows (proclitics): و "and", ف "so", ب "in/by", ل "for/to", ك "like",
 * and the article ال. ل before ال drops the alif (لل). So "لموسكو" is "to Moscow",
 * "للكرملين" is "for the Kremlin", "وبالروسية" is "and in Russian". A mention here is
 * the whole written word, proclitics included; a name never matches inside a longer word
 * ("روسيا" is not found in "بيلاروسيا", "المطار" not in "المطارات").
 */
import type { Lang } from './lang';

export type GazetteerKind =
  | 'country'
  | 'place'
  | 'region'
  | 'area'
  | 'organisation'
  | 'institution'
  | 'person';

/** How a mention names its entry. */
export type MentionForm = 'name' | 'adjective' | 'reference';

export interface GazetteerEntry {
  /** A map selection id, or an id for a thing that is not on the map. */
  id: string;
  kind: GazetteerKind;
  /**
   * What a click on a mention selects on the map: omitted when `id` is itself the
   * selection id; another selection id when the thing is drawn as something else
   * (the Kremlin → Moscow); `null` when nothing on the map stands for it.
   */
  mapId?: string | null;
  en: string;
  /** Proper names and fixed phrases, spelled as the article spells them, without proclitics. */
  names: readonly string[];
  /** Relational adjectives (nisba), without ال: "روسي" finds "الروسي", "الروسية" too if listed. */
  adjectives?: readonly string[];
  /**
   * Definite descriptions that in this article always mean this entry ("المنظمة" is always
   * the CSTO, "المطار" Almaty's airport). They start with ال.
   */
  references?: readonly string[];
  /** Whether the article names it (by a name, not only an adjective or a reference). */
  namedInArticle: boolean;
}

export interface Mention {
  id: string;
  /** 1-based body paragraph (0 when the text was not a numbered paragraph). */
  paragraph: number;
  /** UTF-16 offsets of the whole written word(s) in the paragraph string, end exclusive. */
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

/** The selection id a mention of this entry selects, or null. */
export const selectionOf = (e: Pick<GazetteerEntry, 'id' | 'mapId'>): string | null =>
  e.mapId === null ? null : (e.mapId ?? e.id);

// ---------------------------------------------------------------- patterns

/** Short vowels, shadda, sukun, superscript alif and tatweel may sit after any letter. */
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
/** Between the words of a name: spaces, and quotation marks ("منظمة "معاهدة ...""). */
const GAP = '[\\s"«»“”\\u00A0]+';
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** A proclitic may be followed by a tatweel (لـ) and an opening quote (لـ"...). */
const JOIN = '\\u0640?["«“]?';

const VARIANTS: Record<string, string> = {
  ا: '[اأإآ]',
  أ: '[اأإآ]',
  إ: '[اأإآ]',
  آ: '[اأإآ]',
  ي: '[يى]',
  ى: '[يى]',
  ة: '[ةه]',
};

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The letters of a written form, each tolerant of marks and spelling variants. */
function body(form: string): string {
  const words = form.trim().split(/[\s"«»“”]+/u).filter(Boolean);
  return words
    .map((w) => [...w].map((c) => `${VARIANTS[c] ?? escape(c)}${MARKS}`).join(''))
    .join(GAP);
}

const definite = (form: string): boolean => form.startsWith('ال');

/** The pattern of one written form with the proclitics it can take. */
export function formPattern(form: string, as: MentionForm): string {
  const f = form.trim();
  // A name written with quotation marks keeps its closing mark ("منظمة "معاهدة ... الجماعي"").
  const close = /["«»“”]/u.test(f) ? '["»”]?' : '';
  if (as === 'adjective') {
    // روسي → روسي, الروسي, والروسي, بالروسي, للروسي, لروسي, كروسي …
    return `${BEFORE}(?:[وف]${JOIN})?(?:لل|[بك]${JOIN}ال|ال|[بلك]${JOIN})?${body(f)}${AFTER}`;
  }
  if (definite(f)) {
    // الكرملين → الكرملين, والكرملين, بالكرملين, للكرملين, وللكرملين …
    return `${BEFORE}(?:[وف]${JOIN})?(?:[بك]${JOIN}ال|لل|ال)${body(f.slice(2))}${AFTER}${close}`;
  }
  // روسيا → روسيا, وروسيا, لروسيا, بروسيا, فلروسيا …
  return `${BEFORE}(?:[وف]${JOIN})?(?:[بلك]${JOIN})?${body(f)}${AFTER}${close}`;
}

/** The pattern of one form in a language without proclitics: whole words, any case, any run of spaces between words. */
export function wordPattern(form: string): string {
  const words = form.trim().split(/\s+/u).map(escape);
  return `${BEFORE}${words.join('[\\s\\u00A0]+')}${AFTER}`;
}

/** Arabic forms take proclitics; those of the other languages are whole words. */
const patternOf = (f: string, form: MentionForm, lang: Lang): RegExp =>
  lang === 'ar' ? new RegExp(formPattern(f, form), 'gu') : new RegExp(wordPattern(f), 'giu');

interface Compiled {
  id: string;
  form: MentionForm;
  re: RegExp;
}

// Each list of entries is written in one language.
const cache = new WeakMap<readonly GazetteerEntry[], Compiled[]>();

function compile(entries: readonly GazetteerEntry[], lang: Lang): Compiled[] {
  const hit = cache.get(entries);
  if (hit) return hit;
  const out: Compiled[] = [];
  for (const e of entries) {
    const forms: [string, MentionForm][] = [
      ...e.names.map((n): [string, MentionForm] => [n, 'name']),
      ...(e.adjectives ?? []).map((n): [string, MentionForm] => [n, 'adjective']),
      ...(e.references ?? []).map((n): [string, MentionForm] => [n, 'reference']),
    ];
    for (const [f, form] of forms) {
      out.push({ id: e.id, form, re: patternOf(f, form, lang) });
    }
  }
  cache.set(entries, out);
  return out;
}

// ---------------------------------------------------------------- finding

/**
 * Every mention of an entry in one text, by position. Where two candidates overlap the
 * longer one wins ("مطار ألماتا" over "ألماتا", "نور سلطان نزارباييف" over "نور سلطان");
 * at equal length the earlier one, then the entry listed first.
 */
export function mentionsIn(
  text: string,
  entries: readonly GazetteerEntry[],
  paragraph = 0,
  lang: Lang = 'ar',
): Mention[] {
  const candidates: (Mention & { order: number })[] = [];
  compile(entries, lang).forEach((c, order) => {
    c.re.lastIndex = 0;
    for (const m of text.matchAll(c.re)) {
      const start = m.index;
      candidates.push({ id: c.id, paragraph, start, end: start + m[0].length, text: m[0], form: c.form, order });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Mention[] = [];
  for (const { order: _order, ...c } of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every mention in numbered paragraphs (the first is paragraph 1), in reading order. */
export function findMentions(
  paragraphs: readonly string[],
  entries: readonly GazetteerEntry[],
  lang: Lang = 'ar',
): Mention[] {
  return paragraphs.flatMap((p, i) => mentionsIn(p, entries, i + 1, lang));
}

/** For each entry id, the sorted paragraphs where it is mentioned (entries never found are absent). */
export function paragraphsById(mentions: readonly Mention[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const m of mentions) {
    const list = (out[m.id] ??= []);
    if (!list.includes(m.paragraph)) list.push(m.paragraph);
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}
