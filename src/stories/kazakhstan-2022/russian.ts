/**
 * What the content tests ask of our Russian: Cyrillic text with no Arabic script and no
 * Latin letters but outlets' own names ("Sputnik", "Panorama.am"), stating the same
 * figures as the English beside it.
 */
import { sources } from './sources';

const ARABIC = /\p{Script=Arabic}+/gu;
const LATIN = /\p{Script=Latin}+/gu;

/** Outlet names as the outlets write them in Latin letters, longest first ("Sputnik (CSTO …)" gives "Sputnik"). */
const OUTLETS = [...new Set(Object.values(sources).map((s) => s.outlet.replace(/\s*\(.*\)$/u, '')))]
  .filter((name) => !/\p{Script=Arabic}/u.test(name))
  .sort((a, b) => b.length - a.length);

/** What should not be in a Russian text: Arabic or Latin words (outlet names aside), or no Cyrillic at all. */
export function foreignIn(text: string): string[] {
  const rest = OUTLETS.reduce((t, name) => t.split(name).join(' '), text);
  const found = [...(rest.match(ARABIC) ?? []), ...(rest.match(LATIN) ?? [])];
  return /\p{Script=Cyrillic}/u.test(text) ? found : ['no Cyrillic', ...found];
}

/** The numbers a text states in digits, thousands separators folded: "2,500" and "2 500" are 2500. */
export const figuresIn = (text: string): number[] =>
  (text.replace(/(\d)[,\u00A0\u202F](?=\d{3}(?!\d))/gu, '$1').match(/\d+/gu) ?? []).map(Number);

/** The same numbers in both texts, in any order. */
export const sameFigures = (a: string, b: string): boolean =>
  JSON.stringify(figuresIn(a).sort((x, y) => x - y)) === JSON.stringify(figuresIn(b).sort((x, y) => x - y));
