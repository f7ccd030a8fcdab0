import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { feature, namesBy, props } from './features';
import { installedWorld, square } from './shapes.fixture';
import { CASPIAN, byNamedThenId, caspianFeature, degDist, lakeFeatures, riverFeatures, riverOf } from './water';

const collection = (...geometries: Geometry[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
});
const line = (...coordinates: Position[]): Geometry => ({ type: 'LineString', coordinates });

describe('degDist', () => {
  it('scales longitude by the cosine of the latitude', () => {
    expect(degDist([1, 60], [0, 60])).toBeCloseTo(0.5, 10);
    expect(degDist([0, 1], [0, 0])).toBe(1);
  });
});

describe('riverOf', () => {
  it('names a line that passes near two waypoints of a river, and no other', () => {
    expect(riverOf([[51.95, 47.1], [51.3, 51.2]])?.id).toBe('ural');
    expect(riverOf([[51.95, 47.1], [10, 10]])).toBeUndefined();
  });
});

describe('byNamedThenId', () => {
  it('puts named features first, then compares ids with their numbers as numbers', () => {
    const f = (id: string, name: string) => feature(square(0, 0), props({ id, ...namesBy(() => name) }));
    const sorted = [f('river-10', ''), f('volga', 'Volga'), f('river-9', ''), f('aral', 'Aral')].sort(byNamedThenId);
    expect(sorted.map((x) => x.properties.id)).toEqual(['aral', 'volga', 'river-9', 'river-10']);
  });
});

describe('lakeFeatures', () => {
  it('names a lake by the position inside it, numbers the others, and takes Balkhash from the 110m lakes', () => {
    const { features, missing } = lakeFeatures(
      collection(square(50, 50), square(59.5, 45)),
      collection(square(10, 10), square(74, 46)),
    );
    expect(features.map((f) => [f.properties.id, f.properties.name_en, f.properties.name_ru])).toEqual([
      ['aral', 'Aral Sea', 'Аральское море'],
      ['balkhash', 'Lake Balkhash', 'озеро Балхаш'],
      ['lake-50m-0', '', ''],
    ]);
    expect(missing).toEqual(['Issyk-Kul']);
  });

  it('leaves out lakes outside the view', () => {
    expect(lakeFeatures(collection(square(-100, 40)), collection()).features).toEqual([]);
  });
});

describe('riverFeatures', () => {
  it('joins the pieces of a named river and keeps each unnamed piece apart', () => {
    const { features, missing } = riverFeatures(
      collection(line([51.9, 47.1], [51.37, 51.2]), line([60, 60], [61, 61]), line([51.37, 51.2], [55.1, 51.77])),
    );
    expect(features.map((f) => [f.properties.id, f.geometry.type])).toEqual([
      ['ural', 'MultiLineString'],
      ['river-1', 'LineString'],
    ]);
    expect(missing).toEqual(['Volga', 'Irtysh', 'Syr Darya', 'Amu Darya', 'Ili']);
  });
});

describe('caspianFeature', () => {
  it('is the hole the countries around it leave, holding its inside position', () => {
    const world = installedWorld();
    const caspian = caspianFeature(world.topology, world.sourceById);
    expect(caspian.properties).toEqual({ id: 'caspian', name_ar: 'بحر قزوين', name_en: 'Caspian Sea', name_ru: 'Каспийское море', kind: 'lake' });
    expect(booleanPointInPolygon(CASPIAN.inside, caspian.geometry as Polygon)).toBe(true);
    const [w, s, e, n] = bbox(caspian.geometry);
    // The sea spans about 46.5–54.8° E and 36.5–47.1° N.
    expect([w, s, e, n].map(Math.round)).toEqual([47, 37, 55, 47]);
  });
});
