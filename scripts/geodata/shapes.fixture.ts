/** Shapes for the geodata build's unit tests. */
import type { Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { worldCountries, type World } from './countries';
import { packageFile, readJson } from './inputs';

/** A counter-clockwise square with its south-west corner at (x, y). */
export const square = (x: number, y: number, size = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

/** The countries of the installed world-atlas package, as the build makes them. */
export const installedWorld = (): World => worldCountries(readJson<Topology>(packageFile('world-atlas', 'countries-50m.json')));
