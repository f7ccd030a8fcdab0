/** What a layer file (geodata/*.geojson) may hold, and which expectation a file name picks. Pure. */
import type { BaseProps } from './features';
import type { PropRule } from './validateProps';

export type GeometryType =
  | 'Point'
  | 'MultiPoint'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon';

/** What one layer file may hold. */
export interface LayerExpectation {
  geometry: readonly GeometryType[];
  /** Properties every feature of the file must have, beyond id and a name in each language (`name_<lang>`, one per language of `LANGS`). */
  required?: readonly (keyof BaseProps)[];
  /** Allowed values of `kind`, when the file restricts them. */
  kinds?: readonly string[];
  /** Whether the names (`name_<lang>`) may be empty strings (unnamed rivers and lakes). */
  emptyNames?: boolean;
  /** The properties the layers drawing the file read, beyond the base ones, one rule per property (see `expectations`). */
  props?: readonly PropRule[];
}

/** What each layer file may hold, by file id (the story's file registry). */
export type Expectations = Readonly<Record<string, LayerExpectation>>;

/**
 * The expectation for a file name: the part of its base name before the first
 * dot names the layer (`countries.geojson`, `places.duplicate-id.geojson`).
 */
export function expectationFor(fileName: string, files: Expectations): { layer: string; expect: LayerExpectation } | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const layer = base.split('.')[0] ?? '';
  const expect = Object.prototype.hasOwnProperty.call(files, layer) ? files[layer] : undefined;
  return expect ? { layer, expect } : null;
}
