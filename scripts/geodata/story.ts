/**
 * The story's layers: the places the article names, the protest's start and spread, Almaty
 * and its airport, the CSTO's members, troops and routes, and the article's episodes.
 */
import { lineSplit } from '@turf/line-split';
import type { LineString } from 'geojson';
import * as topojson from 'topojson-client';
import { VIEW_BBOX, greatCircleRoute, prepareLines, roundPosition, type AreaGeometry, type LinearGeometry } from '../../src/domain/geometry';
import { CSTO, type Country, type World } from './countries';
import type { EpisodeFact, Place, Region } from './facts';
import {
  LINE_DECIMALS,
  annotated,
  feature,
  nameKey,
  namesBy,
  namesOf,
  noteOf,
  point,
  props,
  type Annotations,
  type Names,
  type OutFeature,
} from './features';

/** The names of a line between two places: "A – B" in each language. */
const between = (a: Names, b: Names): Names => namesBy((l) => `${a[nameKey(l)]} – ${b[nameKey(l)]}`);

/** Places the story layers draw themselves, not places.geojson. */
const THEMATIC_PLACES = new Set(['zhanaozen', 'almaty', 'almaty_airport']);

/** places.geojson: every place of places.csv but those the story layers draw. */
export const placeFeatures = (places: Place[], annotations: Annotations): OutFeature[] =>
  places
    .filter((p) => !THEMATIC_PLACES.has(p.id))
    .map((p) =>
      feature(point(p.lon, p.lat), annotated(annotations, 'places', { id: p.id, ...namesOf(p), kind: p.kind })),
    );

/**
 * A line to Almaty drawn up to where it first meets the city's outline: inside, the city's own
 * area and dot are what a click opens, even at the deepest zoom. Unchanged if it never meets it.
 */
export function untilArea(line: LineString, area: AreaGeometry): LineString {
  const [first] = lineSplit(line, { type: 'Feature', geometry: area, properties: {} }).features;
  if (!first) return line;
  return { type: 'LineString', coordinates: first.geometry.coordinates.map((p) => roundPosition(p, LINE_DECIMALS)) };
}

/** protest.geojson: Mangystau, Zhanaozen where it began, and the line of its spread to Almaty. */
export function protestFeatures(
  place: (id: string) => Place,
  mangystau: Region,
  mangystauGeometry: AreaGeometry,
  city: AreaGeometry,
  annotations: Annotations,
): OutFeature[] {
  const almaty = place('almaty');
  const zhanaozen = place('zhanaozen');
  const spread = greatCircleRoute([zhanaozen.lon, zhanaozen.lat], [almaty.lon, almaty.lat], 48, LINE_DECIMALS);
  return [
    feature(
      mangystauGeometry,
      annotated(annotations, 'protest', { id: 'mangystau', ...namesOf(mangystau), kind: 'region' }),
    ),
    feature(
      point(zhanaozen.lon, zhanaozen.lat),
      annotated(annotations, 'protest', { id: 'zhanaozen', ...namesOf(zhanaozen), kind: 'city' }),
    ),
    feature(
      untilArea(spread.geometry, city),
      annotated(annotations, 'protest', {
        id: 'spread-west-almaty',
        ...between(zhanaozen, almaty),
        kind: 'spread',
        length_km: spread.length_km,
      }),
    ),
  ];
}

/** almaty.geojson: the city's area, its point (which selects the area) and its airport. */
export function almatyFeatures(place: (id: string) => Place, cityGeometry: AreaGeometry, annotations: Annotations): OutFeature[] {
  const almaty = place('almaty');
  const airport = place('almaty_airport');
  return [
    feature(cityGeometry, annotated(annotations, 'almaty', { id: 'almaty', ...namesOf(almaty), kind: 'city' })),
    feature(
      point(almaty.lon, almaty.lat),
      annotated(annotations, 'almaty', { id: 'almaty-point', ...namesOf(almaty), ref: 'almaty', kind: 'city' }),
    ),
    feature(
      point(airport.lon, airport.lat),
      annotated(annotations, 'almaty', { id: 'almaty_airport', ...namesOf(airport), kind: 'airport' }),
    ),
  ];
}

