import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/url';
import { story } from '../domain/story';

const { strings } = story();

export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: strings.en }, ar: { translation: strings.ar } },
    // React escapes text itself; content is never injected as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

