/**
 * Finding a place by name in any of our languages, whatever the page's. Pure: no DOM.
 *
 * Arabic is matched as readers type it: without short vowels or tatweel, with any alef
 * (أ إ آ ٱ ا), ة as ه and ى as ي. Unicode decomposition (NFD) splits the hamza and madda
 * off أ إ آ ؤ ئ, so dropping every combining mark folds those together with the harakat
 * and with Latin accents.
 */

import type { Collections } from './entity';
import type { Names } from './features';
import { LANGS, type Lang } from './lang';
import { withNames, type NameTable } from './names';

/** A name folded for matching: no marks, one spelling per letter, lower case, single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/\u0671/gu, 'ا')
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name may be missing in a language whose names table has not arrived. */
export type Searchable = { id: string } & Partial<Names>;

/** The names tables that have arrived, by language; a table still loading (or that failed) is absent. */
export type NameTables = Partial<Record<Lang, NameTable>>;

/**
 * What the search looks through: the layer files with their features' names in every language
 * known so far, their own and each arrived table's; a feature a table does not name keeps the
 * names it has. The same collections and tables give the same collections back (`withNames`).
 */
export function searchableData(data: Collections, tables: NameTables): Collections {
  const out: Collections = {};
  for (const [file, fc] of Object.entries(data)) {
    out[file] = LANGS.reduce((c, lang) => {
      const table = tables[lang];
      return table ? withNames(c, table[file], lang) : c;
    }, fc);
  }
  return out;
}

/** How well a folded name answers a folded query: lower is better, null is no match. */
function rank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((w) => w.startsWith(query))) return 2;
  return name.includes(query) ? 3 : null;
}

/**
 * The items whose name in any of our languages holds the query, best first: a whole name, then a
 * name that starts with it, then a word that does, then any part; ties keep the given order.
 */
export function searchPlaces<T extends Searchable>(query: string, items: readonly T[]): T[] {
  const q = fold(query);
  if (!q) return [];
  const hits: { item: T; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const scores = LANGS.map((l) => rank(fold(item[`name_${l}`] ?? ''), q)).filter((s) => s !== null);
    if (scores.length > 0) hits.push({ item, score: Math.min(...scores), order });
  });
  return hits.sort((a, b) => a.score - b.score || a.order - b.order).map((h) => h.item);
}

/**
 * The language of the name a query found, when it is not `lang`'s (a reader of English who types
 * «Алматы»), so the list can show the name they typed beside their own; null when `lang`'s name
 * answers as well as any.
 */
export function foundIn(query: string, item: Searchable, lang: Lang): Lang | null {
  const q = fold(query);
  const score = (l: Lang) => rank(fold(item[`name_${l}`] ?? ''), q) ?? Infinity;
  const best = LANGS.reduce((a, b) => (score(b) < score(a) ? b : a), lang);
  return best !== lang && score(best) < score(lang) ? best : null;
}
