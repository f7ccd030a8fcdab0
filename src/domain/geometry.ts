/**
 * Pure geometry helpers for deriving the map's layer files: antimeridian cut,
 * clipping to the view, rounding, RFC 7946 winding, great-circle routes.
 * No DOM, no Node APIs: safe to use in the build script and in the browser.
 */
import type {
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { bboxClip } from '@turf/bbox-clip';
import { greatCircle } from '@turf/great-circle';
import { length } from '@turf/length';
import { rewind } from '@turf/rewind';

/** [west, south, east, north] in degrees. */
export type BBox4 = [number, number, number, number];

/** What the layer files cover: wide enough that no view the map allows reaches their edge. */
export const VIEW_BBOX: BBox4 = [0, 20, 130, 72];

export type AreaGeometry = Polygon | MultiPolygon;
export type LinearGeometry = LineString | MultiLineString;

/** Polygons of a Polygon or MultiPolygon as a list of ring lists. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Lines of a LineString or MultiLineString. */
export function linesOf(geometry: LinearGeometry): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** A Polygon for one polygon, a MultiPolygon for several, null for none. */
export function areaFromPolygons(polygons: Position[][][]): AreaGeometry | null {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** A LineString for one line, a MultiLineString for several, null for none. */
export function linearFromLines(lines: Position[][]): LinearGeometry | null {
  if (lines.length === 0) return null;
  if (lines.length === 1) return { type: 'LineString', coordinates: lines[0]! };
  return { type: 'MultiLineString', coordinates: lines };
}

/**
 * Signed planar area of a ring with longitude as x and latitude as y (shoelace):
 * positive when the ring runs counter-clockwise.
 */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum / 2;
}

/**
 * Approximate area of a polygon in square degrees of the equator (longitude
 * shrunk by the cosine of the ring's mean latitude), holes subtracted.
 * Good enough to rank parts and countries by size.
 */
export function polygonArea(rings: Position[][]): number {
  let total = 0;
  rings.forEach((ring, i) => {
    const meanLat = ring.reduce((s, p) => s + p[1]!, 0) / Math.max(ring.length, 1);
    const a = Math.abs(ringSignedArea(ring)) * Math.cos((meanLat * Math.PI) / 180);
    total += i === 0 ? a : -a;
  });
  return total;
}

/** The polygon (rings) with the largest area. */
export function largestPolygon(geometry: AreaGeometry): Position[][] {
  let best: Position[][] = [];
  let bestArea = -Infinity;
  for (const rings of polygonsOf(geometry)) {
    const a = polygonArea(rings);
    if (a > bestArea) {
      best = rings;
      bestArea = a;
    }
  }
  return best;
}

/** Make a ring's longitudes continuous (no jump over 180°) by adding multiples of 360. */
function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  ring.forEach((p, i) => {
    if (i > 0) {
      const d = p[0]! - ring[i - 1]![0]!;
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    out.push([p[0]! + offset, p[1]!]);
  });
  return out;
}

function shiftRing(ring: Position[], dx: number): Position[] {
  return ring.map((p) => [p[0]! + dx, p[1]!]);
}

/** Clip one polygon (rings) to a box; drops the polygon when its exterior vanishes. */
function clipPolygonRings(rings: Position[][], bbox: BBox4): Position[][] | null {
  const clipRing = (ring: Position[]): Position[] | null => {
    const clipped = bboxClip({ type: 'Polygon', coordinates: [ring] }, bbox).geometry;
    if (clipped.type !== 'Polygon') return null;
    const r = clipped.coordinates[0];
    if (!r || r.length < 4 || Math.abs(ringSignedArea(r)) < 1e-12) return null;
    return r;
  };
  const exterior = rings[0] ? clipRing(rings[0]) : null;
  if (!exterior) return null;
  const holes = rings.slice(1).map(clipRing).filter((r): r is Position[] => r !== null);
  return [exterior, ...holes];
}

/**
 * Cut polygons that cross the antimeridian (a longitude jump of more than 180°
 * between neighbouring positions) into parts that stay within −180..180, so a
 * flat map does not draw a band across the world. Polygons that do not cross
 * are returned unchanged. Rings that circle a pole are left as they are.
 */
export function cutAtAntimeridian(geometry: AreaGeometry): AreaGeometry | null {
  const out: Position[][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const crosses = rings.some((ring) =>
      ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180),
    );
    if (!crosses) {
      out.push(rings);
      continue;
    }
    const exterior = unwrapRing(rings[0] ?? []);
    const first = exterior[0]?.[0] ?? 0;
    const last = exterior[exterior.length - 1]?.[0] ?? 0;
    if (Math.abs(first - last) > 1e-9) {
      // Circles a pole: cannot be cut into simple parts this way.
      out.push(rings);
      continue;
    }
    const holes = rings.slice(1).map((ring) => {
      const h = unwrapRing(ring);
      const k = Math.round((first - (h[0]?.[0] ?? first)) / 360);
      return shiftRing(h, k * 360);
    });
    const unwrapped = [exterior, ...holes];
    const lons = exterior.map((p) => p[0]!);
    const minK = Math.floor((Math.min(...lons) + 180) / 360);
    const maxK = Math.floor((Math.max(...lons) + 180) / 360);
    for (let k = minK; k <= maxK; k++) {
      const box: BBox4 = [-180 + 360 * k, -90, 180 + 360 * k, 90];
      const part = clipPolygonRings(unwrapped, box);
      if (part) out.push(part.map((ring) => shiftRing(ring, -360 * k)));
    }
  }
  return areaFromPolygons(out);
}

