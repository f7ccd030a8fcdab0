/** The layer files (geodata/*.geojson) and what each may hold. Pure. */
import type { BaseProps } from './features';

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
  /** Properties every feature of the file must have, beyond id, name_en and name_ar. */
  required?: readonly (keyof BaseProps)[];
  /** Allowed values of `kind`, when the file restricts them. */
  kinds?: readonly string[];
  /** Whether name_en and name_ar may be empty strings (unnamed rivers and lakes). */
  emptyNames?: boolean;
}

const AREA: GeometryType[] = ['Polygon', 'MultiPolygon'];
const LINE: GeometryType[] = ['LineString', 'MultiLineString'];

/** The layer files and what each expects, by file name without `.geojson`. */
export const LAYER_FILES: Readonly<Record<string, LayerExpectation>> = {
  countries: { geometry: AREA, kinds: ['country', 'disputed'] },
  labels: { geometry: ['Point'], required: ['rank'] },
  water: { geometry: [...AREA, ...LINE], required: ['kind'], kinds: ['lake', 'river'], emptyNames: true },
  regions: { geometry: AREA, kinds: ['region'] },
  places: { geometry: ['Point'], required: ['kind'], kinds: ['capital', 'city'] },
  protest: { geometry: [...AREA, 'Point', ...LINE] },
  almaty: { geometry: [...AREA, 'Point'] },
  csto: { geometry: [...AREA, 'Point', ...LINE] },
  episodes: { geometry: ['Point', ...LINE], required: ['kind', 'excerpts'], kinds: ['episode'] },
};

/**
 * The expectation for a file name: the part of its base name before the first
 * dot names the layer (`countries.geojson`, `places.duplicate-id.geojson`).
 */
export function expectationFor(fileName: string): { layer: string; expect: LayerExpectation } | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const layer = base.split('.')[0] ?? '';
  const expect = Object.prototype.hasOwnProperty.call(LAYER_FILES, layer) ? LAYER_FILES[layer] : undefined;
  return expect ? { layer, expect } : null;
}
