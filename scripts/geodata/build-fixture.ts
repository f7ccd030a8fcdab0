/**
 * Rebuilds the layer files of the engine's test story (tests/fixtures/stories/caucasus/geodata/)
 * from the built countries and places and the installed world-atlas topology, and checks them
 * against that story before writing. Deterministic, like the geodata build.
 *
 *   npm run geodata:fixture
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { formatProblem } from '../../src/domain/validate';
import { storyCheck } from './check';
import type { OutFeature } from './features';
import { CAUCASUS, fixtureLayers } from './fixture';
import { worldCountries } from './countries';
import { OUT_DIR, ROOT, packageFile, readJson } from './inputs';
import { sharedBorder } from './story';
import { render } from './write';

const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/stories/caucasus');

const built = (name: string) => readJson<FeatureCollection>(path.join(OUT_DIR, name)).features as OutFeature[];
const world = worldCountries(readJson<Topology>(packageFile('world-atlas', 'countries-50m.json')));
const rendered = render(fixtureLayers(CAUCASUS, built('countries.geojson'), built('places.geojson'), (a, b) => sharedBorder(world, a, b)));

const check = await storyCheck(FIXTURE_DIR);
const problems = Object.entries(rendered.texts).flatMap(([name, text]) => check(name, text).map(formatProblem));
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`geodata:fixture: the built files do not validate (${problems.length} problems); nothing written`);
  process.exit(1);
}
const dir = path.join(FIXTURE_DIR, 'geodata');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(rendered.texts)) fs.writeFileSync(path.join(dir, name), text);
console.log(`geodata:fixture: ${Object.keys(rendered.texts).join(', ')} in ${path.relative(ROOT, dir)}`);
