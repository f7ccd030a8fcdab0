import { join } from 'node:path';

export const ARABIC_FONT_FILE = 'noto-sans-arabic-arabic-400-normal.woff2';
export const ARABIC_SUBSET_FILE = 'src/assets/fonts/noto-sans-arabic-subset.woff2';

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

/** The Arabic-script characters in some texts, plus the Arabic digits and punctuation. */
export function arabicText(texts: string[]): string {
  const chars = new Set<string>('،؛؟٠١٢٣٤٥٦٧٨٩ـ');
  for (const text of texts) for (const ch of text) if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(ch)) chars.add(ch);
  return [...chars].sort().join('');
}
