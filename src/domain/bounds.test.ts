import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureBounds } from './bounds';

const point = (lon: number, lat: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('featureBounds', () => {
  it('spans every feature', () => {
    expect(featureBounds([point(52.8, 43.3), point(76.9, 43.3), point(71.4, 51.2)])).toEqual([
      [52.8, 43.3],
      [76.9, 51.2],
    ]);
  });

  it('is null for nothing', () => {
    expect(featureBounds([])).toBeNull();
  });
});
