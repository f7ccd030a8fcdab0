import { join } from 'node:path';

/** Every file whose words the app can show: the engine's and the story's. */
export function textSources(
  root: string,
  list: (dir: string) => string[],
  read: (path: string) => string,
): string[] {
  const files = [
    ...['src/strings', 'src/stories/kazakhstan-2022'].flatMap((dir) =>
      list(join(root, dir))
        .filter((f) => /\.(ts|txt)$/.test(f) && !f.endsWith('.test.ts'))
        .map((f) => join(root, dir, f)),
    ),
    ...list(join(root, 'geodata'))
      .filter((f) => f.endsWith('.geojson'))
      .map((f) => join(root, 'geodata', f)),
  ];
  return files.map(read);
}

/** The characters of some texts that a test keeps, plus some always kept, in code point order. */
function charsOf(texts: string[], keep: (ch: string) => boolean, always: string): string {
  const chars = new Set<string>(always);
  for (const text of texts) for (const ch of text) if (keep(ch)) chars.add(ch);
  return [...chars].sort().join('');
}

/** The Arabic-script characters in some texts, plus the Arabic digits and punctuation. */
export function arabicText(texts: string[]): string {
  const arabic = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
  return charsOf(texts, (ch) => arabic.test(ch), '،؛؟٠١٢٣٤٥٦٧٨٩ـ');
}

/** What @fontsource/noto-sans's Latin file draws: its unicode-range, without the control characters. */
const LATIN_RANGE: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da],
  [0x2dc, 0x2dc], [0x304, 0x304], [0x308, 0x308], [0x329, 0x329], [0x2000, 0x206f], [0x20ac, 0x20ac],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** Printable ASCII, and the spaces `Intl` puts in numbers and dates (no-break, thin, narrow no-break). */
const LATIN_ALWAYS = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}\u00A0\u2009\u202F`;

/** The characters of some texts that the Latin file draws, plus printable ASCII and the spaces of formatted numbers. */
export function latinText(texts: string[]): string {
  const latin = (ch: string) => {
    const c = ch.codePointAt(0)!;
    return LATIN_RANGE.some(([from, to]) => c >= from && c <= to);
  };
  return charsOf(texts, latin, LATIN_ALWAYS);
}

/** A font file the app ships cut down to the characters it writes. */
export interface FontCut {
  /** The file it is cut from, as a package path. */
  source: string;
  /** The cut file, from the project's root; the characters it was cut for are in `<file>.txt`. */
  file: string;
  /** The characters it keeps, of the texts the app can show. */
  chars: (texts: string[]) => string;
}

/**
 * Every cut font: Noto Sans Arabic at both weights the page uses (the same characters), and Noto
 * Sans Latin in bold (its regular face is the whole file: the map's labels share it, and the
 * bench's MapLibre-only page loads the same file).
 */
export const FONT_CUTS: readonly FontCut[] = [
  {
    source: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
    file: 'src/assets/fonts/noto-sans-arabic-subset.woff2',
    chars: arabicText,
  },
  {
    source: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
    file: 'src/assets/fonts/noto-sans-arabic-700-subset.woff2',
    chars: arabicText,
  },
  {
    source: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
    file: 'src/assets/fonts/noto-sans-latin-700-subset.woff2',
    chars: latinText,
  },
];

/**
 * The OpenType features a cut keeps: those browsers (and the canvas MapLibre and the saved image
 * draw with) apply by themselves to Latin and Arabic text. Features only `font-feature-settings`
 * or `font-variant-*` would turn on (figures, fractions, small capitals, stylistic sets) go.
 */
export const KEPT_FEATURES = [
  'rvrn', 'ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'curs', 'dist',
  'isol', 'init', 'medi', 'med2', 'fina', 'fin2', 'fin3', 'stch', 'mset',
];

/** The record of a cut's characters as written beside it, and read back. */
export const charList = {
  write: (text: string): string => `${text}\n`,
  read: (file: string): string => file.replace(/\n$/, ''),
};
