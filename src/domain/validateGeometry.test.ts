import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS_PER_FEATURE, geometryProblems } from './validateGeometry';

const AREA = ['Polygon', 'MultiPolygon'] as const;
const square: number[][] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('geometryProblems', () => {
  it('names a polygon with no rings, alone or within a MultiPolygon', () => {
    expect(geometryProblems({ type: 'Polygon', coordinates: [] }, ['Polygon'])).toEqual(['polygon has no rings']);
    const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    expect(geometryProblems({ type: 'MultiPolygon', coordinates: [square, []] }, ['MultiPolygon'])).toEqual(['polygon 2 has no rings']);
  });

  it('accepts a point, a line and a counter-clockwise polygon with a clockwise hole', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [76.9, 43.3] }, ['Point'])).toEqual([]);
    expect(geometryProblems({ type: 'LineString', coordinates: [[0, 0], [1, 1, 5]] }, ['LineString'])).toEqual([]);
    const hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]];
    expect(geometryProblems({ type: 'Polygon', coordinates: [square, hole] }, AREA)).toEqual([]);
  });

  it('rejects an oversized coordinate array without walking all of it', () => {
    const n = MAX_POSITIONS_PER_FEATURE + 5;
    const ring: number[][] = Array.from({ length: n }, (_, i) => [
      70 + 2 * Math.cos((2 * Math.PI * i) / n),
      45 + 2 * Math.sin((2 * Math.PI * i) / n),
    ]);
    ring.push(ring[0]!);
    expect(geometryProblems({ type: 'Polygon', coordinates: [ring] }, AREA)).toEqual([
      `geometry has more than ${MAX_POSITIONS_PER_FEATURE} positions; simplify it`,
    ]);
  });

  it('reports a number too large to be finite', () => {
    // JSON.parse reads 1e400 as Infinity.
    const { coordinates } = JSON.parse('{"coordinates":[1e400, 43]}') as { coordinates: unknown };
    expect(geometryProblems({ type: 'Point', coordinates }, ['Point'])).toEqual([
      'point longitude is not a finite number',
    ]);
  });

  it('names the first bad position of a ring and counts the rest', () => {
    const geometry = {
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[0, 0], [300, 0], [300, 1], [0, 0]]]],
    };
    expect(geometryProblems(geometry, AREA)).toEqual([
      'polygon 2, exterior ring, position 2: longitude 300 is outside −180..180 (and 1 more bad position)',
    ]);
  });

  it('names a type the layer does not allow and still checks the coordinates', () => {
    expect(geometryProblems({ type: 'LineString', coordinates: [[0, 0]] }, ['Point'])).toEqual([
      'geometry type LineString is not allowed in this layer (expected Point)',
      'line has 1 position (a line needs at least 2)',
    ]);
  });

  it.each([
    [null, 'has no geometry'],
    [[], 'geometry is not an object'],
    [{ type: 'GeometryCollection', geometries: [] }, 'geometry is a GeometryCollection, which layer files do not use'],
    [{ type: 'Circle', coordinates: [0, 0] }, 'geometry type the text "Circle" is not a GeoJSON geometry type'],
    [{ type: 'Polygon' }, 'geometry has no coordinates list (got nothing)'],
    [{ type: 'MultiPolygon', coordinates: [] }, 'MultiPolygon has no polygons'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [2, 2], [0, 0]]] }, 'exterior ring has no area'],
    [{ type: 'MultiLineString', coordinates: [] }, 'MultiLineString has no lines'],
    [{ type: 'MultiPoint', coordinates: [[0, 0], [0, 95]] }, 'points, position 2: latitude 95 is outside −90..90'],
  ])('reports %j as "%s"', (geometry, problem) => {
    expect(geometryProblems(geometry, [...AREA, 'LineString', 'MultiLineString', 'MultiPoint'])).toEqual([problem]);
  });
});
