import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { MIN_SPAN_DEG, chapterBounds, featuresFor } from './chapters';

type Props = { id: string; ref?: string };
const fc = (features: FeatureCollection<Geometry, Props>['features']): FeatureCollection<Geometry, Props> => ({
  type: 'FeatureCollection',
  features,
});
const point = (id: string, lon: number, lat: number, ref?: string) => ({
  type: 'Feature' as const,
  properties: ref ? { id, ref } : { id },
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});
const box = (id: string, w: number, s: number, e: number, n: number) => ({
  type: 'Feature' as const,
  properties: { id },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
  },
});

const places = fc([point('moscow', 37.6, 55.75), point('almaty', 76.9, 43.3)]);
const csto = fc([box('RUS', 20, 41, 130, 72), point('RUS-troops', 37.6, 55.75, 'RUS')]);

describe('featuresFor', () => {
  it('prefers a feature’s own id, else its selection id', () => {
    expect(featuresFor('RUS', [csto]).map((f) => f.properties.id)).toEqual(['RUS']);
    expect(featuresFor('RUS-troops', [csto]).map((f) => f.properties.id)).toEqual(['RUS-troops']);
    const onlyRef = fc([point('KGZ-troops', 74.6, 42.9, 'KGZ')]);
    expect(featuresFor('KGZ', [onlyRef]).map((f) => f.properties.id)).toEqual(['KGZ-troops']);
    expect(featuresFor('nowhere', [csto, places])).toEqual([]);
  });
});

describe('chapterBounds', () => {
  it('fits the frame when there is one, the features otherwise', () => {
    expect(chapterBounds({ features: ['RUS'], fitTo: ['moscow', 'almaty'] }, [csto, places])).toEqual([
      [37.6, 43.3],
      [76.9, 55.75],
    ]);
    expect(chapterBounds({ features: ['RUS'] }, [csto, places])).toEqual([
      [20, 41],
      [130, 72],
    ]);
  });

  it('widens a single point to a view', () => {
    const [[w, s], [e, n]] = chapterBounds({ features: ['almaty'] }, [places])!;
    expect(e - w).toBeCloseTo(MIN_SPAN_DEG);
    expect(n - s).toBeCloseTo(MIN_SPAN_DEG);
    expect((w + e) / 2).toBeCloseTo(76.9);
    expect((s + n) / 2).toBeCloseTo(43.3);
  });

  it('stays inside the world', () => {
    const edge = fc([point('pole', 179.9, 89.9)]);
    const [[w, s], [e, n]] = chapterBounds({ features: ['pole'] }, [edge])!;
    expect(e).toBeLessThanOrEqual(180);
    expect(n).toBeLessThanOrEqual(90);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
  });

  it('is null when no id is found', () => {
    expect(chapterBounds({ features: ['nowhere'] }, [places])).toBeNull();
  });
});
