/**
 * The languages the app speaks: each is this one entry plus its words (src/strings, the story's
 * strings and translations, the layer files' `name_<lang>`). `name` is the language's own name
 * for it; Western digits in all, as the article writes them.
 */
const LANGUAGES = {
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
  en: { name: 'English', dir: 'ltr', locale: 'en-GB' },
  ru: { name: 'Русский', dir: 'ltr', locale: 'ru-RU' },
} as const satisfies Record<string, { name: string; dir: 'rtl' | 'ltr'; locale: string }>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];
/** A text, or anything else, in each of the app's languages. */
export type ByLang<T = string> = Readonly<Record<Lang, T>>;

/** The direction a language is written in. */
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => LANGUAGES[lang].dir;
/** The locale a language's numbers and dates are formatted in. */
export const localeOf = (lang: Lang): string => LANGUAGES[lang].locale;
/** A language's name in itself ("Русский"), as a language menu lists it. */
export const nameOf = (lang: Lang): string => LANGUAGES[lang].name;
/** One of our languages, for an i18next language tag; English for any other. */
export const asLang = (tag: string): Lang => LANGS.find((l) => l === tag) ?? 'en';