/** The capital each contributing member sent its troops from. */
const CONTRIBUTOR_CAPITAL: Record<string, string> = {
  RUS: 'moscow',
  BLR: 'minsk',
  ARM: 'yerevan',
  KGZ: 'bishkek',
  TJK: 'dushanbe',
};

/**
 * csto.geojson: the members' shapes, then a troop symbol at each contributor's capital,
 * then each contributor's route from its capital to Almaty.
 */
export function cstoFeatures(
  countries: Country[],
  place: (id: string) => Place,
  city: AreaGeometry,
  annotations: Annotations,
): OutFeature[] {
  const country = (id: string): Country => {
    const c = countries.find((x) => x.id === id);
    if (!c) throw new Error(`country ${id} is not in the view`);
    return c;
  };
  const contributors = CSTO.filter((id) => CONTRIBUTOR_CAPITAL[id]);
  const members = CSTO.map((id) => {
    const c = country(id);
    if (!noteOf(annotations, 'csto', id).role) throw new Error(`annotations.json: csto.${id} has no role`);
    return feature(c.geometry, annotated(annotations, 'csto', { id, ...namesOf(c), kind: 'country' }));
  });
  const troops = contributors.map((id) => {
    const c = country(id);
    const capital = place(CONTRIBUTOR_CAPITAL[id]!);
    const count = noteOf(annotations, 'csto', id).troops;
    if (count === undefined) throw new Error(`annotations.json: csto.${id} has no troops`);
    return feature(
      point(capital.lon, capital.lat),
      props({ id: `${id}-troops`, ...namesOf(c), ref: id, kind: 'troops', troops: count }),
    );
  });
  const almaty = place('almaty');
  const routes = contributors.map((id) => {
    const capital = place(CONTRIBUTOR_CAPITAL[id]!);
    const route = greatCircleRoute([capital.lon, capital.lat], [almaty.lon, almaty.lat], 64, LINE_DECIMALS);
    return feature(
      untilArea(route.geometry, city),
      props({
        id: `${id}-route`,
        ...between(capital, almaty),
        ref: id,
        kind: 'route',
        length_km: route.length_km,
      }),
    );
  });
  return [...members, ...troops, ...routes];
}

/**
 * The border two countries share, as drawn in countries.geojson: the arcs of the
 * simplified country topology that lie between exactly these two countries.
 */
export function sharedBorder(world: Pick<World, 'topology' | 'object' | 'sourceById'>, a: string, b: string): LinearGeometry {
  const ga = world.sourceById.get(a);
  const gb = world.sourceById.get(b);
  if (!ga || !gb) throw new Error(`episodes: ${a} or ${b} is not in the country topology`);
  const mesh = topojson.mesh(
    world.topology,
    world.object,
    (x: unknown, y: unknown) => (x === ga && y === gb) || (x === gb && y === ga),
  );
  const lines = prepareLines(mesh, VIEW_BBOX, LINE_DECIMALS);
  if (!lines) throw new Error(`episodes: ${a} and ${b} share no border`);
  return lines;
}

/** episodes.geojson: each episode at its place, or along the border it names. */
export function episodeFeatures(
  episodes: EpisodeFact[],
  place: (id: string) => Place,
  border: (a: string, b: string) => LinearGeometry,
): OutFeature[] {
  return episodes.map((e) => {
    const base = { id: e.id, ...namesOf(e), kind: 'episode', excerpts: e.excerpts };
    if (e.at) {
      const p = place(e.at);
      return feature(point(p.lon, p.lat), props(base));
    }
    // A border is no route to Almaty: no `length_km`, so no panel shows a distance for it.
    if (e.border) return feature(border(e.border[0], e.border[1]), props(base));
    throw new Error(`episodes.json: ${e.id} has neither "at" nor "border"`);
  });
}
