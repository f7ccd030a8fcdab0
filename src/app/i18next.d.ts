import type { Strings } from '@story';
import type { EngineStrings } from '../strings/en';

// The engine's words and those of the story the build is for (vite.config.ts: STORY) type the
// keys: a key their English strings lack is a compile error wherever `t` is called.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EngineStrings & Strings };
  }
}