/** Clip a polygonal or linear geometry to a box; null when nothing is left. */
export function clipToBbox<G extends AreaGeometry | LinearGeometry>(
  geometry: G,
  bbox: BBox4,
): (G extends AreaGeometry ? AreaGeometry : LinearGeometry) | null;
export function clipToBbox(
  geometry: AreaGeometry | LinearGeometry,
  bbox: BBox4,
): AreaGeometry | LinearGeometry | null {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const parts = polygonsOf(geometry)
      .map((rings) => clipPolygonRings(rings, bbox))
      .filter((p): p is Position[][] => p !== null);
    return areaFromPolygons(parts);
  }
  const lines: Position[][] = [];
  for (const line of linesOf(geometry)) {
    const clipped = bboxClip({ type: 'LineString', coordinates: line }, bbox).geometry;
    const parts =
      clipped.type === 'LineString'
        ? [clipped.coordinates]
        : clipped.type === 'MultiLineString'
          ? clipped.coordinates
          : [];
    for (const part of parts) if (part.length >= 2) lines.push(part);
  }
  return linearFromLines(lines);
}

/** Round a number to a number of decimals, without negative zero. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
}

/** Round positions and drop consecutive duplicates. */
function roundPath(path: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const r = roundPosition(p, decimals);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  return out;
}

/** A rounded, closed ring, or null when it collapses (fewer than 4 positions or no area). */
function roundRing(ring: Position[], decimals: number): Position[] | null {
  const r = roundPath(ring, decimals);
  const a = r[0];
  const b = r[r.length - 1];
  if (a && b && (a[0] !== b[0] || a[1] !== b[1])) r.push([a[0]!, a[1]!]);
  if (r.length < 4 || ringSignedArea(r) === 0) return null;
  return r;
}

