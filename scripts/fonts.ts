/**
 * Writes the Arabic font the app ships: Noto Sans Arabic cut down to the characters this
 * project writes (the article, the content, the interface strings and the layer names),
 * with their shaping forms. `npm run fonts` rebuilds it after the words change; a unit test
 * fails when a character is missing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { ARABIC_FONT_FILE, ARABIC_SUBSET_FILE, arabicText, textSources } from './fontText';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const source = require.resolve(`@fontsource/noto-sans-arabic/files/${ARABIC_FONT_FILE}`);

const text = arabicText(textSources(root, readdirSync, (p) => readFileSync(p, 'utf8')));
const subset = await subsetFont(readFileSync(source), text, { targetFormat: 'woff2' });
writeFileSync(`${root}${ARABIC_SUBSET_FILE}`, subset);
writeFileSync(`${root}${ARABIC_SUBSET_FILE}.txt`, `${text}\n`);
console.log(
  `${ARABIC_SUBSET_FILE}: ${[...new Set(text)].length} characters, ${subset.length} bytes (from ${readFileSync(source).length})`,
);
