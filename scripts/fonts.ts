/**
 * Writes the cut fonts the app ships (FONT_CUTS in ./fontText): Noto Sans Arabic, regular and
 * bold, and Noto Sans Latin bold, each cut down to the characters this project writes (the
 * article, the content, the interface strings and the layer names), with their shaping forms.
 * `npm run fonts` rebuilds them after the words change; a unit test fails when a character is
 * missing from any of them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { charList, FONT_CUTS, KEPT_FEATURES, textSources } from './fontText';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const texts = textSources(root, readdirSync, (p) => readFileSync(p, 'utf8'));
const options = { targetFormat: 'woff2' as const, keepFeatures: KEPT_FEATURES };

for (const cut of FONT_CUTS) {
  const source = readFileSync(require.resolve(cut.source));
  const text = cut.chars(texts);
  const subset = await subsetFont(source, text, options);
  writeFileSync(`${root}${cut.file}`, subset);
  writeFileSync(`${root}${cut.file}.txt`, charList.write(text));
  console.log(`${cut.file}: ${[...text].length} characters, ${subset.length} bytes (from ${source.length})`);
}
