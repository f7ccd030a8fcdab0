/**
 * Validates the map's layer files.
 *
 *   npm run validate:geodata            # every geodata/*.geojson and names table, and the test story's
 *   tsx scripts/validate-geodata.ts a.geojson b.geojson
 *   STORY=tests/fixtures/stories/caucasus tsx scripts/validate-geodata.ts   # that story's geodata/, by its own files and excerpts
 *
 * Prints one line per problem ("file: feature: problem") and exits 1 if there is
 * any; otherwise prints a one-line summary and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { featureCount, formatProblem } from '../src/domain/validate';
import type { Lang } from '../src/domain/lang';
import { ARTICLE_LANG, checkFile, storyCheck, tablesCheck } from './geodata/check';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// A story outside src/stories keeps its own layer files in its folder's geodata/.
const story = process.env.STORY;
const dir = story ? path.join(story, 'geodata') : 'geodata';
const check = story ? await storyCheck(story) : checkFile;
const args = process.argv.slice(2);
const files = args.length
  ? args
  : fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.geojson'))
      .sort()
      .map((f) => path.join(dir, f));

if (files.length === 0) {
  console.error('validate:geodata: no .geojson files to check');
  process.exit(1);
}

let problemCount = 0;
let features = 0;
for (const file of files) {
  const shown = path.relative(process.cwd(), path.resolve(file)) || file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`${shown}: (file): cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    problemCount++;
    continue;
  }
  const problems = check(shown, text);
  for (const p of problems) console.log(formatProblem(p));
  problemCount += problems.length;
  features += featureCount(text);
}

// The names tables of the languages the files leave out, against the files beside them; a story
// that serves some of the project's files names them too, and is checked against those.
if (!args.length) {
  const read = (d: string, f: string): [string, string] => [f, fs.readFileSync(path.join(root, d, f), 'utf8')];
  const texts = Object.fromEntries(fs.readdirSync(path.join(root, dir)).filter((f) => /\.(geojson|json)$/.test(f) && f !== 'manifest.json').map((f) => read(dir, f)));
  const named = Object.entries(texts).flatMap(([f, t]) => (f.startsWith('names.') ? Object.keys(JSON.parse(t) as object) : []));
  for (const file of new Set(named)) texts[`${file}.geojson`] ??= read('geodata', `${file}.geojson`)[1];
  const own = story ? (JSON.parse(fs.readFileSync(path.join(story, 'meta.json'), 'utf8')) as { articleLang: Lang }).articleLang : ARTICLE_LANG;
  const problems = tablesCheck(texts, own);
  for (const p of problems) console.log(p);
  problemCount += problems.length;
}

if (problemCount > 0) {
  console.log(`validate:geodata: ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(
  `validate:geodata: ${files.length} file${files.length === 1 ? '' : 's'}, ${features} feature${features === 1 ? '' : 's'}, no problems`,
);
