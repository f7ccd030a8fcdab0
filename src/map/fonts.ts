import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import arabic from '../assets/fonts/noto-sans-arabic-subset.woff2?url';

/** A font file of the map's labels and the characters it draws. */
export interface FontFile {
  url: string;
  'unicode-range': string[];
}

/**
 * The map's font files by script, as the page's own @font-face rules cut them. MapLibre fetches a
 * file only when a label needs one of its characters, so Cyrillic costs nothing until Russian shows.
 */
export const FONT_FILES: readonly FontFile[] = [
  { url: latin, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] },
  { url: cyrillic, 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
  { url: arabic, 'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFF'] },
];
