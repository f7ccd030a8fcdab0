// Minimal typings for the geodata build's untyped dependencies.
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export type TriangleWeight = (triangle: number[][]) => number;
  export function presimplify(topology: Topology, weight?: TriangleWeight): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function quantile(topology: Topology, p: number): number;
  export function filter(
    topology: Topology,
    filter?: (ring: unknown, interior: boolean) => boolean,
  ): Topology;
  export function filterWeight(
    topology: Topology,
    minWeight?: number,
    weight?: (ring: number[][]) => number,
  ): (ring: unknown, interior: boolean) => boolean;
  export function filterAttachedWeight(
    topology: Topology,
    minWeight?: number,
    weight?: (ring: number[][]) => number,
  ): (ring: unknown, interior: boolean) => boolean;
  export function planarRingArea(ring: number[][]): number;
  export function planarTriangleArea(triangle: number[][]): number;
  export function sphericalRingArea(ring: number[][], interior: boolean): number;
  export function sphericalTriangleArea(triangle: number[][]): number;
}

declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