/**
 * Round every position to `decimals` decimals (2D), drop repeated positions and
 * the rings, polygons and lines that collapse. Null when nothing is left.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G | null;
export function roundGeometry(geometry: Geometry, decimals: number): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
    case 'MultiPoint':
      return {
        type: 'MultiPoint',
        coordinates: geometry.coordinates.map((p) => roundPosition(p, decimals)),
      };
    case 'LineString':
    case 'MultiLineString': {
      const lines = linesOf(geometry)
        .map((l) => roundPath(l, decimals))
        .filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return geometry.type === 'LineString'
        ? { type: 'LineString', coordinates: lines[0]! }
        : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons: Position[][][] = [];
      for (const rings of polygonsOf(geometry)) {
        const exterior = rings[0] ? roundRing(rings[0], decimals) : null;
        if (!exterior) continue;
        const holes = rings
          .slice(1)
          .map((r) => roundRing(r, decimals))
          .filter((r): r is Position[] => r !== null);
        polygons.push([exterior, ...holes]);
      }
      if (polygons.length === 0) return null;
      return geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    }
    case 'GeometryCollection':
      return geometry;
  }
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindRfc7946<G extends Geometry>(geometry: G): G {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  return rewind(geometry, { reverse: false, mutate: false }) as G;
}

/**
 * Everything a polygon layer needs: cut at the antimeridian, clip to the box,
 * round, rewind. Null when nothing is left inside the box.
 */
export function prepareArea(
  geometry: AreaGeometry,
  bbox: BBox4,
  decimals: number,
): AreaGeometry | null {
  const cut = cutAtAntimeridian(geometry);
  if (!cut) return null;
  const clipped = clipToBbox(cut, bbox);
  if (!clipped) return null;
  const rounded = roundGeometry(clipped, decimals);
  return rounded ? rewindRfc7946(rounded) : null;
}

/** Clip a linear geometry to the box and round it. */
export function prepareLines(
  geometry: LinearGeometry,
  bbox: BBox4,
  decimals: number,
): LinearGeometry | null {
  const clipped = clipToBbox(geometry, bbox);
  return clipped ? roundGeometry(clipped, decimals) : null;
}

export interface Route {
  geometry: LineString;
  /** Great-circle length in whole kilometres. */
  length_km: number;
}

/**
 * The great-circle route between two [lon, lat] positions, as a LineString
 * with `npoints` positions rounded to `decimals`, and its length in kilometres.
 * Routes that would cross the antimeridian are not supported (none in this view).
 */
export function greatCircleRoute(
  from: Position,
  to: Position,
  npoints = 48,
  decimals = 3,
): Route {
  const line = greatCircle(from, to, { npoints });
  if (line.geometry.type !== 'LineString') {
    throw new Error('great-circle route crosses the antimeridian');
  }
  const coordinates = line.geometry.coordinates.map((p) => roundPosition(p, decimals));
  // Keep the ends exactly on the given places.
  coordinates[0] = roundPosition(from, decimals);
  coordinates[coordinates.length - 1] = roundPosition(to, decimals);
  const km = length(line, { units: 'kilometers' });
  return { geometry: { type: 'LineString', coordinates }, length_km: Math.round(km) };
}

/** How far along a→b (0 to 1) the segment crosses c→d, or null where it does not. */
function crossingAt(a: Position, b: Position, c: Position, d: Position): number | null {
  const [ax = 0, ay = 0] = a;
  const [rx, ry] = [(b[0] ?? 0) - ax, (b[1] ?? 0) - ay];
  const [sx, sy] = [(d[0] ?? 0) - (c[0] ?? 0), (d[1] ?? 0) - (c[1] ?? 0)];
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const [qx, qy] = [(c[0] ?? 0) - ax, (c[1] ?? 0) - ay];
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}

/**
 * The line up to where it first meets the area's outline, unchanged if it never does. A route
 * to a city stops at the city's edge, so the city's own area stays free to be clicked.
 */
export function untilArea(line: Position[], area: AreaGeometry): Position[] {
  const rings = polygonsOf(area).flat();
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1] as Position, line[i] as Position];
    const hits = rings.flatMap((ring) =>
      ring.slice(1).flatMap((d, j) => crossingAt(a, b, ring[j] as Position, d) ?? []),
    );
    if (hits.length === 0) continue;
    const t = Math.min(...hits);
    return [...line.slice(0, i), [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))]];
  }
  return line;
}
