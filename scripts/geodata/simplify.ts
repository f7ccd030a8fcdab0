/** Simplification with topology kept: an arc two shapes share is simplified once, for both. */
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/** Visvalingam tolerance: smallest triangle area kept, in square degrees. */
export const COUNTRY_MIN_WEIGHT = 0.003;
export const REGION_MIN_WEIGHT = 0.001;
export const WATER_MIN_WEIGHT = 0.003;
/** Rings (islands, lakes) smaller than this, in square degrees, are dropped unless attached. */
export const MIN_RING_AREA = 0.01;

/** Simplified arcs, without ring filtering: every shape survives whole. */
export const simplifyArcs = (topology: Topology, minWeight: number): Topology => simplify(presimplify(topology), minWeight);

/** Simplified arcs, and rings smaller than `minRingArea` dropped unless attached to another shape. */
export function simplifyTopology(topology: Topology, minWeight: number, minRingArea: number): Topology {
  const simplified = simplifyArcs(topology, minWeight);
  return filter(simplified, filterAttachedWeight(simplified, minRingArea));
}
