import * as topojson from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { simplifyArcs, simplifyTopology } from './simplify';

/** One country: a 10° square with a point that barely bends its south side, and a 0.05° island. */
const topology = (): Topology => ({
  type: 'Topology',
  arcs: [
    [[0, 0], [5, 0.0001], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[20, 20], [20.05, 20], [20.05, 20.05], [20, 20.05], [20, 20]],
  ],
  objects: {
    land: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: [[[0]], [[1]]] }] },
  },
});
const polygons = (t: Topology) =>
  (topojson.feature(t, (t.objects.land as GeometryCollection).geometries[0]!) as unknown as { geometry: MultiPolygon }).geometry
    .coordinates;

describe('simplifyArcs', () => {
  it('drops positions whose triangle is below the weight, and keeps every ring', () => {
    const p = polygons(simplifyArcs(topology(), 0.003));
    expect(p).toHaveLength(2);
    expect(p[0]![0]).toHaveLength(5);
    expect(p[0]![0]).not.toContainEqual([5, 0.0001]);
  });
});

describe('simplifyTopology', () => {
  it('also drops rings smaller than the ring area', () => {
    const p = polygons(simplifyTopology(topology(), 0.003, 0.01));
    expect(p).toHaveLength(1);
    expect(p[0]![0]).toHaveLength(5);
  });
});
