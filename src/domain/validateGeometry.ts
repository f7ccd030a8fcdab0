/**
 * Checks of a feature's geometry: RFC 7946 structure (positions, closed rings, winding),
 * the types a layer allows, and a bound on its size. Pure.
 */
import { describeValue } from './describeValue';
import { ringSignedArea } from './geometry';
import type { GeometryType } from './layerFiles';

/** More positions than this in one feature is a mistake (or an attack), not a map. */
export const MAX_POSITIONS_PER_FEATURE = 200_000;

const DEPTH: Record<GeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/**
 * Number of positions (arrays at `depth`), counting no further than `limit + 1`
 * and visiting no more than a bounded number of nodes.
 */
function countPositions(coordinates: unknown, depth: number, limit: number): number {
  let count = 0;
  const stack: [unknown, number][] = [[coordinates, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (!Array.isArray(node)) continue;
    if (d === depth) {
      count++;
      if (count > limit) return count;
      continue;
    }
    for (let i = node.length - 1; i >= 0; i--) {
      if (Array.isArray(node[i])) stack.push([node[i], d + 1]);
    }
  }
  return count;
}

/** What is wrong with one position, or null. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p)) return `is ${describeValue(p)}, not a [longitude, latitude] pair`;
  if (p.some((v) => Array.isArray(v))) return 'is nested too deeply (a list where a number belongs)';
  if (p.length !== 2 && p.length !== 3) return `has ${p.length} values (expected 2 or 3 numbers)`;
  const [lon, lat] = p as unknown[];
  for (const [name, v] of [
    ['longitude', lon],
    ['latitude', lat],
    ['altitude', p[2]],
  ] as const) {
    if (name === 'altitude' && p.length === 2) continue;
    if (typeof v !== 'number') return `${name} is ${describeValue(v)}, not a number`;
    if (!Number.isFinite(v)) return `${name} is not a finite number`;
  }
  if ((lon as number) < -180 || (lon as number) > 180) return `longitude ${String(lon)} is outside −180..180`;
  if ((lat as number) < -90 || (lat as number) > 90) return `latitude ${String(lat)} is outside −90..90`;
  return null;
}

/** First problem among a list of positions, with a count of the others. */
function positionsProblem(list: unknown[], where: string): string | null {
  let first: string | null = null;
  let more = 0;
  for (const [i, p] of list.entries()) {
    const problem = positionProblem(p);
    if (!problem) continue;
    if (first === null) first = `${where}, position ${i + 1}: ${problem}`;
    else more++;
  }
  if (first === null) return null;
  return more ? `${first} (and ${more} more bad position${more === 1 ? '' : 's'})` : first;
}

function lineProblems(line: unknown, where: string): string[] {
  if (!Array.isArray(line)) return [`${where} is ${describeValue(line)}, not a list of positions`];
  const bad = positionsProblem(line, where);
  if (bad) return [bad];
  if (line.length < 2) return [`${where} has ${line.length} position${line.length === 1 ? '' : 's'} (a line needs at least 2)`];
  return [];
}

function ringProblems(ring: unknown, where: string, exterior: boolean): string[] {
  if (!Array.isArray(ring)) return [`${where} is ${describeValue(ring)}, not a list of positions`];
  const bad = positionsProblem(ring, where);
  if (bad) return [bad];
  const r = ring as number[][];
  if (r.length < 4) return [`${where} has ${r.length} positions (a ring needs at least 4)`];
  const a = r[0]!;
  const b = r[r.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) {
    return [`${where} is not closed (its last position differs from its first)`];
  }
  const area = ringSignedArea(r);
  if (area === 0) return [`${where} has no area`];
  if (exterior && area < 0) return [`${where} runs clockwise; RFC 7946 wants exterior rings counter-clockwise`];
  if (!exterior && area > 0) return [`${where} runs counter-clockwise; RFC 7946 wants holes clockwise`];
  return [];
}

function polygonProblems(rings: unknown, where: string): string[] {
  if (!Array.isArray(rings)) return [`${where} is ${describeValue(rings)}, not a list of rings`];
  // `where` is a prefix for the rings ("" or "polygon 2, "): the polygon itself is named here.
  if (rings.length === 0) return [`${where.replace(/, $/, '') || 'polygon'} has no rings`];
  return rings.flatMap((ring, i) =>
    ringProblems(ring, i === 0 ? `${where}exterior ring` : `${where}hole ${i}`, i === 0),
  );
}

/** Problems of one feature's geometry, in a layer that allows the `allowed` types. */
export function geometryProblems(geometry: unknown, allowed: readonly GeometryType[]): string[] {
  if (geometry === null || geometry === undefined) return ['has no geometry'];
  if (typeof geometry !== 'object' || Array.isArray(geometry)) return ['geometry is not an object'];
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'GeometryCollection') return ['geometry is a GeometryCollection, which layer files do not use'];
  if (typeof g.type !== 'string' || !(g.type in DEPTH)) {
    return [`geometry type ${describeValue(g.type)} is not a GeoJSON geometry type`];
  }
  const type = g.type as GeometryType;
  const problems: string[] = [];
  if (!allowed.includes(type)) {
    problems.push(`geometry type ${type} is not allowed in this layer (expected ${allowed.join(' or ')})`);
  }
  const c = g.coordinates;
  if (!Array.isArray(c)) return [...problems, `geometry has no coordinates list (got ${describeValue(c)})`];
  const count = countPositions(c, DEPTH[type], MAX_POSITIONS_PER_FEATURE);
  if (count > MAX_POSITIONS_PER_FEATURE) {
    return [...problems, `geometry has more than ${MAX_POSITIONS_PER_FEATURE} positions; simplify it`];
  }
  switch (type) {
    case 'Point': {
      const p = positionProblem(c);
      if (p) problems.push(`point ${p}`);
      break;
    }
    case 'MultiPoint': {
      const p = positionsProblem(c, 'points');
      if (p) problems.push(p);
      break;
    }
    case 'LineString':
      problems.push(...lineProblems(c, 'line'));
      break;
    case 'MultiLineString':
      if (c.length === 0) problems.push('MultiLineString has no lines');
      c.forEach((line, i) => problems.push(...lineProblems(line, `line ${i + 1}`)));
      break;
    case 'Polygon':
      problems.push(...polygonProblems(c, ''));
      break;
    case 'MultiPolygon':
      if (c.length === 0) problems.push('MultiPolygon has no polygons');
      c.forEach((poly, i) => problems.push(...polygonProblems(poly, `polygon ${i + 1}, `)));
      break;
  }
  return problems;
}
