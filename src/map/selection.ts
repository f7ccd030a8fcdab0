import type { FeatureCollection, Geometry } from 'geojson';
import { selectionId, type BaseProps, type LayerCollection } from '../domain/features';
import { FROM_FILE } from './kinds/expressions';

type SelectionCollection = FeatureCollection<Geometry, BaseProps & { [FROM_FILE]: string }>;

/**
 * What the selection source holds for `id`: every feature of every file, as the file is drawn
 * now, that a click on it would select, marked with its file; nothing while nothing is selected.
 */
export function selectionData(files: ReadonlyMap<string, LayerCollection>, id: string | null): SelectionCollection {
  if (id === null) return { type: 'FeatureCollection', features: [] };
  const features = [...files].flatMap(([file, data]) =>
    data.features
      .filter((f) => selectionId(f.properties) === id)
      .map((f) => ({ ...f, properties: { ...f.properties, [FROM_FILE]: file } })),
  );
  return { type: 'FeatureCollection', features };
}
