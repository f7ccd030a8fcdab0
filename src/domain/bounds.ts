import bbox from '@turf/bbox';
import type { Feature } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** The box around some features, or null when there are none. */
export function featureBounds(features: readonly Feature[]): Bounds | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...features] });
  return [
    [w, s],
    [e, n],
  ];
}
