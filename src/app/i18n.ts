import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/lang';
import { story } from '../domain/story';
import type { EngineStrings } from '../strings/en';

/** The engine's own words: one module per language (`src/strings/<lang>.ts`, its words exported under the language's code). */
const ENGINE = import.meta.glob<Record<string, EngineStrings>>('../strings/[a-z][a-z].ts');

async function engineWords(lang: Lang): Promise<EngineStrings> {
  const load = ENGINE[`../strings/${lang}.ts`];
  const words = load && (await load())[lang];
  if (!words) throw new Error(`src/strings/${lang}.ts: no strings exported as "${lang}"`);
  return words;
}

/** A language's words: the engine's, with the story's merged in (a story's key sits beside the engine's). */
async function wordsOf(lang: Lang): Promise<[EngineStrings, Record<string, unknown>]> {
  return Promise.all([engineWords(lang), story().strings[lang]()]);
}

function add(i18n: i18n, lang: Lang, [engine, own]: [EngineStrings, Record<string, unknown>]): void {
  i18n.addResourceBundle(lang, 'translation', engine);
  i18n.addResourceBundle(lang, 'translation', own, true, false);
}

/**
 * The interface in the language it opens in. Only that language's strings are loaded: the
 * other arrives when the reader first reaches for it (`loadLanguage`).
 */
export async function initI18n(lang: Lang): Promise<i18n> {
  const words = await wordsOf(lang);
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: {},
    // React escapes text itself; content is never injected as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  add(i18next, lang, words);
  return i18next;
}

/** Adds a language's strings, once; switch to it only when this resolves, so no text shows in the other. */
export async function loadLanguage(i18n: i18n, lang: Lang): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  add(i18n, lang, await wordsOf(lang));
}

