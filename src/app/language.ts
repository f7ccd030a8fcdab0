import { initI18n } from './i18n';
import { urlStore } from './urlStore';

/**
 * The interface in the language the page opens in. The entry imports this right after the story,
 * so its strings are asked for while the rest of the app's modules still load and run.
 */
export const i18nReady = initI18n(urlStore.get().lang);
