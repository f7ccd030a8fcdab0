import { describe, expect, it } from 'vitest';
import { expectationFor, type Expectations } from './layerFiles';

const FILES: Expectations = {
  countries: { geometry: ['Polygon', 'MultiPolygon'] },
  places: { geometry: ['Point'], kinds: ['capital', 'city'] },
  water: { geometry: ['Polygon', 'LineString'], emptyNames: true },
};

describe('expectationFor', () => {
  it('finds a file’s expectation by its name', () => {
    expect(expectationFor('geodata/places.geojson', FILES)?.layer).toBe('places');
    expect(expectationFor('places.duplicate-id.geojson', FILES)?.layer).toBe('places');
    expect(expectationFor('roads.geojson', FILES)).toBeNull();
  });

  it('reads the layer from the base name, whatever the folder', () => {
    expect(expectationFor('C:\\data\\water.geojson', FILES)?.expect).toBe(FILES.water);
    expect(expectationFor('places/countries.geojson', FILES)?.layer).toBe('countries');
  });

  it('takes no inherited name for a layer', () => {
    expect(expectationFor('constructor.geojson', FILES)).toBeNull();
    expect(expectationFor('toString.geojson', FILES)).toBeNull();
  });
});
