import type { Strings } from '@story';

// The story the build is for (vite.config.ts: STORY) types the keys: a key its English strings lack is a compile error wherever `t` is called.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Strings };
  }
}
