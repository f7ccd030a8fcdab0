/**
 * Rebuilds the layer files of the engine's test story (tests/fixtures/stories/caucasus/geodata/)
 * from the built countries and places and the installed world-atlas topology, and checks them
 * against that story before writing. Deterministic, like the geodata build.
 *
 *   npm run geodata:fixture
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { formatProblem } from '../../src/domain/validate';
import type { Lang } from '../../src/domain/lang';
import { ARTICLE_LANG, storyCheck, tablesCheck } from './check';
import { fixtureTexts, sharedTexts } from './fixture';
import { worldCountries } from './countries';
import { OUT_DIR, ROOT, packageFile, readJson } from './inputs';
import { sharedBorder } from './story';

const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/stories/caucasus');

const own = readJson<{ articleLang: Lang }>(path.join(FIXTURE_DIR, 'meta.json')).articleLang;
const world = worldCountries(readJson<Topology>(packageFile('world-atlas', 'countries-50m.json')));
const texts = fixtureTexts(OUT_DIR, (a, b) => sharedBorder(world, a, b), ARTICLE_LANG, own);

const check = await storyCheck(FIXTURE_DIR);
const problems = [
  ...Object.entries(texts).flatMap(([name, text]) => (name.endsWith('.geojson') ? check(name, text).map(formatProblem) : [])),
  ...tablesCheck({ ...texts, ...sharedTexts(OUT_DIR) }, own),
];
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`geodata:fixture: the built files do not validate (${problems.length} problems); nothing written`);
  process.exit(1);
}
const dir = path.join(FIXTURE_DIR, 'geodata');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(dir, name), text);
console.log(`geodata:fixture: ${Object.keys(texts).join(', ')} in ${path.relative(ROOT, dir)}`);
