import type { strings } from '../content/strings';

// A key the English strings lack is a compile error wherever `t` is called.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof strings.en };
  }
}
