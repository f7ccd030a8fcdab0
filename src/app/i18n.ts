import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/url';
import { story } from '../domain/story';

/**
 * The interface in the language it opens in. Only that language's strings are loaded: the
 * other arrives when the reader first reaches for it (`loadLanguage`).
 */
export async function initI18n(lang: Lang): Promise<i18n> {
  const strings = await story().strings[lang]();
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { [lang]: { translation: strings } },
    // React escapes text itself; content is never injected as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

/** Adds a language's strings, once; switch to it only when this resolves, so no text shows in the other. */
export async function loadLanguage(i18n: i18n, lang: Lang): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  i18n.addResourceBundle(lang, 'translation', await story().strings[lang]());
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
