import { describe, expect, it } from 'vitest';
import { LAYER_FILES, expectationFor } from './layerFiles';

describe('expectationFor', () => {
  it('knows every layer file by name', () => {
    expect(Object.keys(LAYER_FILES).sort()).toEqual(
      ['almaty', 'countries', 'csto', 'episodes', 'labels', 'places', 'protest', 'regions', 'water'],
    );
    expect(expectationFor('geodata/places.geojson')?.layer).toBe('places');
    expect(expectationFor('places.duplicate-id.geojson')?.layer).toBe('places');
    expect(expectationFor('roads.geojson')).toBeNull();
  });

  it('reads the layer from the base name, whatever the folder', () => {
    expect(expectationFor('C:\\data\\water.geojson')?.expect).toBe(LAYER_FILES.water);
    expect(expectationFor('places/countries.geojson')?.layer).toBe('countries');
  });

  it('takes no inherited name for a layer', () => {
    expect(expectationFor('constructor.geojson')).toBeNull();
    expect(expectationFor('toString.geojson')).toBeNull();
  });
});
