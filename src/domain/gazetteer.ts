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

/** A form's pattern is `BEFORE + core + AFTER + close`; see `compile` for why it is kept in parts. */
interface Parts {
  core: string;
  close: string;
}

const whole = ({ core, close }: Parts): string => `${BEFORE}${core}${AFTER}${close}`;

function formParts(form: string, as: MentionForm): Parts {
  const f = form.trim();
  // A name written with quotation marks keeps its closing mark ("منظمة "معاهدة ... الجماعي"").
  const close = /["«»“”]/u.test(f) ? '["»”]?' : '';
  if (as === 'adjective') {
    // روسي → روسي, الروسي, والروسي, بالروسي, للروسي, لروسي, كروسي …
    return { core: `(?:[وف]${JOIN})?(?:لل|[بك]${JOIN}ال|ال|[بلك]${JOIN})?${body(f)}`, close: '' };
  }
  if (definite(f)) {
    // الكرملين → الكرملين, والكرملين, بالكرملين, للكرملين, وللكرملين …
    return { core: `(?:[وف]${JOIN})?(?:[بك]${JOIN}ال|لل|ال)${body(f.slice(2))}`, close };
  }
  // روسيا → روسيا, وروسيا, لروسيا, بروسيا, فلروسيا …
  return { core: `(?:[وف]${JOIN})?(?:[بلك]${JOIN})?${body(f)}`, close };
}

const wordParts = (form: string): Parts => ({ core: form.trim().split(/\s+/u).map(escape).join('[\\s\\u00A0]+'), close: '' });

/** The pattern of one written form with the proclitics it can take. */
export const formPattern = (form: string, as: MentionForm): string => whole(formParts(form, as));

/** The pattern of one form in a language without proclitics: whole words, any case, any run of spaces between words. */
export const wordPattern = (form: string): string => whole(wordParts(form));

/** Arabic forms take proclitics; those of the other languages are whole words, in any case. */
const flagsOf = (lang: Lang): string => (lang === 'ar' ? 'u' : 'iu');

interface Bounds {
  before: RegExp;
  after: RegExp;
}

const boundsByFlags = new Map<string, Bounds>();

function boundsOf(flags: string): Bounds {
  let b = boundsByFlags.get(flags);
  if (!b) boundsByFlags.set(flags, (b = { before: new RegExp(BEFORE, `${flags}y`), after: new RegExp(AFTER, `${flags}y`) }));
  return b;
}

interface Compiled {
  id: string;
  form: MentionForm;
  core: RegExp;
  close: RegExp | null;
  bounds: Bounds;
  /** `core + AFTER + close`, sticky; null where a core match that fails AFTER fails for good. */
  rest: (() => RegExp) | null;
}

// Each list of entries is written in one language.
const cache = new WeakMap<readonly GazetteerEntry[], Compiled[]>();

/**
 * The boundary classes are nearly all of a whole pattern's cost: V8 builds and compiles each
 * `\p{L}\p{M}\p{N}` class anew in every pattern (about 1 ms each, on first use), so one
 * pattern per form cost the Russian gazetteer's 371 forms over a second on its first search,
 * and a busy machine several. The cores compile in microseconds; BEFORE and AFTER are
 * compiled once per set of flags and tested at a core match's ends (`endAt`), which finds
 * exactly what the whole pattern finds. Each form is still searched on its own: the
 * longest-match rule of `mentionsIn` needs every form's candidates, and one alternation of
 * all forms would give only one match at a position.
 */
function compile(entries: readonly GazetteerEntry[], lang: Lang): Compiled[] {
  const hit = cache.get(entries);
  if (hit) return hit;
  const flags = flagsOf(lang);
  const bounds = boundsOf(flags);
  const out: Compiled[] = [];
  for (const e of entries) {
    const forms: [string, MentionForm][] = [
      ...e.names.map((n): [string, MentionForm] => [n, 'name']),
      ...(e.adjectives ?? []).map((n): [string, MentionForm] => [n, 'adjective']),
      ...(e.references ?? []).map((n): [string, MentionForm] => [n, 'reference']),
    ];
    for (const [f, form] of forms) {
      const parts = lang === 'ar' ? formParts(f, form) : wordParts(f);
      let rest: RegExp | undefined;
      out.push({
        id: e.id,
        form,
        core: new RegExp(parts.core, `${flags}g`),
        close: parts.close ? new RegExp(parts.close, `${flags}y`) : null,
        bounds,
        // A word core (literal words, each run of spaces between them taken whole) matches
        // at most one way at a start, so its failing AFTER is the whole pattern's failing
        // there. An Arabic core may also match there with fewer proclitics and end where
        // AFTER holds (`ول"ولد`), which the whole pattern backtracks to; `rest` does the same,
        // and is compiled only for the few forms whose core ever runs into a longer word.
        rest: lang === 'ar' ? () => (rest ??= new RegExp(`${parts.core}${AFTER}${parts.close}`, `${flags}y`)) : null,
      });
    }
  }
  cache.set(entries, out);
  return out;
}

const holds = (re: RegExp, text: string, i: number): boolean => {
  re.lastIndex = i;
  return re.test(text);
};

/** Where a unicode search goes on after a failure at `i`: a surrogate pair is one character. */
const advance = (text: string, i: number): number => i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/**
 * The end of the whole pattern's match at `start`, or -1, given that the core's match there
 * ends at `end`: BEFORE depends on `start` alone, and AFTER accepts or rejects the core's
 * first reading as the whole pattern would before backtracking.
 */
function endAt(c: Compiled, text: string, start: number, end: number): number {
  if (!holds(c.bounds.before, text, start)) return -1;
  if (holds(c.bounds.after, text, end)) {
    if (!c.close) return end;
    c.close.lastIndex = end;
    c.close.exec(text);
    return c.close.lastIndex;
  }
  if (!c.rest) return -1;
  const re = c.rest();
  re.lastIndex = start;
  return re.exec(text) ? re.lastIndex : -1;
}

/** The [start, end) of each match of the form's whole pattern, as `text.matchAll` would find them. */
function matchesOf(c: Compiled, text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    c.core.lastIndex = from;
    const m = c.core.exec(text);
    if (!m) return out;
    const end = endAt(c, text, m.index, m.index + m[0].length);
    if (end >= 0) out.push([m.index, end]);
    from = end > m.index ? end : advance(text, m.index);
  }
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
    for (const [start, end] of matchesOf(c, text)) {
      candidates.push({ id: c.id, paragraph, start, end, text: text.slice(start, end), form: c.form, order });
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
